package careersearch.server.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.indexer.DocumentVectors;
import careersearch.indexer.IndexSession;
import careersearch.indexer.generator.JobDocument;
import careersearch.indexer.generator.SectionDocument;
import careersearch.indexer.generator.ToolDocument;
import careersearch.indexer.model.ArticleSection;
import careersearch.indexer.model.JobPosting;
import careersearch.server.TestIndex;
import careersearch.server.TestPostings;
import careersearch.server.api.BadRequestException;
import careersearch.server.api.SearchRequestParser;
import careersearch.server.api.SearchResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hybrid search over the small test index plus two documents about serving models in production,
 * with vectors from {@link ConceptEmbedder}: "rollout" shares no word with the section, only a
 * meaning, and the posting has it in its title.
 */
class HybridSearchTest {
  static final ArticleSection DEPLOYING =
      new ArticleSection(
          "section:deploying",
          List.of("Operations", "Deploying"),
          List.of("Machine Learning Engineer"),
          2,
          "Write weekly notes for the team. Serving models in production environments.");
  static final JobPosting MLOPS =
      new TestPostings("test", "https://example.org/")
          .job(
              "j7",
              "Model Serving Engineer",
              "Delta",
              "Berlin",
              "onsite",
              List.of("full_time"),
              "mid",
              null,
              "2026-02-15",
              "Own the platform of our team.",
              List.of());

  @TempDir static Path dir;
  static IndexSearchers searchers;
  static SearchService service;

  @BeforeAll
  static void build() throws Exception {
    DocumentVectors vectors = ConceptEmbedder.registeredVectors();
    try (IndexSession session = IndexSession.open(dir, OpenMode.CREATE)) {
      for (JobPosting job : TestIndex.JOBS) {
        session.add(vectors.add(JobDocument.build(job), JobDocument.meaning(job)));
      }
      session.add(vectors.add(JobDocument.build(MLOPS), JobDocument.meaning(MLOPS)));
      session.add(
          vectors.add(
              ToolDocument.build(TestIndex.PYTORCH), ToolDocument.meaning(TestIndex.PYTORCH)));
      session.add(
          vectors.add(
              SectionDocument.build(TestIndex.SECTION),
              SectionDocument.meaning(TestIndex.SECTION)));
      session.add(
          vectors.add(SectionDocument.build(DEPLOYING), SectionDocument.meaning(DEPLOYING)));
      session.commit(vectors.commitData());
    }
    searchers = new IndexSearchers(dir, Duration.ofHours(1));
    service = new SearchService(searchers);
  }

  @AfterAll
  static void close() throws Exception {
    searchers.close();
  }

  static SearchResponse search(String... pairs) {
    return Searches.search(service, pairs);
  }

  static List<String> ids(SearchResponse r) {
    return r.hits().stream().map(h -> (String) h.get("id")).toList();
  }

  static long count(SearchResponse r, String dim, String value) {
    return r.facets().get(dim).stream()
        .filter(f -> f.value().equals(value))
        .mapToLong(SearchResponse.FacetValue::count)
        .findFirst()
        .orElse(0);
  }

  @Test
  void hybridIsTheDefaultAndFindsByMeaningWhatNoWordMatches() {
    SearchResponse r = search("q", "rollout");
    assertEquals("hybrid", r.query().get("mode"));
    assertEquals(2, r.total());
    assertEquals(List.of("j7", "section:deploying"), ids(r).stream().sorted().toList());
    assertEquals(1, count(r, "type", "job"));
    assertEquals(1, count(r, "type", "section"));
    for (Map<String, Object> hit : r.hits()) {
      assertEquals(List.of("meaning"), hit.get("matched_by"));
    }
  }

  @Test
  void aHitFoundOnlyByMeaningShowsItsSentenceClosestToTheQuery() {
    Map<String, Object> section =
        search("q", "rollout").hits().stream()
            .filter(h -> h.get("id").equals("section:deploying"))
            .findFirst()
            .orElseThrow();
    assertEquals("Serving models in production environments.", section.get("snippet"));
  }

  @Test
  void lexicalModeFindsByWordsOnly() {
    SearchResponse r = search("q", "rollout", "mode", "lexical");
    assertEquals("lexical", r.query().get("mode"));
    assertEquals(0, r.total());
    SearchResponse pytorch = search("q", "pytorch", "mode", "lexical");
    assertFalse(pytorch.hits().isEmpty());
    assertNull(pytorch.hits().get(0).get("matched_by"));
  }

  @Test
  void hybridFusesTheRankingsOfASentenceByRankAndCountsTheUnion() {
    String q = "pytorch and rollout";
    SearchResponse words = search("q", q, "mode", "lexical", "size", "50");
    SearchResponse meaning = search("q", q, "mode", "semantic", "size", "50");
    SearchResponse both = search("q", q, "size", "50");
    List<String> lexical = ids(words);
    List<String> semantic = ids(meaning);
    assertEquals(2, semantic.size());
    assertTrue(lexical.size() >= 3, lexical.toString());
    // nothing is both: the union is the sum
    assertEquals(words.total() + meaning.total(), both.total());
    // a sentence weighs the meaning twice: its two neighbours lead, then the words' hits
    assertEquals(
        List.of(semantic.get(0), semantic.get(1), lexical.get(0), lexical.get(1), lexical.get(2)),
        ids(both).subList(0, 5));
    assertEquals(List.of("meaning"), both.hits().get(0).get("matched_by"));
    assertEquals(List.of("words"), both.hits().get(2).get("matched_by"));
  }

  @Test
  void keywordsRankByWordsAndTheNeighboursFollow() {
    SearchResponse words = search("q", "pytorch rollout", "mode", "lexical", "size", "50");
    SearchResponse both = search("q", "pytorch rollout", "size", "50");
    List<String> lexical = ids(words);
    assertEquals(lexical, ids(both).subList(0, lexical.size()));
    assertEquals(
        List.of("j7", "section:deploying"),
        ids(both).subList(lexical.size(), lexical.size() + 2).stream().sorted().toList());
    assertEquals(words.total() + 2, both.total());
  }

  @Test
  void semanticModeFiltersTheNeighboursAndCountsTheOtherValuesSideways() {
    SearchResponse r = search("q", "rollout", "mode", "semantic", "type", "job");
    assertEquals("semantic", r.query().get("mode"));
    assertEquals(List.of("j7"), ids(r));
    assertEquals(1, r.total());
    // the type facet counts what a click on another type would find
    assertEquals(1, count(r, "type", "job"));
    assertEquals(1, count(r, "type", "section"));
    assertEquals(0, count(r, "type", "tool"));
  }

  @Test
  void fieldSortsOrderTheUnion() {
    SearchResponse r = search("q", "rollout", "sort", "date_desc");
    assertEquals(List.of("j7", "section:deploying"), ids(r));
  }

  @Test
  void aQueryAboutNothingHereFindsNothingByMeaning() {
    assertEquals(0, search("q", "zzzzqqq").total());
  }

  @Test
  void semanticModeNeedsQueryText() {
    BadRequestException e =
        assertThrows(BadRequestException.class, () -> search("mode", "semantic", "type", "job"));
    assertEquals(
        "mode=semantic needs q: documents are found by their closeness to its meaning",
        e.getMessage());
  }

  @Test
  void anIndexWithoutVectorsSearchesByWordsAndSaysWhyOtherModesCannot(@TempDir Path plain)
      throws Exception {
    TestIndex.build(plain);
    try (IndexSearchers words = new IndexSearchers(plain, Duration.ofHours(1))) {
      SearchService lexicalOnly = new SearchService(words);
      SearchResponse r =
          lexicalOnly.search(SearchRequestParser.parse(Map.of("q", List.of("pytorch"))));
      assertEquals("lexical", r.query().get("mode"));
      BadRequestException e =
          assertThrows(
              BadRequestException.class,
              () ->
                  lexicalOnly.search(
                      SearchRequestParser.parse(
                          Map.of("q", List.of("pytorch"), "mode", List.of("hybrid")))));
      assertEquals(
          "mode=hybrid needs an index with meaning vectors; this one was built without an embedder"
              + " (-Dcareersearch.embedder=none): use mode=lexical, or rebuild the index",
          e.getMessage());
    }
  }

  @Test
  void anUnknownModeListsTheAllowedOnes() {
    BadRequestException e =
        assertThrows(BadRequestException.class, () -> search("q", "x", "mode", "fuzzy"));
    assertEquals("unknown mode 'fuzzy'; allowed values: hybrid, lexical, semantic", e.getMessage());
  }
}
