package careersearch.indexer;

import careersearch.schema.Analyzers;
import careersearch.schema.CareerCodec;
import careersearch.schema.FacetDim;
import careersearch.schema.Fields;
import careersearch.schema.Schema;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * One writing session on an index directory: everything added becomes visible at {@link #commit},
 * or not at all. Closing without a commit rolls back, so a failed or interrupted run leaves the
 * previous commit exactly as it was.
 */
public final class IndexSession implements Closeable {
  private final FSDirectory dir;
  private final IndexWriter writer;
  private final FacetsConfig facets = FacetDim.facetsConfig();
  private final String synonyms;
  private boolean committed;

  private IndexSession(FSDirectory dir, IndexWriter writer, String synonyms) {
    this.dir = dir;
    this.writer = writer;
    this.synonyms = synonyms;
  }

  /** Opens without synonyms (small test indexes). */
  public static IndexSession open(Path indexDir, OpenMode mode) throws IOException {
    return open(indexDir, mode, "");
  }

  /**
   * Opens an existing index to change it, analyzing with the synonyms its last commit recorded so
   * that new documents are analyzed like the old ones.
   *
   * @throws IllegalArgumentException when there is no index
   */
  public static IndexSession openExisting(Path indexDir) throws IOException {
    String synonyms;
    try (FSDirectory dir = FSDirectory.open(indexDir)) {
      if (!DirectoryReader.indexExists(dir)) {
        throw new IllegalArgumentException(
            "no index at " + indexDir + "; build one first with the reindex command");
      }
      synonyms =
          SegmentInfos.readLatestCommit(dir).getUserData().getOrDefault(Schema.COMMIT_SYNONYMS, "");
    }
    return open(indexDir, OpenMode.APPEND, synonyms);
  }

  /**
   * Opens the index's one writer. {@link OpenMode#CREATE} starts an empty index but keeps the
   * previous commit until {@link #commit}: readers keep seeing it, and a process killed before the
   * commit leaves it intact.
   *
   * @throws IndexBusyException at once when another process holds the index's write lock
   */
  public static IndexSession open(Path indexDir, OpenMode mode, String synonyms)
      throws IOException {
    FSDirectory dir = FSDirectory.open(indexDir);
    IndexWriterConfig config = new IndexWriterConfig(Analyzers.indexWriterAnalyzer());
    config.setOpenMode(mode);
    // a large in-memory buffer: fewer, bigger flushed segments and fewer merges in a full build
    config.setRAMBufferSizeMB(256);
    // plain segment files: a compound file would copy every flushed and merged segment once more
    config.setUseCompoundFile(false);
    TieredMergePolicy merges = new TieredMergePolicy();
    merges.setNoCFSRatio(0.0);
    config.setMergePolicy(merges);
    // stored fields compressed with DEFLATE in small blocks: half the size, hits still quick
    config.setCodec(new CareerCodec());
    try {
      return new IndexSession(dir, new IndexWriter(dir, config), synonyms);
    } catch (LockObtainFailedException e) {
      dir.close();
      throw new IndexBusyException(indexDir);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /** Adds a document built by one of the generators. */
  public void add(Document doc) throws IOException {
    writer.addDocument(facets.build(doc));
  }

  /** Adds or replaces the document with the same id. */
  public void upsert(String id, Document doc) throws IOException {
    writer.updateDocument(new Term(Fields.ID, id), facets.build(doc));
  }

  public void delete(String id) throws IOException {
    writer.deleteDocuments(new Term(Fields.ID, id));
  }

  /** Commit metadata of the last commit, e.g. the currency rates used by the full build. */
  public Map<String, String> lastCommitData() {
    Map<String, String> data = new HashMap<>();
    writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
    return data;
  }

  /** A near-real-time reader of everything added so far, committed or not. */
  public DirectoryReader openReader() throws IOException {
    return DirectoryReader.open(writer);
  }

  /** The directory of the index. */
  public Path path() {
    return dir.getDirectory();
  }

  /**
   * Writes the documents buffered in memory to segment files, without making them visible: the bulk
   * of a commit's work, which a full build overlaps with building the suggester.
   */
  public void flush() throws IOException {
    writer.flush();
  }

  /** Makes everything added visible atomically, with the schema version and the given metadata. */
  public void commit(Map<String, String> userData) throws IOException {
    Map<String, String> data = new HashMap<>(userData);
    data.put(Schema.COMMIT_SCHEMA_VERSION, Integer.toString(Schema.VERSION));
    data.put(Schema.COMMIT_SYNONYMS, synonyms);
    data.put(Schema.COMMIT_TIME, Instant.now().toString());
    writer.setLiveCommitData(data.entrySet());
    pauseIfAsked("before-prepare");
    // prepareCommit flushes and fsyncs every new file and writes pending_segments_N; commit then
    // renames it to segments_N, the one atomic step that makes the new index visible
    writer.prepareCommit();
    pauseIfAsked("prepared");
    writer.commit();
    committed = true;
    pauseIfAsked("committed");
  }

  /**
   * System property for fault-injection tests only: {@code before-prepare}, {@code prepared} or
   * {@code committed} makes {@link #commit} stop at that point (printing a line to stderr) so that
   * a test can kill the process there. Unset, as in production, it changes nothing.
   */
  public static final String PAUSE_PROPERTY = "careersearch.test.pause-in-commit";

  /** The line printed on stderr when paused, followed by the stage. */
  public static final String PAUSED_MARKER = "careersearch: paused in commit at ";

  private static void pauseIfAsked(String stage) {
    if (!stage.equals(System.getProperty(PAUSE_PROPERTY))) {
      return;
    }
    System.err.println(PAUSED_MARKER + stage);
    System.err.flush();
    try {
      Thread.sleep(Long.MAX_VALUE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      if (committed) {
        writer.close();
      } else {
        // nothing of this session reaches the index
        writer.rollback();
      }
    } finally {
      dir.close();
    }
  }

  /** Another process is writing the index. */
  public static final class IndexBusyException extends RuntimeException {
    public IndexBusyException(Path indexDir) {
      super(
          "another reindex or update is running on "
              + indexDir
              + " (its write.lock is held); wait for it to finish and try again");
    }
  }
}
