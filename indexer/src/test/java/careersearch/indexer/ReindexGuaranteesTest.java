package careersearch.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import careersearch.indexer.IndexProbe.Snapshot;
import careersearch.indexer.cli.IndexerCli;
import careersearch.schema.DocType;
import careersearch.testsupport.JavaProcess;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The promises of a rebuild (issue 3, README "Reindex from the command line"): readers keep the old
 * index until the new one is committed; a rebuild killed with kill -9 leaves the previous index
 * intact; a second rebuild fails at once; malformed input stops the run with {@code file:line:
 * reason} and leaves the index untouched. Each runs on small corpora (see {@link TestCorpus}).
 */
class ReindexGuaranteesTest {
  /** Postings in the generated file of the kill test: indexing them takes many seconds. */
  private static final int SYNTHETIC_POSTINGS = 200_000;

  /**
   * "At once": generous for a loaded 2-core machine where a JVM alone may take seconds to start,
   * yet far below a rebuild of the real corpus; that the lock comes before any reading is proven
   * without timing by the in-process {@code secondRebuildFailsAtOnceBeforeReadingAnything}.
   */
  private static final Duration AT_ONCE = Duration.ofSeconds(15);

  @TempDir static Path shared;
  private static TestCorpus small;

  /** A built index of the small corpus with postings a-1 and a-2, copied by each test. */
  private static Path baseIndex;

  private static Snapshot baseSnapshot;

  @TempDir Path tmp;

  @BeforeAll
  static void buildBaseIndex() throws IOException {
    small = TestCorpus.small(shared.resolve("small"));
    Path corpus = small.newCorpus(shared.resolve("base"), "a.jsonl", TestCorpus.postings("a", 2));
    baseIndex = shared.resolve("base-index");
    new CorpusIndexer(corpus, false, CorpusIndexer.Progress.NONE).reindex(baseIndex);
    baseSnapshot = IndexProbe.snapshot(baseIndex);
    assertEquals(5 + 2, baseSnapshot.jobs());
  }

  // ---- a reader keeps the old index until the commit ----

  @Test
  void readerKeepsTheOldIndexWhileRebuildingAndAfterTheCommitReopenSeesTheNewOne()
      throws IOException {
    Path index = copyOfBaseIndex();
    Path corpus = small.newCorpus(tmp.resolve("b"), "b.jsonl", TestCorpus.postings("b", 6));
    long oldTotal = baseSnapshot.counts().values().stream().mapToLong(Long::longValue).sum();

    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader old = DirectoryReader.open(dir)) {
      long oldGeneration = old.getIndexCommit().getGeneration();
      AtomicLong total = new AtomicLong();
      AtomicLong indexed = new AtomicLong();
      AtomicInteger checks = new AtomicInteger();
      AtomicBoolean checkedAfterTheLastDocument = new AtomicBoolean();
      CorpusIndexer.Progress probe =
          new CorpusIndexer.Progress() {
            @Override
            public void started(long totalDocuments) {
              total.set(totalDocuments);
            }

            @Override
            public void indexed(DocType type) {
              long n = indexed.incrementAndGet();
              // every 200 documents, and once all are added but not yet committed
              if (n % 200 != 0 && n != total.get()) {
                return;
              }
              try {
                assertEquals(7, IndexProbe.jobs(old), "the open reader, after " + n + " docs");
                assertEquals(oldTotal, old.numDocs());
                DirectoryReader changed = DirectoryReader.openIfChanged(old);
                if (changed != null) {
                  changed.close();
                  fail("a new commit is visible after " + n + " of " + total + " documents");
                }
                try (DirectoryReader fresh = DirectoryReader.open(dir)) {
                  assertEquals(oldGeneration, fresh.getIndexCommit().getGeneration());
                  assertEquals(7, IndexProbe.jobs(fresh), "a reader opened after " + n + " docs");
                }
              } catch (IOException e) {
                throw new AssertionError(e);
              }
              checks.incrementAndGet();
              checkedAfterTheLastDocument.set(n == total.get());
            }
          };

      CorpusIndexer.Summary summary = new CorpusIndexer(corpus, false, probe).reindex(index);

      assertEquals(5 + 6, summary.documents().get(DocType.JOB));
      assertTrue(checks.get() >= 3, "checked " + checks + " times while indexing");
      assertTrue(checkedAfterTheLastDocument.get(), "checked once all documents were added");
      // after the commit the old reader still sees (and can read) its point in time
      assertEquals(7, IndexProbe.jobs(old));
      assertEquals("Data Engineer 2", IndexProbe.sources(old, "a-2").get(0).get("title").asText());
      assertEquals(List.of(), IndexProbe.sources(old, "b-1"));
      for (int doc = 0; doc < old.maxDoc(); doc++) {
        IndexProbe.source(old, doc); // every stored document of the old commit is still readable
      }
      try (DirectoryReader reopened = DirectoryReader.openIfChanged(old)) {
        assertNotNull(reopened, "the new commit is visible to a reopen");
        assertTrue(reopened.getIndexCommit().getGeneration() > oldGeneration);
        assertEquals(5 + 6, IndexProbe.jobs(reopened));
        assertEquals(List.of(), IndexProbe.sources(reopened, "a-1"));
        assertEquals(1, IndexProbe.sources(reopened, "b-6").size());
        assertEquals(summary.total(), reopened.numDocs());
      }
    }
  }

  // ---- a rebuild killed midway leaves the previous index intact ----

  @Test
  void rebuildKilledMidwayLeavesThePreviousIndexIntactAndReadable() throws Exception {
    Path index = copyOfBaseIndex();
    Collection<String> committed = IndexProbe.commitFiles(index);
    Path corpus = small.newCorpus(tmp.resolve("big"));
    writeSyntheticPostings(corpus.resolve("postings").resolve("synthetic.jsonl"));

    Set<String> leftovers;
    try (JavaProcess rebuild =
        indexerCli(
            tmp.resolve("logs"),
            "reindex",
            "--corpus",
            corpus,
            "--index",
            index,
            "--no-progress")) {
      waitUntilWritingNewSegmentFiles(rebuild, index, committed);

      // meanwhile a second rebuild, in a third process, is refused at once
      long start = System.nanoTime();
      try (JavaProcess second =
          indexerCli(tmp.resolve("logs"), "reindex", "--corpus", corpus, "--index", index)) {
        int exit = second.waitForExit(Duration.ofSeconds(120));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(IndexerCli.EXIT_BUSY, exit, second.output());
        // the postings store's lock is taken first: it names the process that holds it
        assertTrue(
            second.stderr().contains("is being written by another process (pid "), second.output());
        assertTrue(took.compareTo(AT_ONCE) < 0, "refused after " + took + " (JVM start included)");
      }

      assertTrue(rebuild.isAlive(), "the rebuild ended before it was killed: " + rebuild.output());
      rebuild.process().destroyForcibly(); // SIGKILL: no shutdown hook, no rollback
      assertEquals(128 + 9, rebuild.waitForExit(Duration.ofSeconds(60)), "killed by signal 9");
      leftovers = newFiles(index, committed);
    }
    assertFalse(leftovers.isEmpty(), "the killed rebuild had written segment files");

    // the previous commit is intact: clean, same generation, same documents
    assertIndexIsClean(index);
    Snapshot after = IndexProbe.snapshot(index);
    assertEquals(baseSnapshot.generation(), after.generation());
    assertEquals(baseSnapshot.counts(), after.counts());
    assertEquals("Data Engineer 1", IndexProbe.sources(index, "a-1").get(0).get("title").asText());

    // and the next rebuild works (the dead process's lock is gone) and clears the leftovers
    Path next = small.newCorpus(tmp.resolve("next"), "c.jsonl", TestCorpus.postings("c", 3));
    CorpusIndexer.Summary rebuilt =
        new CorpusIndexer(next, false, CorpusIndexer.Progress.NONE).reindex(index);
    assertEquals(5 + 3, rebuilt.documents().get(DocType.JOB));
    Snapshot newer = IndexProbe.snapshot(index);
    assertTrue(newer.generation() > baseSnapshot.generation());
    assertEquals(5 + 3, newer.jobs());
    Set<String> expectedFiles = new TreeSet<>(IndexProbe.commitFiles(index));
    expectedFiles.add(IndexWriter.WRITE_LOCK_NAME);
    assertEquals(expectedFiles, IndexProbe.files(index));
    assertIndexIsClean(index);
  }

  /** One posting a line, each marked synthetic; tens of MB, so indexing them takes a while. */
  private static void writeSyntheticPostings(Path file) throws IOException {
    String[] words = {"data", "platform", "search", "ranking", "models", "pipelines", "cloud"};
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < SYNTHETIC_POSTINGS; i++) {
        out.write(
            "{\"_synthetic\": true, \"id\": \"synthetic-"
                + i
                + "\", \"title\": \"Engineer "
                + i
                + "\", \"company\": \"Company "
                + (i % 997)
                + "\", \"remote\": \"remote\", \"salary\": {\"min\": "
                + (40_000 + i % 100_000)
                + ", \"max\": "
                + (60_000 + i % 150_000)
                + ", \"currency\": \"USD\"}, \"description\": \"Builds "
                + words[i % words.length]
                + " and "
                + words[(i / 7) % words.length]
                + " number "
                + i
                + ".\"}\n");
      }
    }
  }

  /**
   * Waits until the rebuild has put at least 1 MB of new segment data in the index directory, which
   * shows it is well into indexing (stored fields go to disk as they are added).
   */
  private static void waitUntilWritingNewSegmentFiles(
      JavaProcess rebuild, Path index, Collection<String> committed) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (true) {
      long bytes = 0;
      for (String name : newFiles(index, committed)) {
        try {
          bytes += Files.size(index.resolve(name));
        } catch (NoSuchFileException e) {
          // a temporary file that is already gone
        }
      }
      if (bytes >= 1 << 20) {
        return;
      }
      if (!rebuild.isAlive()) {
        fail("the rebuild ended before it was seen indexing: " + rebuild.output());
      }
      if (System.nanoTime() > deadline) {
        fail("no new segment data after 120 s: " + rebuild.output());
      }
      Thread.sleep(50);
    }
  }

  /** Files in the index directory that are neither the given commit's nor the write lock. */
  private static Set<String> newFiles(Path index, Collection<String> committed) {
    Set<String> files = IndexProbe.files(index);
    files.removeAll(committed);
    files.remove(IndexWriter.WRITE_LOCK_NAME);
    return files;
  }

  private static void assertIndexIsClean(Path index) throws IOException {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (FSDirectory dir = FSDirectory.open(index);
        CheckIndex check = new CheckIndex(dir)) {
      check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
      CheckIndex.Status status = check.checkIndex();
      assertTrue(status.clean, () -> log.toString(StandardCharsets.UTF_8));
      assertFalse(status.missingSegments);
    }
  }

  // ---- a second rebuild fails at once ----

  @Test
  void secondRebuildFailsAtOnceBeforeReadingAnything() throws IOException {
    Path index = copyOfBaseIndex();
    // a corpus whose survey has a bad row: a rebuild that read its sources before trying the
    // lock would fail with that row's error instead
    Path corpus = corpusWithBadSurveyRow(tmp.resolve("corpus"));
    try (IndexSession running = IndexSession.open(index, OpenMode.APPEND)) {
      IndexSession.IndexBusyException e =
          assertThrows(
              IndexSession.IndexBusyException.class,
              () -> new CorpusIndexer(corpus, false, CorpusIndexer.Progress.NONE).reindex(index));
      assertTrue(e.getMessage().startsWith("another reindex or update is running on " + index));

      // the CLI on the real corpus, which takes tens of seconds to rebuild
      long start = System.nanoTime();
      CliRun cli = CliRun.of("reindex", "--corpus", TestCorpus.real(), "--index", index);
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertEquals(IndexerCli.EXIT_BUSY, cli.exit(), cli.toString());
      assertEquals(
          List.of(
              "error: another reindex or update is running on "
                  + index
                  + " (its write.lock is held); wait for it to finish and try again",
              "The index was not changed."),
          cli.errLines());
      assertEquals("", cli.out());
      assertTrue(took.compareTo(AT_ONCE) < 0, "refused after " + took);
    }
    assertEquals(baseSnapshot, IndexProbe.snapshot(index));
  }

  // ---- malformed input stops the run and leaves the index untouched ----

  static Stream<Arguments> badPostings() {
    return Stream.of(
        Arguments.of(
            "bad JSON",
            new String[] {
              TestCorpus.posting("b-1", "Data Engineer"),
              "",
              "{\"title\": \"Data Engineer\", \"company\": \"Acme\""
            },
            3,
            "invalid JSON: Unexpected end-of-input: expected close marker for Object"),
        Arguments.of(
            "missing required field",
            new String[] {
              TestCorpus.posting("b-1", "Data Engineer"),
              TestCorpus.posting("b-2", "ML Engineer"),
              "{\"id\": \"b-3\", \"company\": \"Acme\", \"remote\": \"remote\"}"
            },
            3,
            "missing required field 'title'"),
        Arguments.of(
            "unknown enum value",
            new String[] {
              TestCorpus.posting("b-1", "Data Engineer"),
              "{\"title\": \"ML Engineer\", \"company\": \"Acme\", \"remote\": \"sometimes\"}",
              TestCorpus.posting("b-3", "Data Engineer")
            },
            2,
            "unknown remote value 'sometimes' (allowed: remote, hybrid, onsite)"));
  }

  /**
   * The bad line is in the second postings file, after good ones: documents were already added when
   * it stops, and none of them may reach the index.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("badPostings")
  void malformedPostingStopsWithFileLineReasonAndLeavesTheIndexUntouched(
      String problem, String[] lines, int line, String reason) throws IOException {
    Path index = copyOfBaseIndex();
    Set<String> filesBefore = IndexProbe.files(index);
    Path corpus = small.newCorpus(tmp.resolve("corpus"), "a.jsonl", TestCorpus.postings("a", 3));
    Path bad = TestCorpus.writePostings(corpus, "team/b.jsonl", lines);

    CliRun cli = CliRun.of("reindex", "--corpus", corpus, "--index", index, "--no-progress");

    assertEquals(IndexerCli.EXIT_BAD_INPUT, cli.exit(), cli.toString());
    assertEquals(2, cli.errLines().size(), cli.toString());
    String error = cli.errLines().get(0);
    String expected = "error: " + bad + ":" + line + ": " + reason;
    assertTrue(error.startsWith(expected), "expected [" + expected + "...] but got " + error);
    assertEquals("The index was not changed.", cli.errLines().get(1));
    assertFalse(cli.err().contains("\tat "), "no stack trace: " + cli.err());
    assertEquals("", cli.out());
    assertUntouched(index, filesBefore);
  }

  @Test
  void missingCorpusDirStopsBeforeTouchingTheIndex() throws IOException {
    Path index = copyOfBaseIndex();
    Set<String> filesBefore = IndexProbe.files(index);
    Path missing = tmp.resolve("no-such-corpus");

    CliRun cli = CliRun.of("reindex", "--corpus", missing, "--index", index, "--no-progress");

    assertEquals(IndexerCli.EXIT_BAD_INPUT, cli.exit(), cli.toString());
    assertEquals(
        List.of("error: " + missing + ": corpus directory not found", "The index was not changed."),
        cli.errLines());
    assertUntouched(index, filesBefore);
  }

  @Test
  void missingPartOfTheCorpusIsNamed() throws IOException {
    Path index = copyOfBaseIndex();
    Set<String> filesBefore = IndexProbe.files(index);
    Path corpus = small.newCorpus(tmp.resolve("corpus"));
    Files.delete(corpus.resolve("onet"));

    CliRun cli = CliRun.of("reindex", "--corpus", corpus, "--index", index, "--no-progress");

    assertEquals(IndexerCli.EXIT_BAD_INPUT, cli.exit(), cli.toString());
    assertEquals(
        "error: " + corpus.resolve("onet") + ": missing from the corpus directory",
        cli.errLines().get(0));
    assertUntouched(index, filesBefore);
  }

  @Test
  void malformedSurveyRowStopsWithFileAndLine() throws IOException {
    Path index = copyOfBaseIndex();
    Set<String> filesBefore = IndexProbe.files(index);
    Path corpus = corpusWithBadSurveyRow(tmp.resolve("corpus"));
    Path csv = corpus.resolve("aijobs-salaries/salaries.csv");

    CliRun cli = CliRun.of("reindex", "--corpus", corpus, "--index", index, "--no-progress");

    assertEquals(IndexerCli.EXIT_BAD_INPUT, cli.exit(), cli.toString());
    assertTrue(
        cli.errLines().get(0).startsWith("error: " + csv + ":4: "), cli.errLines().toString());
    assertTrue(cli.errLines().get(0).contains("'lots'"), cli.errLines().toString());
    assertUntouched(index, filesBefore);
  }

  /** A small corpus whose survey's line 4 (third report) has "lots" for salary_in_usd. */
  private static Path corpusWithBadSurveyRow(Path dir) throws IOException {
    Path corpus = small.newCorpus(dir);
    Path survey = corpus.resolve("aijobs-salaries");
    List<String> rows = Files.readAllLines(survey.resolve("salaries.csv"));
    Files.delete(survey); // the link to the shared survey; this corpus gets its own copy
    Files.createDirectories(survey);
    // salary_in_usd is the fifth column from the end
    String[] columns = rows.get(3).split(",");
    columns[columns.length - 5] = "lots";
    rows.set(3, String.join(",", columns));
    Files.write(survey.resolve("salaries.csv"), rows);
    return corpus;
  }

  @Test
  void skipInvalidSkipsAndCountsBadLinesAndIndexesTheRest() throws IOException {
    Path index = copyOfBaseIndex();
    Path corpus = small.newCorpus(tmp.resolve("corpus"));
    Path a =
        TestCorpus.writePostings(
            corpus,
            "a.jsonl",
            TestCorpus.posting("s-1", "Data Engineer"),
            "{not json",
            TestCorpus.posting("s-2", "Data Engineer"),
            "{\"company\": \"Acme\"}",
            "{\"title\": \"ML Engineer\", \"company\": \"Acme\", \"seniority\": \"guru\"}",
            TestCorpus.posting("s-3", "Data Engineer"));
    Path b =
        TestCorpus.writePostings(
            corpus,
            "b.jsonl",
            TestCorpus.posting("s-2", "Another Data Engineer"),
            TestCorpus.posting("s-4", "Data Engineer"));

    CliRun cli =
        CliRun.of(
            "reindex", "--corpus", corpus, "--index", index, "--no-progress", "--skip-invalid");

    assertEquals(0, cli.exit(), cli.toString());
    assertEquals("", cli.err());
    assertTrue(cli.out().matches("(?s).*\\n  job +9\\n.*"), cli.out());
    assertTrue(cli.out().matches("(?s).*\\n  skipped lines +4\\n.*"), cli.out());
    List<String> skipped =
        cli.out()
            .lines()
            .filter(l -> l.startsWith("  skipped: "))
            .map(l -> l.substring(11))
            .toList();
    assertEquals(4, skipped.size(), cli.out());
    assertTrue(skipped.get(0).startsWith(a + ":2: invalid JSON: "), skipped.get(0));
    assertEquals(a + ":4: missing required field 'title'", skipped.get(1));
    assertEquals(
        a + ":5: unknown seniority value 'guru' (allowed: entry, mid, senior, executive)",
        skipped.get(2));
    assertEquals(b + ":1: duplicate id 's-2' (first in " + a + ":3)", skipped.get(3));

    Snapshot after = IndexProbe.snapshot(index);
    assertEquals(5 + 4, after.jobs());
    assertEquals("Data Engineer", IndexProbe.sources(index, "s-2").get(0).get("title").asText());
  }

  /** Two files of one corpus must not share an id: the second would shadow the first. */
  @Test
  void duplicateIdAcrossPostingsFilesStopsTheRebuild() throws IOException {
    Path index = copyOfBaseIndex();
    Set<String> filesBefore = IndexProbe.files(index);
    Path corpus = small.newCorpus(tmp.resolve("corpus"), "a.jsonl", TestCorpus.postings("x", 2));
    Path first = corpus.resolve("postings/a.jsonl");
    Path second =
        TestCorpus.writePostings(
            corpus,
            "b/more.jsonl",
            TestCorpus.posting("y-1", "Data Engineer"),
            "",
            TestCorpus.posting("x-2", "Data Engineer again"));

    CliRun cli = CliRun.of("reindex", "--corpus", corpus, "--index", index, "--no-progress");

    assertEquals(IndexerCli.EXIT_BAD_INPUT, cli.exit(), cli.toString());
    assertEquals(
        "error: " + second + ":3: duplicate id 'x-2' (first in " + first + ":2)",
        cli.errLines().get(0));
    assertUntouched(index, filesBefore);
  }

  // ---- helpers ----

  private Path copyOfBaseIndex() throws IOException {
    return IndexProbe.copy(baseIndex, tmp.resolve("index"));
  }

  /** Same commit, same documents, same files, and nothing left open by the failed run. */
  private static void assertUntouched(Path index, Set<String> filesBefore) throws IOException {
    assertEquals(baseSnapshot, IndexProbe.snapshot(index));
    Set<String> files = IndexProbe.files(index);
    files.remove(IndexWriter.WRITE_LOCK_NAME); // a failed run may leave an (unlocked) lock file
    Set<String> before = new TreeSet<>(filesBefore);
    before.remove(IndexWriter.WRITE_LOCK_NAME);
    assertEquals(before, files);
    assertEquals(new ArrayList<String>(), IndexProbe.openFilesUnder(index));
  }

  /** The indexer CLI in a second JVM (kill -9, a lock held by another process). */
  private static JavaProcess indexerCli(Path logDir, Object... args) throws IOException {
    return JavaProcess.start(logDir, Map.of(), Map.of(), IndexerCli.class, args);
  }
}
