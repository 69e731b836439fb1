package careersearch.schema;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normalized form of a job title, so that titles written differently compare equal: "Data
 * Scientists", "data scientist" and "Data-Scientist" all become {@code data scientist}.
 *
 * <p>Rules, in order: accents removed; lower case; "&amp;" read as "and"; every run of characters
 * other than letters, digits, '+' and '#' is a word break (so "C++" and "C#" survive); each word
 * loses a plural ending: "-ies" becomes "-y", and a final "s" is dropped from words longer than
 * three letters that do not end in "ss", "us" or "is". The key is the words joined by one space.
 * Indexed with salary reports ({@link Fields#TITLE_KEY}) and used by the server the same way.
 */
public final class TitleKey {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern BREAK = Pattern.compile("[^\\p{L}\\p{N}+#]+");

  private TitleKey() {}

  /** The key of a title: its normalized words joined by a space; empty when it has no words. */
  public static String of(String title) {
    return String.join(" ", words(title));
  }

  /** The normalized words of a title, in order. */
  public static List<String> words(String title) {
    List<String> words = new ArrayList<>();
    if (title == null) {
      return words;
    }
    String plain = MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFD)).replaceAll("");
    String lower = plain.toLowerCase(Locale.ROOT).replace("&", " and ");
    for (String word : BREAK.split(lower)) {
      if (!word.isEmpty()) {
        words.add(singular(word));
      }
    }
    return words;
  }

  /** A word without its plural ending: engineers -> engineer, technologies -> technology. */
  static String singular(String word) {
    if (word.length() > 3 && word.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.length() > 3
        && word.endsWith("s")
        && !word.endsWith("ss")
        && !word.endsWith("us")
        && !word.endsWith("is")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }
}
