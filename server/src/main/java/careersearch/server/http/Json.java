package careersearch.server.http;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

/**
 * The JSON mapper of every response. Besides what JSON requires, it escapes the characters that
 * mean something in HTML ({@code < > & '}) and the JavaScript line separators U+2028/U+2029 as
 * {@code \}{@code uXXXX}: whatever a caller puts into a parameter that is echoed back, the raw
 * bytes of a response never contain markup, even if a browser or a careless page treats them as
 * HTML. Parsed values are unchanged ({@code "\u003Cmark>"} is {@code "<mark>"}).
 */
public final class Json {
  private Json() {}

  /** A snake_case mapper with HTML-safe string escapes. */
  public static ObjectMapper mapper() {
    ObjectMapper json =
        new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    json.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
    return json;
  }

  /** JSON's own escapes plus {@code < > & '} and U+2028/U+2029. */
  static final class HtmlSafeEscapes extends CharacterEscapes {
    private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
    private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");
    private final int[] ascii = standardAsciiEscapesForJSON();

    HtmlSafeEscapes() {
      for (char c : new char[] {'<', '>', '&', '\''}) {
        ascii[c] = ESCAPE_STANDARD;
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return switch (ch) {
        case 0x2028 -> LINE_SEPARATOR;
        case 0x2029 -> PARAGRAPH_SEPARATOR;
        default -> null;
      };
    }
  }
}
