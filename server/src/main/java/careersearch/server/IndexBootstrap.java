package careersearch.server;

import careersearch.indexer.CorpusIndexer;
import careersearch.indexer.PostingsIngest;
import careersearch.indexer.PostingsUpdater;
import careersearch.indexer.corpus.CorpusException;
import careersearch.indexer.corpus.CorpusLayout;
import careersearch.indexer.store.PostingsStore;
import careersearch.indexer.store.StoreBusyException;
import careersearch.indexer.store.StoreCorruptException;
import careersearch.schema.DocType;
import careersearch.schema.Schema;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure there is a readable index of the current schema to serve before the server starts,
 * building it from the corpus when there is none, when it is of another schema version, or when it
 * is unreadable (a corrupt index is moved aside to {@code <dir>.corrupt-<timestamp>} first: Lucene
 * cannot write a new commit over a commit it cannot read). When the index cannot be served and
 * cannot be rebuilt either (no corpus), it refuses with a {@link StartupException}: the server
 * never starts half-working.
 */
final class IndexBootstrap {
  private static final Logger LOG = LoggerFactory.getLogger(IndexBootstrap.class);

  private static final DateTimeFormatter ASIDE_STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private IndexBootstrap() {}

  /** What was found at the index directory. */
  enum State {
    /** A readable index of the current schema: served as it is. */
    READY,
    /** No index (no directory, or no commit in it): built from the corpus. */
    MISSING,
    /** An index of another schema version: rebuilt from the corpus over it. */
    OTHER_SCHEMA,
    /** An index Lucene cannot read or whose checksums fail: moved aside, then rebuilt. */
    CORRUPT
  }

  /** The state and, unless ready, why. */
  record Inspection(State state, String reason) {}

  /** The server cannot start; the message says why and what to do, in one line. */
  static final class StartupException extends RuntimeException {
    StartupException(String message) {
      super(message);
    }
  }

  static void ensureIndex(Path indexDir, Path corpusDir) throws IOException {
    ensureIndex(indexDir, corpusDir, PostingsStore.defaultDir(indexDir));
  }

  /**
   * Also brings the index up to date with the postings store: a ready index gets the store records
   * it has not applied replayed into it (a crash between the store's fsync and the index commit
   * loses nothing); an index built here reads the store's postings and deletions too.
   */
  static void ensureIndex(Path indexDir, Path corpusDir, Path storeDir) throws IOException {
    PostingsStore store;
    try {
      store = PostingsStore.open(storeDir);
    } catch (StoreCorruptException e) {
      throw new StartupException(e.getMessage());
    }
    Inspection found = inspect(indexDir);
    if (found.state() == State.READY) {
      LOG.info("Using the index at {}", indexDir.toAbsolutePath());
      replay(indexDir, corpusDir, store);
      return;
    }
    String corpusProblem = corpusProblem(corpusDir);
    if (corpusProblem != null) {
      // leave a corrupt index where it is: without a corpus there is nothing to replace it with
      throw new StartupException(
          found.reason() + ", and it cannot be built: " + corpusProblem + " (see --corpus)");
    }
    if (found.state() == State.CORRUPT) {
      Path aside = moveAside(indexDir);
      LOG.warn(
          "{}: moved it to {}; building a new index from {} ...",
          found.reason(),
          aside.toAbsolutePath(),
          corpusDir.toAbsolutePath());
    } else {
      LOG.info("{}: building it from {} ...", found.reason(), corpusDir.toAbsolutePath());
    }
    CorpusIndexer.Summary summary;
    try (PostingsStore.Writer postings = store.lockForWriting()) {
      summary =
          new CorpusIndexer(corpusDir, false, CorpusIndexer.Progress.NONE)
              .withStore(postings)
              .reindex(indexDir);
    } catch (CorpusException | IllegalArgumentException | StoreCorruptException e) {
      throw new StartupException("Building the index failed: " + e.getMessage());
    } catch (careersearch.indexer.IndexSession.IndexBusyException | StoreBusyException e) {
      throw new StartupException(e.getMessage());
    }
    LOG.info(
        "Indexed {} documents in {} ms: {}; {}; vectors: {}",
        summary.total(),
        summary.took().toMillis(),
        counts(summary.documents()),
        String.format(
            "locations %d resolved, %d unresolved",
            summary.places().resolved(), summary.places().unresolved()),
        summary.vectors() == null ? "none" : summary.vectors().summary());
    LOG.info(
        "Postings: {} from the corpus files, {} from the postings store {} ({} corpus postings"
            + " deleted by it)",
        summary.postings().fromCorpus(),
        summary.postings().fromStore(),
        store.dir().toAbsolutePath(),
        summary.postings().deletionsApplied());
  }

  /** Replays into a ready index the store records it has not applied, and logs what it did. */
  private static void replay(Path indexDir, Path corpusDir, PostingsStore store)
      throws IOException {
    if (!store.exists()) {
      return;
    }
    long start = System.nanoTime();
    try {
      PostingsIngest.Replay replay =
          new PostingsIngest(
                  new PostingsUpdater(indexDir, CorpusLayout.placeResolver(corpusDir)),
                  store,
                  note -> {})
              .recover();
      if (replay.records() > 0) {
        LOG.info(
            "Recovery: {} in {} ms", replay.describe(), (System.nanoTime() - start) / 1_000_000);
      } else {
        LOG.info(
            "The index is up to date with the postings store {}", store.dir().toAbsolutePath());
      }
    } catch (StoreBusyException | careersearch.indexer.IndexSession.IndexBusyException e) {
      // the writer that holds it replays before its own write
      LOG.warn("Store records were not replayed now: {}", e.getMessage());
    } catch (StoreCorruptException | CorpusException e) {
      throw new StartupException(e.getMessage());
    }
  }

  /**
   * Looks at the index without changing it: opens the latest commit, checks its schema version and
   * verifies the checksum of every file of every segment (a truncated or garbled file fails here,
   * not in the middle of a search).
   */
  static Inspection inspect(Path indexDir) {
    if (!Files.exists(indexDir)) {
      return new Inspection(State.MISSING, "No index at " + indexDir);
    }
    if (!Files.isDirectory(indexDir)) {
      throw new StartupException(
          "The index path " + indexDir + " is not a directory; point --index at a directory");
    }
    try (FSDirectory dir = FSDirectory.open(indexDir)) {
      if (!DirectoryReader.indexExists(dir)) {
        return new Inspection(State.MISSING, "No index at " + indexDir);
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        String version = reader.getIndexCommit().getUserData().get(Schema.COMMIT_SCHEMA_VERSION);
        if (!Integer.toString(Schema.VERSION).equals(version)) {
          return new Inspection(
              State.OTHER_SCHEMA,
              "The index at "
                  + indexDir
                  + (version == null ? " has no schema version" : " has schema version " + version)
                  + ", this server needs "
                  + Schema.VERSION);
        }
        for (LeafReaderContext leaf : reader.leaves()) {
          leaf.reader().checkIntegrity();
        }
      }
    } catch (AccessDeniedException e) {
      throw new StartupException(
          "Cannot read the index at " + indexDir + ": permission denied on " + e.getFile());
    } catch (IOException | RuntimeException e) {
      return new Inspection(
          State.CORRUPT, "The index at " + indexDir + " is unreadable (" + describe(e) + ")");
    }
    return new Inspection(State.READY, null);
  }

  /** Null when the corpus can be indexed, else what is missing. */
  private static String corpusProblem(Path corpusDir) {
    try {
      new CorpusLayout(corpusDir).validate();
      return null;
    } catch (CorpusException e) {
      return e.getMessage();
    }
  }

  /**
   * Renames the index directory to a sibling {@code <name>.corrupt-<timestamp>}, unless another
   * process is writing it (its write lock is held).
   */
  private static Path moveAside(Path indexDir) throws IOException {
    try (FSDirectory dir = FSDirectory.open(indexDir);
        Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      lock.ensureValid();
    } catch (LockObtainFailedException e) {
      throw new StartupException(
          "The index at "
              + indexDir
              + " is unreadable and another process is writing it; wait for it to finish");
    }
    Path absolute = indexDir.toAbsolutePath();
    String base = absolute.getFileName() + ".corrupt-" + LocalDateTime.now().format(ASIDE_STAMP);
    Path aside = absolute.resolveSibling(base);
    for (int n = 2; Files.exists(aside); n++) {
      aside = absolute.resolveSibling(base + "-" + n);
    }
    return Files.move(absolute, aside);
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    String text = e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }

  private static String counts(Map<DocType, Long> documents) {
    StringBuilder s = new StringBuilder();
    documents.forEach((type, n) -> s.append(type.key()).append('=').append(n).append(' '));
    return s.toString().strip();
  }
}
