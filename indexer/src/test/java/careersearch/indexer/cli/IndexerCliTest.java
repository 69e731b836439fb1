package careersearch.indexer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.indexer.CliRun;
import careersearch.indexer.CorpusIndexer;
import careersearch.indexer.IndexProbe;
import careersearch.indexer.IndexProbe.Snapshot;
import careersearch.indexer.IndexSession;
import careersearch.indexer.TestCorpus;
import careersearch.indexer.corpus.CurrencyRates;
import careersearch.schema.Fields;
import careersearch.schema.Schema;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code add} and {@code delete} on a built index, and what the command line does with wrong
 * arguments. Every test works on its own copy of one small index holding the five seed jobs and
 * postings a-1 and a-2.
 */
class IndexerCliTest {
  private static final String EUR_POSTING =
      "{\"id\": \"n-1\", \"title\": \"ML Engineer\", \"company\": \"Beta\", \"salary\": {\"min\":"
          + " 70000, \"max\": 90000, \"currency\": \"EUR\", \"period\": \"year\"}}";
  private static final String MONTHLY_EUR_POSTING =
      "{\"id\": \"n-2\", \"title\": \"Data Analyst\", \"company\": \"Beta\", \"salary\": {\"min\":"
          + " 5000, \"max\": 6000, \"currency\": \"eur\", \"period\": \"month\"}}";

  @TempDir static Path shared;
  private static Path baseIndex;
  private static Snapshot base;

  @TempDir Path tmp;
  private Path index;

  @BeforeAll
  static void buildBaseIndex() throws IOException {
    TestCorpus small = TestCorpus.small(shared.resolve("small"));
    Path corpus = small.newCorpus(shared.resolve("corpus"), "a.jsonl", TestCorpus.postings("a", 2));
    baseIndex = shared.resolve("index");
    new CorpusIndexer(corpus, false, CorpusIndexer.Progress.NONE).reindex(baseIndex);
    base = IndexProbe.snapshot(baseIndex);
    assertEquals(5 + 2, base.jobs());
  }

  @BeforeEach
  void copyBaseIndex() throws IOException {
    index = IndexProbe.copy(baseIndex, tmp.resolve("index"));
  }

  // ---- add ----

  @Test
  void addAddsNewPostingsAndReplacesThoseWithTheSameIdInOneCommit() throws IOException {
    Path file =
        write(
            "update.jsonl",
            TestCorpus.posting("a-1", "Lead Data Engineer"),
            EUR_POSTING,
            MONTHLY_EUR_POSTING);

    CliRun cli = CliRun.of("add", "--index", index, file);

    assertEquals(0, cli.exit(), cli.toString());
    assertEquals(
        List.of(
            "Added 2 and updated 1 postings in " + index + " (skipped lines: 0)",
            "  kept in the postings store "
                + tmp.resolve("store")
                + " (up to record 3): they stay through reindex"),
        cli.out().lines().toList());
    assertEquals("", cli.err());
    Snapshot after = IndexProbe.snapshot(index);
    assertEquals(base.generation() + 1, after.generation());
    assertEquals(5 + 2 + 2, after.jobs());
    List<JsonNode> replaced = IndexProbe.sources(index, "a-1");
    assertEquals(1, replaced.size(), "one document per id");
    assertEquals("Lead Data Engineer", replaced.get(0).get("title").asText());
    assertEquals("update.jsonl:1", replaced.get(0).get("source").asText());
    assertEquals("Data Engineer 2", IndexProbe.sources(index, "a-2").get(0).get("title").asText());
    // the next add and the server find the rates and schema version in the new commit too
    assertEquals(
        base.userData().get(Schema.COMMIT_CURRENCY_RATES),
        after.userData().get(Schema.COMMIT_CURRENCY_RATES));
    assertEquals(
        Integer.toString(Schema.VERSION), after.userData().get(Schema.COMMIT_SCHEMA_VERSION));
  }

  @Test
  void addNormalizesSalariesWithTheRatesOfTheFullBuild() throws IOException {
    double eur =
        CurrencyRates.fromJson(base.userData().get(Schema.COMMIT_CURRENCY_RATES))
            .usdPerUnit("EUR")
            .orElseThrow();
    assertNotEquals(1.0, eur);

    CliRun cli =
        CliRun.of("add", "--index", index, write("eur.jsonl", EUR_POSTING, MONTHLY_EUR_POSTING));

    assertEquals(0, cli.exit(), cli.toString());
    JsonNode yearly = IndexProbe.sources(index, "n-1").get(0).get("salary");
    assertEquals(70_000, yearly.get("min").asLong());
    assertEquals("EUR", yearly.get("currency").asText());
    assertEquals(Math.round(70_000 * eur), yearly.get("min_usd_year").asLong());
    assertEquals(Math.round(90_000 * eur), yearly.get("max_usd_year").asLong());
    JsonNode monthly = IndexProbe.sources(index, "n-2").get(0).get("salary");
    assertEquals("month", monthly.get("period").asText());
    assertEquals(Math.round(5_000 * 12 * eur), monthly.get("min_usd_year").asLong());
  }

  /** The rates come from the commit, not from anywhere else: change them there and see. */
  @Test
  void addUsesTheRatesStoredInTheLastCommit() throws IOException {
    try (IndexSession session = IndexSession.open(index, OpenMode.APPEND)) {
      session.commit(
          Map.of(Schema.COMMIT_CURRENCY_RATES, CurrencyRates.of(Map.of("EUR", 2.0)).toJson()));
    }

    CliRun cli = CliRun.of("add", "--index", index, write("eur.jsonl", EUR_POSTING));

    assertEquals(0, cli.exit(), cli.toString());
    JsonNode salary = IndexProbe.sources(index, "n-1").get(0).get("salary");
    assertEquals(140_000, salary.get("min_usd_year").asLong());
    assertEquals(180_000, salary.get("max_usd_year").asLong());
    // indexed for range filters and sorting with the same figure
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Query n1At140k =
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(Fields.ID, "n-1")), Occur.FILTER)
              .add(LongField.newExactQuery(Fields.SALARY_MIN_USD, 140_000), Occur.FILTER)
              .add(LongField.newExactQuery(Fields.SALARY_MAX_USD, 180_000), Occur.FILTER)
              .build();
      assertEquals(1, searcher.count(n1At140k));
    }
  }

  @Test
  void addingTheSameFileTwiceUpdatesEverything() throws IOException {
    Path file = write("twice.jsonl", EUR_POSTING, MONTHLY_EUR_POSTING);
    assertEquals(0, CliRun.of("add", "--index", index, file).exit());

    CliRun again = CliRun.of("add", "--index", index, file);

    assertEquals(0, again.exit(), again.toString());
    assertTrue(again.out().startsWith("Added 0 and updated 2 postings"), again.out());
    assertEquals(5 + 2 + 2, IndexProbe.snapshot(index).jobs());
    assertEquals(1, IndexProbe.sources(index, "n-1").size());
  }

  @Test
  void addStopsAtAMalformedLineAndChangesNothing() throws IOException {
    Path file =
        write(
            "bad.jsonl",
            EUR_POSTING,
            TestCorpus.posting("a-1", "Lead Data Engineer"),
            "{\"title\": \"T\", \"company\": \"A\", \"employment\": [\"permanent\"]}");

    CliRun cli = CliRun.of("add", "--index", index, file);

    assertEquals(IndexerCli.EXIT_BAD_INPUT, cli.exit(), cli.toString());
    assertEquals(
        List.of(
            "error: "
                + file
                + ":3: unknown employment value 'permanent' (allowed: full_time, part_time,"
                + " contract, freelance, internship)",
            "The index was not changed."),
        cli.errLines());
    assertEquals(base, IndexProbe.snapshot(index));
    assertEquals(List.of(), IndexProbe.sources(index, "n-1"));
    assertEquals("Data Engineer 1", IndexProbe.sources(index, "a-1").get(0).get("title").asText());
  }

  @Test
  void addWithSkipInvalidSkipsAndCountsBadLines() throws IOException {
    Path file = write("mixed.jsonl", EUR_POSTING, "{\"title\": \"T\"}", "", MONTHLY_EUR_POSTING);

    CliRun cli = CliRun.of("add", "--index", index, "--skip-invalid", file);

    assertEquals(0, cli.exit(), cli.toString());
    assertEquals(
        List.of(
            "Added 2 and updated 0 postings in " + index + " (skipped lines: 1)",
            "  kept in the postings store "
                + tmp.resolve("store")
                + " (up to record 2): they stay through reindex",
            "  skipped: " + file + ":2: missing required field 'company'"),
        cli.out().lines().toList());
    assertEquals(5 + 2 + 2, IndexProbe.snapshot(index).jobs());
  }

  @Test
  void addReadsTheFormatItIsTold() throws IOException {
    Path file =
        Files.writeString(
            tmp.resolve("postings.json"), "[" + EUR_POSTING + ",\n" + MONTHLY_EUR_POSTING + ", 7]");

    CliRun cli = CliRun.of("add", "--index", index, "--format", "json", "--skip-invalid", file);

    assertEquals(0, cli.exit(), cli.toString());
    assertEquals(
        List.of(
            "Added 2 and updated 0 postings in " + index + " (skipped lines: 1)",
            "  kept in the postings store "
                + tmp.resolve("store")
                + " (up to record 2): they stay through reindex",
            "  skipped: " + file + ": (item 3) expected a JSON object, got a number"),
        cli.out().lines().toList());
    assertEquals(
        "postings.json (item 2)", IndexProbe.sources(index, "n-2").get(0).get("source").asText());

    CliRun unknown = CliRun.of("add", "--index", index, "--format", "xml", file);
    assertEquals(2, unknown.exit(), unknown.toString());
    assertTrue(
        unknown.err().contains("unknown format 'xml' (allowed: jsonl, json"), unknown.toString());

    Path map = Files.writeString(tmp.resolve("ats.map"), "Job Title = job_title\n");
    CliRun badMap = CliRun.of("add", "--index", index, "--format", "csv", "--map", map, file);
    assertEquals(IndexerCli.EXIT_BAD_INPUT, badMap.exit(), badMap.toString());
    assertTrue(
        badMap.errLines().get(0).startsWith("error: " + map + ":1: unknown field 'job_title'"),
        badMap.toString());
  }

  @Test
  void addNeedsAnExistingIndexAndFile() throws IOException {
    Path missingIndex = tmp.resolve("no-index");
    Path file = write("ok.jsonl", EUR_POSTING);

    CliRun noIndex = CliRun.of("add", "--index", missingIndex, file);
    assertEquals(IndexerCli.EXIT_BAD_INPUT, noIndex.exit(), noIndex.toString());
    assertEquals(
        "error: no index at " + missingIndex + "; build one first with the reindex command",
        noIndex.errLines().get(0));
    assertFalse(Files.exists(missingIndex), "no empty index directory is left behind");

    Path missingFile = tmp.resolve("nope.jsonl");
    CliRun noFile = CliRun.of("add", "--index", index, missingFile);
    assertEquals(IndexerCli.EXIT_BAD_INPUT, noFile.exit(), noFile.toString());
    assertEquals("error: " + missingFile + ": cannot read: no such file", noFile.errLines().get(0));
    assertEquals(base, IndexProbe.snapshot(index));
  }

  // ---- delete ----

  @Test
  void deleteRemovesPostingsById() throws IOException {
    CliRun cli = CliRun.of("delete", "--index", index, "a-1", "a-2", "a-1");

    assertEquals(0, cli.exit(), cli.toString());
    assertEquals(
        List.of(
            "Deleted 2 postings from " + index,
            "  a-1 (from corpus file postings/a.jsonl:1: the deletion is kept in the store and"
                + " survives reindex)",
            "  a-2 (from corpus file postings/a.jsonl:2: the deletion is kept in the store and"
                + " survives reindex)"),
        cli.out().lines().toList());
    Snapshot after = IndexProbe.snapshot(index);
    assertEquals(base.generation() + 1, after.generation());
    assertEquals(5, after.jobs());
    assertEquals(List.of(), IndexProbe.sources(index, "a-1"));
    assertEquals(
        base.userData().get(Schema.COMMIT_CURRENCY_RATES),
        after.userData().get(Schema.COMMIT_CURRENCY_RATES));
  }

  @Test
  void deleteWithAnUnknownIdDeletesNothing() throws IOException {
    // tool:pytorch exists, but it is not a posting
    CliRun cli = CliRun.of("delete", "--index", index, "a-1", "nope", "tool:pytorch");

    assertEquals(IndexerCli.EXIT_BAD_INPUT, cli.exit(), cli.toString());
    assertEquals(
        List.of(
            "error: no job posting with id [nope, tool:pytorch] in "
                + index
                + "; nothing was deleted",
            "The index was not changed."),
        cli.errLines());
    assertEquals("", cli.out());
    assertEquals(base, IndexProbe.snapshot(index));
    assertEquals(1, IndexProbe.sources(index, "a-1").size());
    assertEquals(1, IndexProbe.sources(index, "tool:pytorch").size());
  }

  // ---- both ----

  @Test
  void updatesWhileTheIndexIsBeingWrittenFailAtOnce() throws IOException {
    Path file = write("ok.jsonl", EUR_POSTING);
    try (IndexSession running = IndexSession.open(index, OpenMode.APPEND)) {
      for (CliRun cli :
          List.of(
              CliRun.of("add", "--index", index, file),
              CliRun.of("delete", "--index", index, "a-1"))) {
        assertEquals(IndexerCli.EXIT_BUSY, cli.exit(), cli.toString());
        assertTrue(cli.errLines().get(0).startsWith("error: another reindex or update is running"));
      }
    }
    assertEquals(base, IndexProbe.snapshot(index));
  }

  /** Each command closes every file it opened in the index, whether it succeeds or fails. */
  @Test
  void commandsLeaveNoFileOfTheIndexOpen() throws IOException {
    Path good = write("good.jsonl", EUR_POSTING);
    Path bad = write("bad.jsonl", EUR_POSTING, "{");
    assertEquals(List.of(), IndexProbe.openFilesUnder(index), "before");

    assertEquals(0, CliRun.of("add", "--index", index, good).exit());
    assertEquals(List.of(), IndexProbe.openFilesUnder(index), "after add");
    assertEquals(1, CliRun.of("add", "--index", index, bad).exit());
    assertEquals(List.of(), IndexProbe.openFilesUnder(index), "after a failed add");
    assertEquals(0, CliRun.of("delete", "--index", index, "n-1").exit());
    assertEquals(List.of(), IndexProbe.openFilesUnder(index), "after delete");
    assertEquals(1, CliRun.of("delete", "--index", index, "n-1").exit());
    assertEquals(List.of(), IndexProbe.openFilesUnder(index), "after a failed delete");
  }

  // ---- usage ----

  static Stream<Arguments> usageErrors() {
    return Stream.of(
        Arguments.of(List.of(), "Missing required subcommand"),
        Arguments.of(List.of("frobnicate"), "Unmatched argument at index 0: 'frobnicate'"),
        Arguments.of(List.of("reindex", "--bogus"), "Unknown option: '--bogus'"),
        Arguments.of(
            List.of("reindex", "--index"), "Missing required parameter for option '--index'"),
        Arguments.of(List.of("add", "--index", "x"), "Missing required parameter: 'FILE'"),
        Arguments.of(List.of("add", "a.jsonl", "b.jsonl"), "Unmatched argument at index 2"),
        Arguments.of(List.of("delete", "--index", "x"), "Missing required parameter: 'ID'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("usageErrors")
  void usageErrorsGivePicocliMessageAndUsageWithoutStackTrace(List<String> args, String message) {
    CliRun cli = CliRun.of(args.toArray());

    assertEquals(2, cli.exit(), cli.toString()); // picocli's usage error code
    assertTrue(cli.errLines().get(0).startsWith(message), cli.toString());
    // then the usage, or for a mistyped command what picocli suggests instead
    assertTrue(
        cli.err().contains("Usage: careersearch-indexer") || cli.err().contains("Did you mean"),
        cli.toString());
    assertFalse(cli.err().contains("\tat "), "no stack trace: " + cli.err());
    assertFalse(cli.err().contains("Exception"), "no exception names: " + cli.err());
    assertEquals("", cli.out());
  }

  @Test
  void helpListsTheCommandsAndTheirOptions() {
    CliRun top = CliRun.of("--help");
    assertEquals(0, top.exit());
    for (String command : List.of("reindex", "add", "delete")) {
      assertTrue(top.out().contains("  " + command + " "), top.out());
    }
    CliRun reindex = CliRun.of("reindex", "--help");
    assertEquals(0, reindex.exit());
    assertTrue(reindex.out().contains("--skip-invalid"), reindex.out());
    assertTrue(reindex.out().contains("--no-progress"), reindex.out());
  }

  private Path write(String name, String... lines) throws IOException {
    return Files.write(tmp.resolve(name), List.of(lines));
  }
}
