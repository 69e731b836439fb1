package careersearch.indexer;

import static careersearch.indexer.IndexProbe.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.schema.DocType;
import careersearch.schema.FacetDim;
import careersearch.schema.Fields;
import careersearch.schema.Schema;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Indexes the real corpus once for the whole class (about 20 s) and checks what came out: the
 * documents per type that the sources hold, the merged PyTorch tool, a seed job's salary and the
 * salary-band facet. Postings files are checked on a small corpus.
 */
class CorpusIndexerTest {
  private static final Map<DocType, Long> EXPECTED =
      Map.of(
          DocType.SECTION, 15L,
          DocType.SKILL, 10L,
          DocType.TOOL, 8_770L,
          DocType.OCCUPATION, 1_016L,
          DocType.JOB, 5L,
          DocType.SALARY_REPORT, 74_301L);

  @TempDir static Path tmp;

  private static CorpusIndexer.Summary summary;
  private static FSDirectory dir;
  private static DirectoryReader reader;
  private static IndexSearcher searcher;

  @BeforeAll
  static void indexTheRealCorpus() throws IOException {
    Path index = tmp.resolve("index");
    summary =
        new CorpusIndexer(TestCorpus.real(), false, CorpusIndexer.Progress.NONE).reindex(index);
    dir = FSDirectory.open(index);
    reader = DirectoryReader.open(dir);
    searcher = new IndexSearcher(reader);
  }

  @AfterAll
  static void close() throws IOException {
    if (reader != null) {
      reader.close();
    }
    if (dir != null) {
      dir.close();
    }
  }

  @Test
  void documentsPerTypeMatchTheSources() throws IOException {
    assertEquals(expectedCounts(), summary.documents());
    assertEquals(0, summary.skippedLines());
    assertEquals(List.of(), summary.problems());
  }

  @Test
  void theIndexHoldsThoseDocumentsOneCommitOfTheCurrentSchema() throws IOException {
    assertEquals(expectedCounts(), IndexProbe.counts(reader));
    long total = expectedCounts().values().stream().mapToLong(Long::longValue).sum();
    assertEquals(total, reader.numDocs());
    assertEquals(total, reader.maxDoc(), "no deleted documents in a fresh build");
    Map<String, String> userData = reader.getIndexCommit().getUserData();
    assertEquals(Integer.toString(Schema.VERSION), userData.get(Schema.COMMIT_SCHEMA_VERSION));
    assertTrue(userData.get(Schema.COMMIT_CURRENCY_RATES).contains("\"EUR\""), userData.toString());
    assertEquals(1, DirectoryReader.listCommits(dir).size());
  }

  @Test
  void pytorchIsOneToolWithTheArticleCategoryAndTheOnetOccupations() throws IOException {
    List<JsonNode> found = IndexProbe.sources(reader, "tool:pytorch");
    assertEquals(1, found.size());
    JsonNode pytorch = found.get(0);
    assertEquals("tool", pytorch.get("type").asText());
    assertEquals("PyTorch", pytorch.get("name").asText());
    assertEquals("PyTorch", pytorch.get("title").asText());
    assertEquals("Machine Learning Frameworks", strings(pytorch.get("categories")).get(0));
    assertEquals(List.of("Machine Learning Engineer"), strings(pytorch.get("roles")));
    assertEquals(List.of("PyTorch"), strings(pytorch.get("onet_names")));
    boolean dataScientists = false;
    for (JsonNode occupation : pytorch.get("occupations")) {
      dataScientists |=
          occupation.get("code").asText().equals("15-2051.00")
              && occupation.get("title").asText().equals("Data Scientists");
    }
    assertTrue(dataScientists, pytorch.get("occupations").toString());
    // no second document under another name: PyTorch is one tool, whatever it is called
    Query toolsTitledPytorch =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.TITLE, "pytorch")), Occur.FILTER)
            .add(new TermQuery(new Term(Fields.TYPE, DocType.TOOL.key())), Occur.FILTER)
            .build();
    assertEquals(1, searcher.count(toolsTitledPytorch));
  }

  @Test
  void seedJobKeepsItsPublishedAndNormalizedSalary() throws IOException {
    List<JsonNode> seniorDataScientists =
        IndexProbe.sourcesOfType(reader, DocType.JOB).stream()
            .filter(job -> job.get("title").asText().equals("Senior Data Scientist"))
            .toList();
    assertEquals(1, seniorDataScientists.size());
    JsonNode job = seniorDataScientists.get(0);
    assertEquals("murmuration", job.get("company").asText());
    assertEquals("senior", job.get("seniority").asText());
    JsonNode salary = job.get("salary");
    assertEquals(120_000, salary.get("min").asLong());
    assertEquals(150_000, salary.get("max").asLong());
    assertEquals("USD", salary.get("currency").asText());
    assertEquals("year", salary.get("period").asText());
    assertEquals(120_000, salary.get("min_usd_year").asLong());
    assertEquals(150_000, salary.get("max_usd_year").asLong());
    assertTrue(job.get("id").asText().matches("job:[0-9a-f]{16}"), job.get("id").asText());
  }

  /**
   * The five seed salaries (USD a year) are 100-130K, 120-150K, 75-150K, 85-185K and 95-192K. A
   * range is in a band when {@code min < to && max >= from}, so: 50k-100k has the three starting
   * below 100K; 100k-150k all five (each starts below 150K and reaches 100K); 150k-200k the four
   * reaching 150K (all but 100-130K); no job is under 50K or reaches 200K.
   */
  @Test
  void jobsPerSalaryBand() throws IOException {
    Map<String, Long> expected = new LinkedHashMap<>();
    expected.put("50k-100k", 3L);
    expected.put("100k-150k", 5L);
    expected.put("150k-200k", 4L);
    assertEquals(expected, bandCounts(DocType.JOB));
  }

  /** A report is a single figure, so it is in exactly one band; counted here from the CSV. */
  @Test
  void everySalaryReportIsInTheBandOfItsUsdFigure() throws IOException {
    long[] edges = {50_000, 100_000, 150_000, 200_000, 300_000};
    String[] keys = {"under-50k", "50k-100k", "100k-150k", "150k-200k", "200k-300k", "300k-plus"};
    Map<String, Long> expected = new LinkedHashMap<>();
    try (Stream<String> rows = Files.lines(TestCorpus.real("aijobs-salaries/salaries.csv"))) {
      rows.skip(1)
          .forEach(
              row -> {
                // salary_in_usd is the fifth column from the end; only job_title may hold commas
                String[] columns = row.split(",");
                long usd = Long.parseLong(columns[columns.length - 5]);
                int band = 0;
                while (band < edges.length && usd >= edges[band]) {
                  band++;
                }
                expected.merge(keys[band], 1L, Long::sum);
              });
    }
    Map<String, Long> actual = bandCounts(DocType.SALARY_REPORT);
    assertEquals(74_301L, actual.values().stream().mapToLong(Long::longValue).sum());
    assertEquals(sortedByKey(expected), sortedByKey(actual));
  }

  /** A JSONL file anywhere under postings/ is indexed; other files there are not. */
  @Test
  void postingsFilesOfTheCorpusAreIndexed(@TempDir Path dir) throws IOException {
    TestCorpus small = TestCorpus.small(dir.resolve("shared"));
    Path corpus = small.newCorpus(dir.resolve("corpus"), "acme.jsonl", TestCorpus.postings("a", 3));
    TestCorpus.writePostings(corpus, "team/beta.jsonl", TestCorpus.postings("b", 2));
    TestCorpus.writePostings(corpus, "notes.txt", "not a posting");
    Path index = dir.resolve("index");

    CorpusIndexer.Summary built =
        new CorpusIndexer(corpus, false, CorpusIndexer.Progress.NONE).reindex(index);

    assertEquals(5 + 3 + 2, built.documents().get(DocType.JOB));
    try (FSDirectory d = FSDirectory.open(index);
        DirectoryReader r = DirectoryReader.open(d)) {
      assertEquals(10, IndexProbe.jobs(r));
      JsonNode b2 = IndexProbe.sources(r, "b-2").get(0);
      assertEquals("Data Engineer 2", b2.get("title").asText());
      assertEquals("postings/team/beta.jsonl:2", b2.get("source").asText());
      assertEquals(TestCorpus.SURVEY_ROWS, IndexProbe.counts(r).get(DocType.SALARY_REPORT));
    }
  }

  /** The counts above, plus any real postings someone has added to corpus/postings. */
  private static Map<DocType, Long> expectedCounts() throws IOException {
    Map<DocType, Long> expected = new EnumMap<>(EXPECTED);
    expected.merge(DocType.JOB, realPostingLines(), Long::sum);
    return expected;
  }

  private static long realPostingLines() throws IOException {
    long lines = 0;
    try (Stream<Path> files = Files.walk(TestCorpus.real("postings"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".jsonl")).toList()) {
        try (Stream<String> s = Files.lines(file)) {
          lines += s.filter(line -> !line.isBlank()).count();
        }
      }
    }
    return lines;
  }

  /** Documents of one type per salary band, counted from the doc-values facets. */
  private static Map<String, Long> bandCounts(DocType type) throws IOException {
    SortedSetDocValuesReaderState state =
        new DefaultSortedSetDocValuesReaderState(reader, FacetDim.facetsConfig());
    FacetsCollector collected =
        searcher.search(
            new TermQuery(new Term(Fields.TYPE, type.key())), new FacetsCollectorManager());
    Facets facets = new SortedSetDocValuesFacetCounts(state, collected);
    FacetResult result = facets.getTopChildren(10, FacetDim.SALARY_BAND.param());
    Map<String, Long> counts = new LinkedHashMap<>();
    if (result != null) {
      for (LabelAndValue lv : result.labelValues) {
        counts.put(lv.label, lv.value.longValue());
      }
    }
    return counts;
  }

  private static Map<String, Long> sortedByKey(Map<String, Long> map) {
    return new java.util.TreeMap<>(map);
  }
}
