package careersearch.indexer.store;

import careersearch.indexer.store.StoreRecord.Op;
import careersearch.indexer.store.StoreRecord.Origin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The system of record for postings added and deleted by id (README "Postings that stay"): an
 * append-only log, {@code postings.log} in the store directory, whose every write is on disk before
 * the caller reports success. It holds in memory only where each id's latest record is.
 *
 * <p>Reading needs no lock; writing takes the directory's {@link StoreLock} through {@link
 * #lockForWriting()}, which also catches up with what another process appended (or compacted)
 * since. Thread-safe.
 */
public final class PostingsStore {
  private static final Logger LOG = LoggerFactory.getLogger(PostingsStore.class);

  /** The log's file name in the store directory. */
  public static final String LOG_FILE = "postings.log";

  private final Path dir;
  private final PostingsLog log;

  /** Each id's latest record: where it is and what it does. */
  private final Map<String, Entry> entries = new HashMap<>();

  private long lastSeq;
  private long scannedTo;
  private Object fileKey;
  private int livePuts;

  private record Entry(long seq, Op op, Origin origin, long offset, int length) {}

  private PostingsStore(Path dir) {
    this.dir = dir;
    this.log = new PostingsLog(dir.resolve(LOG_FILE));
  }

  /** The default store of an index directory: {@code store} beside it ({@code data/store}). */
  public static Path defaultDir(Path indexDir) {
    Path absolute = indexDir.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    return parent == null ? absolute.resolveSibling("store") : parent.resolve("store");
  }

  /**
   * Opens the store of a directory and reads its log (a missing directory is an empty store, made
   * on the first write). A torn tail is left for the next writer to cut off.
   *
   * @throws StoreCorruptException when the log is damaged before its tail
   */
  public static PostingsStore open(Path dir) throws IOException {
    PostingsStore store = new PostingsStore(dir);
    store.refresh(false);
    return store;
  }

  public Path dir() {
    return dir;
  }

  public Path logFile() {
    return log.file();
  }

  /** Whether the log exists. */
  public boolean exists() {
    return Files.exists(log.file());
  }

  /** The highest sequence number written (0 for an empty store). */
  public synchronized long lastSeq() {
    return lastSeq;
  }

  /** Postings the store holds (puts not deleted since). */
  public synchronized int livePuts() {
    return livePuts;
  }

  /** Whether the store holds a posting with this id. */
  public synchronized boolean holds(String id) {
    Entry entry = entries.get(id);
    return entry != null && entry.op() == Op.PUT;
  }

  /** Whether the latest record of this id deletes it. */
  public synchronized boolean deleted(String id) {
    Entry entry = entries.get(id);
    return entry != null && entry.op() == Op.DELETE;
  }

  /** The latest record of an id (a put or a delete), read from the log; empty when none. */
  public synchronized Optional<StoreRecord> latest(String id) throws IOException {
    refresh(false);
    Entry entry = entries.get(id);
    if (entry == null) {
      return Optional.empty();
    }
    StoreRecord record = log.read(entry.offset(), entry.length());
    if (record == null || record.seq() != entry.seq() || !id.equals(record.id())) {
      // the log was compacted under us: read it afresh
      forget();
      refresh(false);
      entry = entries.get(id);
      record = entry == null ? null : log.read(entry.offset(), entry.length());
    }
    return Optional.ofNullable(record);
  }

  /**
   * Every id's latest record with a sequence number above {@code afterSeq}, in sequence order: what
   * an index that applied the log up to {@code afterSeq} must still apply.
   */
  public synchronized List<StoreRecord> latestSince(long afterSeq) throws IOException {
    List<StoreRecord> records = new ArrayList<>();
    log.scan(
        0,
        (record, offset, length) -> {
          if (record.seq() > afterSeq && isLatest(record)) {
            records.add(record);
          }
        });
    return records;
  }

  /** The postings the store holds, in sequence order, read in one pass over the log. */
  public synchronized void forEachPut(RecordSink sink) throws IOException {
    log.scan(
        0,
        (record, offset, length) -> {
          if (record.op() == Op.PUT && isLatest(record)) {
            sink.accept(record);
          }
        });
  }

  /** The ids whose latest record deletes them. */
  public synchronized List<String> deletedIds() {
    return entries.entrySet().stream()
        .filter(e -> e.getValue().op() == Op.DELETE)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Receives records; may throw I/O errors. */
  public interface RecordSink {
    void accept(StoreRecord record) throws IOException;
  }

  private boolean isLatest(StoreRecord record) {
    Entry entry = record.id() == null ? null : entries.get(record.id());
    return entry != null && entry.seq() == record.seq();
  }

  /**
   * Takes the store's write lock (at once or not at all) and reads what was appended since; a torn
   * tail left by a crash is cut off and logged.
   *
   * @throws StoreBusyException when another writer holds it
   */
  public Writer lockForWriting() throws IOException {
    StoreLock lock = StoreLock.acquire(dir);
    try {
      synchronized (this) {
        refresh(true);
      }
      return new Writer(lock);
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** Reads frames appended since the last read; starts over when the file was replaced. */
  private void refresh(boolean cutTornTail) throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(log.file(), BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      forget();
      return;
    }
    if (!Objects.equals(attributes.fileKey(), fileKey) || attributes.size() < scannedTo) {
      forget();
      fileKey = attributes.fileKey();
    }
    if (attributes.size() == scannedTo) {
      return;
    }
    PostingsLog.Scan scan =
        log.scan(scannedTo, (record, offset, length) -> apply(record, offset, length));
    scannedTo = scan.validEnd();
    if (scan.tornBytes() > 0 && cutTornTail) {
      log.truncate(scan.validEnd());
      LOG.warn(
          "Cut a torn write of {} bytes off the end of {} (at byte {}): a write that was never"
              + " acknowledged",
          scan.tornBytes(),
          log.file(),
          scan.validEnd());
    }
  }

  private void forget() {
    entries.clear();
    lastSeq = 0;
    scannedTo = 0;
    fileKey = null;
    livePuts = 0;
  }

  private void apply(StoreRecord record, long offset, int length) {
    lastSeq = Math.max(lastSeq, record.seq());
    if (record.op() == Op.CHECKPOINT) {
      return;
    }
    Entry previous =
        entries.put(
            record.id(), new Entry(record.seq(), record.op(), record.origin(), offset, length));
    if (previous != null && previous.op() == Op.PUT) {
      livePuts--;
    }
    if (record.op() == Op.PUT) {
      livePuts++;
    }
  }

  /** The write lock held, and the operations it allows. Close to release it. */
  public final class Writer implements AutoCloseable {
    private final StoreLock lock;

    private Writer(StoreLock lock) {
      this.lock = lock;
    }

    public PostingsStore store() {
      return PostingsStore.this;
    }

    /**
     * Appends the records, numbered from the store's next sequence number, and forces them to disk
     * (one fsync for the batch) before returning.
     *
     * @return the records as written, with their sequence numbers
     */
    public List<StoreRecord> append(List<StoreRecord> drafts) throws IOException {
      synchronized (PostingsStore.this) {
        String at = Instant.now().toString();
        List<StoreRecord> written = new ArrayList<>(drafts.size());
        List<byte[]> frames = new ArrayList<>(drafts.size());
        long seq = lastSeq;
        for (StoreRecord draft : drafts) {
          StoreRecord record =
              new StoreRecord(
                  ++seq,
                  draft.op(),
                  draft.id(),
                  draft.origin(),
                  draft.posting(),
                  draft.raw(),
                  draft.format(),
                  draft.source(),
                  draft.at() == null ? at : draft.at());
          written.add(record);
          frames.add(PostingsLog.frame(record));
        }
        if (written.isEmpty()) {
          return written;
        }
        long offset = log.append(frames);
        if (fileKey == null) {
          fileKey = Files.readAttributes(log.file(), BasicFileAttributes.class).fileKey();
        }
        for (int i = 0; i < written.size(); i++) {
          apply(written.get(i), offset, frames.get(i).length);
          offset += frames.get(i).length;
        }
        scannedTo = offset;
        return written;
      }
    }

    /**
     * Rewrites the log with only what a full rebuild still needs: the postings held, and the
     * deletions {@code keepDeletion} accepts (those of postings the corpus files still have), then
     * a checkpoint of the last sequence number. Atomic: a crash leaves the old log or the new one.
     *
     * @return records dropped
     */
    public long compact(Predicate<String> keepDeletion) throws IOException {
      synchronized (PostingsStore.this) {
        List<Map.Entry<String, Entry>> kept =
            entries.entrySet().stream()
                .filter(e -> e.getValue().op() == Op.PUT || keepDeletion.test(e.getKey()))
                .sorted(Comparator.comparingLong(e -> e.getValue().seq()))
                .toList();
        long before = countFrames();
        long last = lastSeq;
        List<byte[]> frames = new ArrayList<>(kept.size() + 1);
        long highest = 0;
        for (Map.Entry<String, Entry> e : kept) {
          StoreRecord record = log.read(e.getValue().offset(), e.getValue().length());
          if (record == null) {
            throw new UncheckedIOException(
                new IOException("the postings log changed while compacting " + log.file()));
          }
          frames.add(PostingsLog.frame(record));
          highest = record.seq();
        }
        if (last > highest) {
          frames.add(
              PostingsLog.frame(
                  new StoreRecord(
                      last,
                      Op.CHECKPOINT,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      Instant.now().toString())));
        }
        log.rewrite(frames);
        forget();
        refresh(false);
        return before - frames.size();
      }
    }

    private long countFrames() throws IOException {
      long[] n = new long[1];
      log.scan(0, (record, offset, length) -> n[0]++);
      return n[0];
    }

    @Override
    public void close() throws IOException {
      lock.close();
    }
  }
}
