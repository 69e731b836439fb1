package careersearch.indexer.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The bytes of the postings log: framed records ({@link RecordFrames}) read in order, verified,
 * appended with an fsync, rewritten atomically. Knows nothing of what the records mean.
 */
final class PostingsLog {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private final Path file;

  PostingsLog(Path file) {
    this.file = file;
  }

  Path file() {
    return file;
  }

  /** Receives each valid record with where its frame starts and how long it is. */
  interface Visitor {
    void record(StoreRecord record, long offset, int length) throws IOException;
  }

  /**
   * What a scan found after its last valid frame.
   *
   * @param validEnd the offset just past the last valid frame
   * @param tornBytes bytes after it that are a torn write (0 when the log ends cleanly)
   */
  record Scan(long validEnd, long tornBytes) {}

  /**
   * Reads the frames from {@code from} to the end. A bad frame followed by nothing valid is a torn
   * tail (reported, not thrown); followed by a valid frame it is corruption.
   *
   * @throws StoreCorruptException for damage before the tail, with its byte offset
   */
  Scan scan(long from, Visitor visitor) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      channel.position(from);
      LineReader lines = new LineReader(Channels.newInputStream(channel));
      long offset = from;
      long lastSeq = Long.MIN_VALUE;
      while (lines.next()) {
        StoreRecord record = lines.terminated() ? decode(lines.bytes(), lines.length()) : null;
        int frameLength = lines.length() + (lines.terminated() ? 1 : 0);
        if (record == null) {
          long bad = offset;
          if (validFrameFollows(lines)) {
            throw new StoreCorruptException(file, bad, "a frame's checksum or JSON is wrong");
          }
          return new Scan(bad, size - bad);
        }
        if (record.seq() <= lastSeq) {
          throw new StoreCorruptException(
              file, offset, "sequence number " + record.seq() + " after " + lastSeq);
        }
        lastSeq = record.seq();
        visitor.record(record, offset, frameLength);
        offset += frameLength;
      }
      return new Scan(offset, 0);
    } catch (NoSuchFileException e) {
      return new Scan(0, 0);
    }
  }

  private static boolean validFrameFollows(LineReader lines) throws IOException {
    while (lines.next()) {
      if (lines.terminated() && decode(lines.bytes(), lines.length()) != null) {
        return true;
      }
    }
    return false;
  }

  /** The record whose frame is at {@code offset}, or null when it is not a valid frame there. */
  StoreRecord read(long offset, int length) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer buffer = ByteBuffer.allocate(length);
      while (buffer.hasRemaining()) {
        if (channel.read(buffer, offset + buffer.position()) < 0) {
          return null;
        }
      }
      byte[] bytes = buffer.array();
      return length > 0 && bytes[length - 1] == '\n' ? decode(bytes, length - 1) : null;
    }
  }

  /** Cuts a torn tail off at {@code validEnd}, durably. */
  void truncate(long validEnd) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.truncate(validEnd);
      channel.force(true);
    }
  }

  /** Frames a record. */
  static byte[] frame(StoreRecord record) {
    try {
      return RecordFrames.frame(MAPPER.writeValueAsBytes(record.toJson(MAPPER)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize a tree", e);
    }
  }

  /**
   * Appends the frames in one write and forces them to disk before returning: the caller may then
   * say the records are stored. A new log's directory entry is forced too.
   *
   * @return the offset of the first frame
   */
  long append(List<byte[]> frames) throws IOException {
    boolean created = !Files.exists(file);
    int total = frames.stream().mapToInt(f -> f.length).sum();
    ByteBuffer buffer = ByteBuffer.allocate(total);
    frames.forEach(buffer::put);
    buffer.flip();
    long start;
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      start = channel.size();
      long position = start;
      while (buffer.hasRemaining()) {
        position += channel.write(buffer, position);
      }
      channel.force(false);
    }
    if (created) {
      forceDirectory(file.getParent());
    }
    return start;
  }

  /**
   * Replaces the log with the given frames: written to a sibling file, forced, then renamed over
   * the log in one atomic step, so a crash leaves either the old log or the new one.
   */
  void rewrite(Iterable<byte[]> frames) throws IOException {
    Path next = file.resolveSibling(file.getFileName() + ".compacting");
    try (FileChannel channel =
        FileChannel.open(
            next,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      for (byte[] frame : frames) {
        ByteBuffer buffer = ByteBuffer.wrap(frame);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
      }
      channel.force(false);
    }
    Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    forceDirectory(file.getParent());
  }

  private static StoreRecord decode(byte[] line, int length) {
    int[] json = RecordFrames.payload(line, length);
    if (json == null) {
      return null;
    }
    try {
      return StoreRecord.fromJson(MAPPER.readTree(line, json[0], json[1] - json[0]));
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
  }

  /** Makes a rename or a new file in {@code dir} durable (a no-op where the OS cannot). */
  private static void forceDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Windows cannot open a directory: its renames are durable by other means
    }
  }

  /** Lines of bytes, each with whether a line break ended it. */
  private static final class LineReader {
    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
    private boolean terminated;

    LineReader(InputStream in) {
      this.in = new BufferedInputStream(in, 1 << 16);
    }

    boolean next() throws IOException {
      line.reset();
      int b;
      while ((b = in.read()) >= 0) {
        if (b == '\n') {
          terminated = true;
          return true;
        }
        line.write(b);
      }
      terminated = false;
      return line.size() > 0;
    }

    boolean terminated() {
      return terminated;
    }

    byte[] bytes() {
      return line.toByteArray();
    }

    int length() {
      return line.size();
    }
  }
}
