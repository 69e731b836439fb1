package careersearch.indexer.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a JSON Lines stream, each decoded as strict UTF-8: an invalid byte sequence or a
 * line over {@link #MAX_LINE_BYTES} is a {@link BadLine} for that line alone, and reading goes on
 * with the next. A byte order mark before the first line is dropped.
 */
public final class JsonlLines implements AutoCloseable {
  /** Longest accepted line in bytes, without its line break. */
  public static final int MAX_LINE_BYTES = 1 << 20;

  private final LineInput lines;
  private final CharsetDecoder utf8 =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private CharBuffer chars = CharBuffer.allocate(8192);

  public JsonlLines(InputStream in) {
    lines = new LineInput(in);
  }

  /** Advances to the next line; false at the end of the input. */
  public boolean next() throws IOException {
    return lines.next();
  }

  /** 1-based number of the current line. */
  public long number() {
    return lines.number();
  }

  /** The current line's text; a {@link BadLine} when it is too long or not UTF-8. */
  public String text() {
    return decode();
  }

  private String decode() {
    if (lines.tooLong()) {
      throw new BadLine("line longer than " + MAX_LINE_BYTES + " bytes");
    }
    ByteBuffer in = ByteBuffer.wrap(lines.bytes(), 0, lines.length());
    if (chars.capacity() < lines.length()) {
      // UTF-8 never decodes to more chars than bytes
      chars = CharBuffer.allocate(Math.max(lines.length(), chars.capacity() * 2));
    }
    chars.clear();
    utf8.reset();
    CoderResult result = utf8.decode(in, chars, true);
    if (!result.isError()) {
      result = utf8.flush(chars);
    }
    if (result.isError()) {
      throw new BadLine("invalid UTF-8 at byte " + (in.position() + 1) + " of the line");
    }
    int start = 0;
    if (lines.number() == 1 && chars.position() > 0 && chars.get(0) == '\uFEFF') {
      start = 1; // a byte order mark some editors write
    }
    return new String(chars.array(), start, chars.position() - start);
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }

  /**
   * Splits a byte stream at '\n' without decoding, so an over-long line is skipped rather than
   * buffered and a line's bytes can be decoded strictly. A trailing '\r' is dropped.
   */
  private static final class LineInput implements AutoCloseable {
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[8192];
    private int length;
    private boolean tooLong;
    private long number;

    LineInput(InputStream in) {
      this.in = in;
    }

    /** Advances to the next line; false at the end of the input. */
    boolean next() throws IOException {
      length = 0;
      tooLong = false;
      boolean any = false;
      while (true) {
        if (position == limit && !fill()) {
          return finish(any);
        }
        any = true;
        int end = position;
        while (end < limit && buffer[end] != '\n') {
          end++;
        }
        append(position, end - position);
        if (end < limit) {
          position = end + 1;
          return finish(true);
        }
        position = limit;
      }
    }

    private boolean finish(boolean any) {
      if (!any) {
        return false;
      }
      number++;
      if (!tooLong && length > 0 && line[length - 1] == '\r') {
        length--;
      }
      tooLong |= length > MAX_LINE_BYTES;
      return true;
    }

    private boolean fill() throws IOException {
      int n = in.read(buffer);
      if (n <= 0) {
        return false;
      }
      position = 0;
      limit = n;
      return true;
    }

    /** Keeps at most MAX_LINE_BYTES + 1 bytes (room for a '\r'); beyond that only notes it. */
    private void append(int from, int count) {
      if (tooLong) {
        return;
      }
      int needed = length + count;
      if (needed > MAX_LINE_BYTES + 1) {
        tooLong = true;
        return;
      }
      if (needed > line.length) {
        line = Arrays.copyOf(line, Math.min(MAX_LINE_BYTES + 1, needed * 2));
      }
      System.arraycopy(buffer, from, line, length, count);
      length = needed;
    }

    byte[] bytes() {
      return line;
    }

    int length() {
      return length;
    }

    boolean tooLong() {
      return tooLong;
    }

    /** 1-based number of the current line. */
    long number() {
      return number;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
