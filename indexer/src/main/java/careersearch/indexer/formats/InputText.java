package careersearch.indexer.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A whole input as text, decoded as strict UTF-8 (a byte order mark is dropped), for the formats
 * that are parsed as one document (a JSON array, JSON-LD, HTML, CSV).
 */
final class InputText {
  private InputText() {}

  /** Why an input is not UTF-8 text. */
  static final class NotText extends Exception {
    NotText(String reason) {
      super(reason, null, false, false);
    }
  }

  static String read(InputStream in) throws IOException, NotText {
    byte[] bytes = in.readAllBytes();
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    CharBuffer chars = CharBuffer.allocate(bytes.length);
    if (utf8.decode(buffer, chars, true).isError() || utf8.flush(chars).isError()) {
      throw new NotText("invalid UTF-8 at byte " + (buffer.position() + 1) + " of the input");
    }
    chars.flip();
    String text = chars.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
