package careersearch.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.indexer.cli.IndexerCli;
import careersearch.indexer.store.PostingsStore;
import careersearch.indexer.store.StoreRecord;
import careersearch.indexer.store.StoreRecord.Op;
import careersearch.indexer.store.StoreRecord.Origin;
import careersearch.schema.DocType;
import careersearch.schema.Schema;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21's bug: what {@code add} wrote used to vanish at the next {@code reindex}. Now the
 * postings store keeps it: a rebuild serves exactly corpus + store − deletions, and an index that
 * missed store records (a crash between the store's fsync and the index commit) gets them replayed.
 */
class PostingsThatStayTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path shared;
  private static TestCorpus small;

  @TempDir Path tmp;
  private Path corpus;
  private Path index;
  private Path store;

  @BeforeAll
  static void sources() throws IOException {
    small = TestCorpus.small(shared.resolve("small"));
  }

  @BeforeEach
  void build() throws IOException {
    corpus = small.newCorpus(tmp.resolve("corpus"), "a.jsonl", TestCorpus.postings("a", 3));
    index = tmp.resolve("data/index");
    store = tmp.resolve("data/store");
    CliRun reindex = CliRun.of("reindex", "--corpus", corpus, "--index", index, "--no-progress");
    assertEquals(0, reindex.exit(), reindex.toString());
  }

  @Test
  void addDeleteReindexKeepsExactlyCorpusPlusStoreMinusDeletions() throws IOException {
    Set<String> corpusIds = jobIds();
    assertEquals(5 + 3, corpusIds.size());
    Path file =
        Files.write(
            tmp.resolve("mine.jsonl"),
            List.of(
                TestCorpus.posting("n-1", "Search Engineer"),
                TestCorpus.posting("n-2", "Ranking Engineer"),
                TestCorpus.posting("a-1", "Lead Data Engineer")));
    CliRun add = CliRun.of("add", "--index", index, "--corpus", corpus, file);
    assertEquals(0, add.exit(), add.toString());
    assertTrue(add.out().startsWith("Added 2 and updated 1 postings"), add.out());

    CliRun delete = CliRun.of("delete", "--index", index, "n-2", "a-2");
    assertEquals(0, delete.exit(), delete.toString());
    assertEquals(
        List.of(
            "Deleted 2 postings from " + index,
            "  n-2 (from the postings store, added from mine.jsonl:2)",
            "  a-2 (from corpus file postings/a.jsonl:2: the deletion is kept in the store and"
                + " survives reindex)"),
        delete.out().lines().toList());

    Set<String> expected = new TreeSet<>(corpusIds);
    expected.addAll(List.of("n-1", "n-2"));
    expected.removeAll(List.of("n-2", "a-2"));
    assertEquals(expected, jobIds(), "served before the reindex");

    for (int run = 1; run <= 2; run++) {
      CliRun reindex = CliRun.of("reindex", "--corpus", corpus, "--index", index, "--no-progress");
      assertEquals(0, reindex.exit(), reindex.toString());
      // 5 seed + a-3 from the corpus files (a-1 replaced by the store's, a-2 deleted)
      assertTrue(
          reindex
              .out()
              .contains(
                  "  postings                6 from corpus files, 2 from the postings store "
                      + store
                      + ", 1 corpus postings deleted by it"),
          reindex.out());
      assertEquals(expected, jobIds(), "served after reindex " + run);
      assertEquals(
          "Lead Data Engineer",
          IndexProbe.sources(index, "a-1").get(0).get("title").asText(),
          "the store's version of a corpus posting wins");
    }
    // compacted: the two postings and the deletion of the corpus posting (the last record, so
    // no checkpoint is needed to keep the sequence number)
    List<String> log = Files.readAllLines(store.resolve(PostingsStore.LOG_FILE));
    assertEquals(3, log.size(), String.join("\n", log));
    assertTrue(log.get(2).contains("{\"seq\":5,\"op\":\"delete\",\"id\":\"a-2\""), log.get(2));
    var data = IndexProbe.snapshot(index).userData();
    assertEquals("2", data.get(Schema.COMMIT_STORE_POSTINGS));
    assertEquals("5", data.get(Schema.COMMIT_STORE_SEQ));
  }

  @Test
  void recordsTheIndexMissedAreReplayedBeforeTheNextWrite() throws IOException {
    // what a process killed after the store's fsync and before the index commit leaves behind
    ObjectNode posting = (ObjectNode) JSON.readTree(TestCorpus.posting("n-9", "Replayed Engineer"));
    try (PostingsStore.Writer writer = PostingsStore.open(store).lockForWriting()) {
      writer.append(
          List.of(
              new StoreRecord(
                  0,
                  Op.PUT,
                  "n-9",
                  Origin.STORE,
                  posting,
                  posting.toString(),
                  "jsonl",
                  "x:1",
                  null),
              new StoreRecord(0, Op.DELETE, "a-1", Origin.CORPUS, null, null, null, "x", null)));
    }
    assertTrue(jobIds().contains("a-1"));

    Path file = Files.write(tmp.resolve("one.jsonl"), List.of(TestCorpus.posting("n-1", "New")));
    CliRun add = CliRun.of("add", "--index", index, "--corpus", corpus, file);

    assertEquals(0, add.exit(), add.toString());
    assertEquals(
        List.of("note: replayed 2 store records (seq 1..2) into the index"), add.errLines());
    Set<String> ids = jobIds();
    assertTrue(ids.containsAll(List.of("n-9", "n-1")), ids.toString());
    assertTrue(!ids.contains("a-1"), ids.toString());
    assertEquals("3", IndexProbe.snapshot(index).userData().get(Schema.COMMIT_STORE_SEQ));
  }

  @Test
  void writersWaitForNoOneAndSayWhoHoldsTheStore() throws IOException {
    Path file = Files.write(tmp.resolve("one.jsonl"), List.of(TestCorpus.posting("n-1", "New")));
    try (PostingsStore.Writer held = PostingsStore.open(store).lockForWriting()) {
      for (CliRun cli :
          List.of(
              CliRun.of("add", "--index", index, file),
              CliRun.of("delete", "--index", index, "a-1"),
              CliRun.of("reindex", "--corpus", corpus, "--index", index, "--no-progress"))) {
        assertEquals(IndexerCli.EXIT_BUSY, cli.exit(), cli.toString());
        assertEquals(
            "error: the postings store "
                + store
                + " is being written by another writer in this process; wait for it to finish and"
                + " try again",
            cli.errLines().get(0));
      }
    }
    assertEquals(5 + 3, jobIds().size());
  }

  private Set<String> jobIds() throws IOException {
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      Set<String> ids = new TreeSet<>();
      IndexProbe.sourcesOfType(reader, DocType.JOB).forEach(s -> ids.add(s.get("id").asText()));
      return ids;
    }
  }
}
