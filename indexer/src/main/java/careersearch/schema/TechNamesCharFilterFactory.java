package careersearch.schema;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilterFactory;

/**
 * Lucene's mapping char filter with the {@link Analyzers#TECH_NAME_MAPPINGS} rules, skipped for
 * texts that no rule can change. The mapping filter looks up every character of every text in its
 * rule map, which cost more than tokenizing; most texts contain none of "C++", "C#", ".NET",
 * "Node.js" and no colon inside a word ("title:senior"), and for them the unfiltered text gives the
 * same tokens and offsets: a colon next to a space is a word break either way, so mapping it to a
 * space (one character for one) changes nothing.
 */
public final class TechNamesCharFilterFactory extends MappingCharFilterFactory {
  private static final Pattern RULE_KEY = Pattern.compile("^\"(.*)\" =>", Pattern.MULTILINE);

  /** Every rule's text to replace, but the colon, which is checked on its own. */
  private static final List<String> KEYS = keys();

  /** The rules whose text has no character that {@link #isTrigger} looks for ("NodeJS"). */
  private static final List<String> KEYS_WITHOUT_TRIGGER =
      KEYS.stream()
          .filter(key -> IntStream.range(0, key.length()).noneMatch(i -> isTrigger(key, i)))
          .toList();

  public TechNamesCharFilterFactory(Map<String, String> args) {
    super(args);
  }

  @Override
  public Reader create(Reader input) {
    String text = readAll(input);
    return mayChange(text) ? super.create(new StringReader(text)) : new StringReader(text);
  }

  /**
   * True when a mapping rule could change the text's tokens. One pass looks for the characters the
   * rules contain (a '+', '#' or ':', or a '.' before a letter); most texts have none and need no
   * closer look. Rules without such a character are looked for on their own.
   */
  static boolean mayChange(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isTrigger(text, i)) {
        return mayChangeAnyRule(text);
      }
    }
    return containsAny(text, KEYS_WITHOUT_TRIGGER);
  }

  private static boolean containsAny(String text, List<String> keys) {
    for (String key : keys) {
      if (text.contains(key)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTrigger(CharSequence text, int i) {
    char c = text.charAt(i);
    return c == '+'
        || c == '#'
        || c == ':'
        || (c == '.' && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1)));
  }

  /** The full check: every rule, and a colon inside a word. */
  static boolean mayChangeAnyRule(String text) {
    if (containsAny(text, KEYS)) {
      return true;
    }
    for (int i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
      if (i > 0
          && i + 1 < text.length()
          && !Character.isWhitespace(text.charAt(i - 1))
          && !Character.isWhitespace(text.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  private static List<String> keys() {
    Matcher m = RULE_KEY.matcher(Analyzers.TECH_NAME_MAPPINGS);
    List<String> keys = new java.util.ArrayList<>();
    while (m.find()) {
      if (!m.group(1).equals(":")) {
        keys.add(m.group(1));
      }
    }
    return List.copyOf(keys);
  }

  private static String readAll(Reader input) {
    try {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[1024];
      for (int n = input.read(buffer); n >= 0; n = input.read(buffer)) {
        text.append(buffer, 0, n);
      }
      return text.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
