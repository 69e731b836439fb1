package careersearch.indexer.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A whole input as text, decoded as strict UTF-8 (a byte order mark is dropped), for the formats
 * that are parsed as one document (a JSON array, JSON-LD, HTML, CSV).
 */
final class InputText {
  private InputText() {}

  /** How a format reads the items of its whole text. */
  interface Items {
    List<FormatItem> of(String text) throws IOException;
  }

  /** The items of an input read whole; one input error when it is not UTF-8. */
  static List<FormatItem> items(InputStream in, Items items) throws IOException {
    String text;
    try {
      text = read(in);
    } catch (CharacterCodingException e) {
      return List.of(FormatItem.failed("input", null, e.getMessage()));
    }
    return items.of(text);
  }

  private static String read(InputStream in) throws IOException {
    byte[] bytes = in.readAllBytes();
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    CharBuffer chars = CharBuffer.allocate(bytes.length);
    if (utf8.decode(buffer, chars, true).isError() || utf8.flush(chars).isError()) {
      throw new NotUtf8(buffer.position() + 1);
    }
    chars.flip();
    String text = chars.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** An input that is not UTF-8, at a byte (1-based). */
  private static final class NotUtf8 extends CharacterCodingException {
    private final int at;

    NotUtf8(int at) {
      this.at = at;
    }

    @Override
    public String getMessage() {
      return "invalid UTF-8 at byte " + at + " of the input";
    }
  }
}
