package careersearch.indexer.store;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.zip.CRC32C;

/**
 * The framing of one log record: a line of {@code <crc32c, 8 hex digits> <json>\n}, the checksum
 * over the JSON's UTF-8 bytes. JSON written by Jackson has no raw line break, so a line is a frame
 * and a torn write shows as a last line without its break or with a checksum that fails.
 */
final class RecordFrames {
  /** Checksum digits, the space after them. */
  static final int HEADER = 9;

  private static final HexFormat HEX = HexFormat.of();

  private RecordFrames() {}

  static byte[] frame(byte[] json) {
    byte[] line = new byte[HEADER + json.length + 1];
    byte[] crc =
        HEX.toHexDigits((int) crc(json, 0, json.length)).getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(crc, 0, line, 0, 8);
    line[8] = ' ';
    System.arraycopy(json, 0, line, HEADER, json.length);
    line[line.length - 1] = '\n';
    return line;
  }

  /**
   * The JSON bytes' range of a framed line (without its line break), or null when the checksum
   * fails or the line is not a frame.
   *
   * @return {start, end} of the JSON within {@code line}
   */
  static int[] payload(byte[] line, int length) {
    if (length < HEADER + 2 || line[8] != ' ') {
      return null;
    }
    long expected;
    try {
      expected = HEX.fromHexDigits(new String(line, 0, 8, StandardCharsets.US_ASCII)) & 0xFFFFFFFFL;
    } catch (IllegalArgumentException e) {
      return null;
    }
    return crc(line, HEADER, length - HEADER) == expected ? new int[] {HEADER, length} : null;
  }

  private static long crc(byte[] bytes, int offset, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, offset, length);
    return crc.getValue();
  }
}
