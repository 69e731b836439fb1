package careersearch.schema;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one normalization of names that are matched whole (a posting's skills in {@link
 * Fields#SKILL}, the query interpreter's phrases): lower case, punctuation to single spaces,
 * keeping the {@code + # .} that names like C++, C# and .NET need, and no sentence-final dot.
 */
public final class NameKeys {
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}+#.]+");
  private static final Pattern FINAL_DOT = Pattern.compile("(?<=\\p{Alnum})\\.(?=\\s|$)");

  private NameKeys() {}

  public static String of(String name) {
    String words = NON_WORD.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    return FINAL_DOT.matcher(words).replaceAll("");
  }
}
