package careersearch.indexer.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The one-writer-at-a-time lock of a store directory: an OS file lock on {@code write.lock}, which
 * the OS releases when the process dies (a kill -9 leaves no stale lock). The file holds the
 * holder's pid, so the refusal can name it. The file itself stays: deleting a lock file races with
 * the next locker.
 */
final class StoreLock implements AutoCloseable {
  static final String FILE = "write.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private StoreLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock at once or refuses.
   *
   * @throws StoreBusyException when another process, or another writer of this one, holds it
   */
  static StoreLock acquire(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(FILE);
    FileChannel channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      channel.close();
      throw new StoreBusyException(dir, "");
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      String holder = holder(channel);
      channel.close();
      throw new StoreBusyException(dir, holder);
    }
    byte[] pid =
        ("pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII);
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(pid), 0);
    return new StoreLock(channel, lock);
  }

  private static String holder(FileChannel channel) {
    try {
      ByteBuffer buffer = ByteBuffer.allocate(64);
      int n = channel.read(buffer, 0);
      String text = n <= 0 ? "" : new String(buffer.array(), 0, n, StandardCharsets.US_ASCII);
      return text.isBlank() ? null : text.strip();
    } catch (IOException e) {
      return null;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
