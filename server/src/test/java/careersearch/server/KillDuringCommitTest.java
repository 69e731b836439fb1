package careersearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.indexer.CorpusIndexer;
import careersearch.indexer.IndexSession;
import careersearch.indexer.cli.IndexerCli;
import careersearch.testsupport.JavaProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A reindex (the CLI, in its own JVM) killed with SIGKILL inside its commit: while the server
 * serves the index, and after. Before the commit's atomic rename ({@code before-prepare}: documents
 * added and flushed, suggester built; {@code prepared}: every new file written and synced,
 * pending_segments_N on disk) the served index stays exactly the previous one: CheckIndex clean,
 * same commit, same documents. After it ({@code committed}: killed before the writer closed and
 * before old suggesters were cleaned up) the new index is complete. Either way the next reindex
 * succeeds and leaves only its own files.
 *
 * <p>The child stops at the stage named by the test-only property {@link
 * IndexSession#PAUSE_PROPERTY}, says so on stderr, and is killed there: deterministic, no timing
 * guesses. (A kill while documents are being added is covered by the indexer's own tests.)
 */
class KillDuringCommitTest {
  /** Postings of the corpus the killed reindex builds: more than the base index has. */
  private static final int NEW_POSTINGS = 3_000;

  @TempDir static Path shared;
  private static Path baseCorpus;
  private static Path newCorpus;
  private static Path baseIndex;
  private static int baseDocs;
  private static int newDocs;

  @TempDir Path tmp;

  @BeforeAll
  static void buildBaseIndex() throws IOException {
    baseCorpus = SmallCorpus.create(shared.resolve("base-corpus"), 10);
    newCorpus = SmallCorpus.create(shared.resolve("new-corpus"), NEW_POSTINGS);
    baseIndex = shared.resolve("base-index");
    new CorpusIndexer(baseCorpus, false, CorpusIndexer.Progress.NONE).reindex(baseIndex);
    baseDocs = numDocs(baseIndex);
    newDocs = baseDocs - 10 + NEW_POSTINGS;
  }

  @ParameterizedTest
  @ValueSource(strings = {"before-prepare", "prepared", "committed"})
  void reindexKilledInsideItsCommitLeavesAServableIndex(String stage) throws Exception {
    Path index = copy(baseIndex, tmp.resolve("index"));
    long baseGeneration = generation(index);

    try (ServerFixture server = new ServerFixture(index, Duration.ofMillis(200));
        JavaProcess reindex =
            JavaProcess.start(
                tmp.resolve("logs"),
                Map.of(IndexSession.PAUSE_PROPERTY, stage),
                Map.of(),
                IndexerCli.class,
                "reindex",
                "--corpus",
                newCorpus,
                "--index",
                index,
                "--no-progress")) {
      assertEquals(baseDocs, server.api.ok("/api/health").get("total_documents").asInt());

      reindex.await(
          Pattern.compile(Pattern.quote(IndexSession.PAUSED_MARKER + stage)),
          Duration.ofMinutes(4));
      reindex.kill(); // SIGKILL: no shutdown hook, no rollback, no cleanup
      assertEquals(128 + 9, reindex.waitForExit(Duration.ofMinutes(1)), "killed by signal 9");

      int expected = stage.equals("committed") ? newDocs : baseDocs;
      IndexBootstrapTest.assertClean(index);
      assertEquals(expected, numDocs(index));
      if (stage.equals("committed")) {
        assertTrue(generation(index) > baseGeneration);
      } else {
        assertEquals(baseGeneration, generation(index), "the previous commit is still the latest");
      }
      // the running server keeps answering, and serves whichever commit is the latest
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      int served;
      do {
        Thread.sleep(100);
        served = server.api.ok("/api/health").get("total_documents").asInt();
      } while (served != expected && System.nanoTime() < deadline);
      assertEquals(expected, served);
      assertTrue(server.api.ok("/api/search?q=engineer").get("total").asLong() > 0);
    }

    // the next reindex succeeds (the dead process's lock is gone) and clears what it left
    CorpusIndexer.Summary next =
        new CorpusIndexer(baseCorpus, false, CorpusIndexer.Progress.NONE).reindex(index);
    assertEquals(baseDocs, next.total());
    IndexBootstrapTest.assertClean(index);
    assertEquals(baseDocs, numDocs(index));
    assertOnlyCommittedFiles(index);
  }

  /** The latest commit's files, its lock and at most two suggester dirs; nothing else. */
  private static void assertOnlyCommittedFiles(Path index) throws IOException {
    Set<String> expected = new TreeSet<>();
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      expected.addAll(reader.getIndexCommit().getFileNames());
    }
    expected.add(IndexWriter.WRITE_LOCK_NAME);
    Set<String> files = new TreeSet<>();
    int suggesters = 0;
    try (Stream<Path> list = Files.list(index)) {
      for (Path p : list.toList()) {
        if (Files.isDirectory(p)) {
          assertTrue(p.getFileName().toString().startsWith("suggest_"), p.toString());
          suggesters++;
        } else {
          files.add(p.getFileName().toString());
        }
      }
    }
    assertEquals(expected, files);
    assertTrue(suggesters <= 2, suggesters + " suggester directories");
    assertFalse(files.stream().anyMatch(f -> f.startsWith("pending_segments")));
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (!p.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME)) {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }

  private static int numDocs(Path index) throws IOException {
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return reader.numDocs();
    }
  }

  private static long generation(Path index) throws IOException {
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return reader.getIndexCommit().getGeneration();
    }
  }
}
