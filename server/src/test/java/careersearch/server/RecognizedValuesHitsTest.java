package careersearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import careersearch.indexer.IndexSession;
import careersearch.indexer.generator.JobDocument;
import careersearch.indexer.model.JobPosting;
import careersearch.server.api.SearchRequestParser;
import careersearch.server.api.SearchResponse;
import careersearch.server.lucene.IndexSearchers;
import careersearch.server.lucene.SearchService;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which documents are hits of a query with recognized values: those with a topic word or with a
 * recognized value. A recognized value's words as text ("Senior" and "Remote" in a title) only rank
 * the hits, unless nothing else matches.
 */
class RecognizedValuesHitsTest {
  @TempDir static Path dir;
  private static IndexSearchers searchers;
  private static SearchService service;

  @BeforeAll
  static void index() throws IOException {
    List<JobPosting> jobs =
        List.of(
            // the words, but neither value: not a hit of "PyTorch remote senior"
            TestIndex.POSTINGS.job(
                "words-only",
                "Senior Remote Sensing Analyst",
                "Acme",
                "Berlin",
                "onsite",
                List.of("full_time"),
                "mid",
                null,
                "2026-01-10",
                "Analyse remote sensing data; senior staff review it.",
                List.of("ArcGIS")),
            TestIndex.POSTINGS.job(
                "pytorch",
                "Machine Learning Engineer",
                "Beta",
                "Paris",
                "onsite",
                List.of("full_time"),
                "mid",
                null,
                "2026-01-11",
                "Train models.",
                List.of("PyTorch")),
            TestIndex.POSTINGS.job(
                "remote-senior",
                "Data Engineer",
                "Gamma",
                "Lisbon",
                "remote",
                List.of("full_time"),
                "senior",
                null,
                "2026-01-12",
                "Build pipelines.",
                List.of("Spark")),
            TestIndex.POSTINGS.job(
                "senior-onsite",
                "Backend Developer",
                "Delta",
                "Rome",
                "onsite",
                List.of("contract"),
                "senior",
                null,
                "2026-01-13",
                "Write services.",
                List.of("Go")));
    try (IndexSession session = IndexSession.open(dir, OpenMode.CREATE)) {
      for (JobPosting job : jobs) {
        session.add(JobDocument.build(job));
      }
      session.commit(Map.of());
    }
    searchers = new IndexSearchers(dir, Duration.ofHours(1));
    service = new SearchService(searchers);
  }

  @AfterAll
  static void close() throws IOException {
    searchers.close();
  }

  private static SearchResponse search(String query) {
    Map<String, List<String>> params =
        Stream.of(query.split("&"))
            .map(p -> p.split("=", 2))
            .collect(Collectors.toMap(p -> p[0], p -> List.of(p[1])));
    return service.search(SearchRequestParser.parse(params));
  }

  private static List<Object> ids(SearchResponse r) {
    return r.hits().stream().map(h -> h.get("id")).toList();
  }

  private static Map<String, Long> counts(SearchResponse r, String dim) {
    return r.facets().get(dim).stream()
        .collect(Collectors.toMap(SearchResponse.FacetValue::value, v -> v.count()));
  }

  @Test
  void hitsHaveATopicWordOrARecognizedValue() {
    SearchResponse r = search("q=PyTorch remote senior");
    assertEquals(3, r.total());
    // both values first, then one value, then the topic alone (a boost is worth more than a word)
    assertEquals(List.of("remote-senior", "senior-onsite", "pytorch"), ids(r));
    assertEquals(Map.of("mid", 1L, "senior", 2L), withoutZeros(counts(r, "seniority")));
    assertEquals(Map.of("onsite", 2L, "remote", 1L), withoutZeros(counts(r, "remote")));
  }

  @Test
  void recognizedValuesCountWithFilters() {
    // every hit is counted from per-profile tallies or visited: the same numbers either way
    SearchResponse r = search("q=remote senior&seniority=senior&employment=contract");
    assertEquals(List.of("senior-onsite"), ids(r));
    // seniority ignores its own filter: the contract hits are senior only
    assertEquals(Map.of("senior", 1L), withoutZeros(counts(r, "seniority")));
    // employment ignores its own: remote or senior, and senior
    assertEquals(Map.of("contract", 1L, "full_time", 1L), withoutZeros(counts(r, "employment")));
  }

  @Test
  void aRecognizedValueAloneFindsItsDocuments() {
    // "jobs" is the type, with no words of its own: the query is the value's boost alone
    SearchResponse r = search("q=jobs");
    assertEquals(4, r.total());
    // the same boost for every posting: index order
    assertEquals(List.of("words-only", "pytorch", "remote-senior", "senior-onsite"), ids(r));
  }

  @Test
  void theWordsMatchWhenNothingElseDoes() {
    // no remote posting is mid level: the title words are better than nothing
    SearchResponse r = search("q=remote&seniority=mid");
    assertEquals(List.of("words-only"), ids(r));
    assertEquals(1, r.total());
  }

  private static Map<String, Long> withoutZeros(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
