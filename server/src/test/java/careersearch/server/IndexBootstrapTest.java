package careersearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.indexer.store.PostingsStore;
import careersearch.indexer.store.StoreRecord;
import careersearch.indexer.store.StoreRecord.Op;
import careersearch.indexer.store.StoreRecord.Origin;
import careersearch.schema.Schema;
import careersearch.server.IndexBootstrap.State;
import careersearch.testsupport.JavaProcess;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The server's start on a missing, outdated or corrupt index: a clear log line and a rebuild from
 * the corpus (a corrupt index moved aside first), or, without a corpus, a one-line refusal and the
 * index left as it was. Never a server that starts on an index it cannot read.
 */
class IndexBootstrapTest {
  @TempDir static Path shared;
  private static Path corpus;

  /** Documents in an index of {@link #corpus}. */
  private static int corpusDocuments;

  @TempDir Path tmp;

  @BeforeAll
  static void buildCorpus() throws IOException {
    corpus = SmallCorpus.create(shared.resolve("corpus"), 20);
    Path index = shared.resolve("reference-index");
    IndexBootstrap.ensureIndex(index, corpus);
    corpusDocuments = numDocs(index);
    assertTrue(corpusDocuments > 20, "the small corpus indexes more than its postings");
  }

  /** Ways a file of a committed index gets damaged (a full disk, a crash, a bad copy). */
  enum Damage {
    TRUNCATED_SEGMENTS_FILE("segments_", f -> truncate(f, Files.size(f) / 2)),
    GARBLED_SEGMENTS_FILE("segments_", f -> garble(f, Files.size(f) / 2)),
    EMPTY_SEGMENT_INFO(".si", f -> truncate(f, 0)),
    GARBLED_SEGMENT_INFO(".si", f -> garble(f, 4)),
    // segments are written as plain files (no compound files): damage the terms dictionary
    TRUNCATED_TERMS_FILE(".tim", f -> truncate(f, Files.size(f) - 100)),
    GARBLED_TERMS_FILE(".tim", f -> garble(f, Files.size(f) / 2)),
    MISSING_TERMS_FILE(".tim", Files::delete),
    GARBLED_STORED_FIELDS(".fdt", f -> garble(f, Files.size(f) / 2));

    final String file;
    final FileAction action;

    Damage(String file, FileAction action) {
      this.file = file;
      this.action = action;
    }
  }

  interface FileAction {
    void apply(Path file) throws IOException;
  }

  @ParameterizedTest
  @EnumSource(Damage.class)
  void corruptIndexIsMovedAsideAndRebuiltFromTheCorpus(Damage damage) throws IOException {
    Path index = tmp.resolve("index");
    TestIndex.build(index);
    damage.action.apply(fileOf(index, damage.file));

    IndexBootstrap.Inspection found = IndexBootstrap.inspect(index);
    assertEquals(State.CORRUPT, found.state(), found.reason());
    assertTrue(
        found.reason().startsWith("The index at " + index + " is unreadable ("), found.reason());

    IndexBootstrap.ensureIndex(index, corpus);

    assertEquals(State.READY, IndexBootstrap.inspect(index).state());
    assertClean(index);
    assertEquals(corpusDocuments, numDocs(index));
    // the damaged index is kept beside it, as it was, for whoever wants to look at it
    List<Path> aside = siblings(index, "index.corrupt-");
    assertEquals(1, aside.size(), aside.toString());
    assertTrue(Files.exists(aside.get(0).resolve("_0.si")) || damage == Damage.EMPTY_SEGMENT_INFO);
  }

  @Test
  void missingIndexDirectoryIsBuiltFromTheCorpus() throws IOException {
    Path index = tmp.resolve("not-there-yet").resolve("index");
    assertEquals(State.MISSING, IndexBootstrap.inspect(index).state());
    IndexBootstrap.ensureIndex(index, corpus);
    assertEquals(State.READY, IndexBootstrap.inspect(index).state());
    assertEquals(corpusDocuments, numDocs(index));
  }

  @Test
  void emptyIndexDirectoryIsBuiltFromTheCorpus() throws IOException {
    Path index = Files.createDirectories(tmp.resolve("index"));
    Files.writeString(index.resolve("_0.cfs"), "left over by a build killed before its commit");
    assertEquals(State.MISSING, IndexBootstrap.inspect(index).state());
    IndexBootstrap.ensureIndex(index, corpus);
    assertEquals(corpusDocuments, numDocs(index));
    assertClean(index);
  }

  @Test
  void indexOfAnotherSchemaVersionIsRebuiltInPlace() throws IOException {
    Path index = tmp.resolve("index");
    try (FSDirectory dir = FSDirectory.open(index);
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      Document doc = new Document();
      doc.add(new StringField("id", "old", Field.Store.YES));
      writer.addDocument(doc);
      writer.setLiveCommitData(
          Map.of(Schema.COMMIT_SCHEMA_VERSION, Integer.toString(Schema.VERSION - 1)).entrySet());
      writer.commit();
    }
    IndexBootstrap.Inspection found = IndexBootstrap.inspect(index);
    assertEquals(State.OTHER_SCHEMA, found.state());
    assertEquals(
        "The index at "
            + index
            + " has schema version "
            + (Schema.VERSION - 1)
            + ", this server needs "
            + Schema.VERSION,
        found.reason());

    IndexBootstrap.ensureIndex(index, corpus);
    assertEquals(State.READY, IndexBootstrap.inspect(index).state());
    assertEquals(corpusDocuments, numDocs(index));
    assertTrue(siblings(index, "index.corrupt-").isEmpty(), "a readable index is not moved");
  }

  @Test
  void readyIndexIsServedAsItIsEvenWithoutACorpus() throws IOException {
    Path index = tmp.resolve("index");
    TestIndex.build(index);
    IndexBootstrap.ensureIndex(index, tmp.resolve("no-corpus"));
    assertEquals(11, numDocs(index));
  }

  @Test
  void corruptIndexWithoutACorpusIsRefusedAndLeftAsItWas() throws IOException {
    Path index = tmp.resolve("index");
    TestIndex.build(index);
    Path segments = fileOf(index, "segments_");
    truncate(segments, 10);
    List<String> before = names(index);

    IndexBootstrap.StartupException refused =
        assertThrows(
            IndexBootstrap.StartupException.class,
            () -> IndexBootstrap.ensureIndex(index, tmp.resolve("no-corpus")));
    String message = refused.getMessage();
    assertFalse(message.contains("\n"), "one line: " + message);
    assertTrue(message.startsWith("The index at " + index + " is unreadable ("), message);
    assertTrue(
        message.endsWith(
            ", and it cannot be built: "
                + tmp.resolve("no-corpus")
                + ": corpus directory not found (see --corpus)"),
        message);
    assertEquals(before, names(index));
    assertEquals(10, Files.size(segments));
    assertTrue(siblings(index, "index.corrupt-").isEmpty());
  }

  @Test
  void missingIndexWithoutACorpusIsRefused() {
    Path index = tmp.resolve("index");
    IndexBootstrap.StartupException refused =
        assertThrows(
            IndexBootstrap.StartupException.class,
            () -> IndexBootstrap.ensureIndex(index, tmp.resolve("no-corpus")));
    assertTrue(
        refused.getMessage().startsWith("No index at " + index + ", and it cannot be built"));
  }

  /** The real server process: a one-line refusal on stderr and exit code 2, nothing served. */
  @Test
  void serverProcessRefusesToStartOnACorruptIndexWithoutACorpus() throws Exception {
    Path index = tmp.resolve("index");
    TestIndex.build(index);
    truncate(fileOf(index, ".tim"), 100);
    try (JavaProcess server =
        JavaProcess.start(
            tmp.resolve("logs"),
            Map.of(),
            Map.of(),
            ServerMain.class,
            "--port",
            0,
            "--index",
            index,
            "--corpus",
            tmp.resolve("no-corpus"))) {
      assertEquals(ServerMain.EXIT_CANNOT_START, server.waitForExit(Duration.ofMinutes(2)));
      List<String> errors = server.stderr().lines().filter(l -> !l.isBlank()).toList();
      assertEquals(1, errors.size(), server.output());
      assertTrue(
          errors.get(0).startsWith("careersearch-server: cannot start: The index at " + index),
          errors.get(0));
      assertFalse(Pattern.compile("serving on").matcher(server.stdout()).find(), server.output());
    }
  }

  // ---- helpers ----

  private static Path fileOf(Path index, String nameContains) throws IOException {
    try (Stream<Path> files = Files.list(index)) {
      return files
          .filter(f -> f.getFileName().toString().contains(nameContains))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no " + nameContains + " in " + index));
    }
  }

  private static void truncate(Path file, long size) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(size);
    }
  }

  /** Overwrites 16 bytes at {@code offset} with other values. */
  private static void garble(Path file, long offset) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      for (long i = offset; i < Math.min(offset + 16, f.length()); i++) {
        f.seek(i);
        int b = f.read();
        f.seek(i);
        f.write(~b & 0xff);
      }
    }
  }

  /**
   * A server killed after the postings store's fsync and before the index commit: at the next start
   * the records the index missed are replayed; an index built at start reads the store too.
   */
  @Test
  void storeRecordsTheIndexMissedAreReplayedAtStartAndAFreshIndexReadsTheStore()
      throws IOException {
    Path index = tmp.resolve("data/index");
    Path store = tmp.resolve("data/store");
    IndexBootstrap.ensureIndex(index, corpus, store);
    assertEquals(corpusDocuments, numDocs(index));
    com.fasterxml.jackson.databind.node.ObjectNode posting =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .createObjectNode()
            .put("id", "n-9")
            .put("title", "Replayed Engineer")
            .put("company", "Acme");
    try (PostingsStore.Writer writer = PostingsStore.open(store).lockForWriting()) {
      writer.append(
          List.of(
              new StoreRecord(
                  0, Op.PUT, "n-9", Origin.STORE, posting, posting.toString(), "json", "x", null),
              new StoreRecord(
                  0, Op.DELETE, "synthetic-3", Origin.CORPUS, null, null, null, "x", null)));
    }

    IndexBootstrap.ensureIndex(index, corpus, store);

    assertEquals(1, jobsWithId(index, "n-9"));
    assertEquals(0, jobsWithId(index, "synthetic-3"));
    assertEquals(corpusDocuments, numDocs(index));
    assertEquals("2", commitData(index).get(Schema.COMMIT_STORE_SEQ));
    assertEquals("1", commitData(index).get(Schema.COMMIT_STORE_POSTINGS));

    // the index lost: rebuilt from the corpus and the store
    deleteTree(index);
    IndexBootstrap.ensureIndex(index, corpus, store);
    assertEquals(1, jobsWithId(index, "n-9"));
    assertEquals(0, jobsWithId(index, "synthetic-3"));
    assertEquals(corpusDocuments, numDocs(index));
  }

  private static int jobsWithId(Path index, String id) throws IOException {
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return new org.apache.lucene.search.IndexSearcher(reader)
          .count(
              new org.apache.lucene.search.TermQuery(
                  new org.apache.lucene.index.Term(careersearch.schema.Fields.ID, id)));
    }
  }

  private static Map<String, String> commitData(Path index) throws IOException {
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return reader.getIndexCommit().getUserData();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static int numDocs(Path index) throws IOException {
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return reader.numDocs();
    }
  }

  static void assertClean(Path index) throws IOException {
    try (FSDirectory dir = FSDirectory.open(index);
        CheckIndex check = new CheckIndex(dir)) {
      CheckIndex.Status status = check.checkIndex();
      assertTrue(status.clean, "CheckIndex found problems in " + index);
    }
  }

  private static List<Path> siblings(Path index, String prefix) throws IOException {
    try (Stream<Path> files = Files.list(index.toAbsolutePath().getParent())) {
      return files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList();
    }
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}
