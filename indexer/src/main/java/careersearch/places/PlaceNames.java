package careersearch.places;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one way place names are compared: no case, accents or punctuation ("München" = "munchen").
 */
public final class PlaceNames {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private PlaceNames() {}

  public static String normalize(String name) {
    if (name == null) {
      return "";
    }
    String folded =
        Normalizer.normalize(
            name.replace("ß", "ss").replace("ø", "o").replace("ł", "l"), Normalizer.Form.NFD);
    folded = MARKS.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT);
    return NOT_WORD.matcher(folded).replaceAll(" ").trim();
  }
}
