package careersearch.server.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.indexer.DocumentVectors;
import careersearch.indexer.IndexSession;
import careersearch.indexer.generator.SectionDocument;
import careersearch.indexer.model.ArticleSection;
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
 * A long section is found by its one sentence that answers the query, although the section as a
 * whole is about something else ({@link ConceptEmbedder}: three sentences on pay, one on a
 * rollout), and that sentence is its snippet, read from the index.
 */
class PassageSearchTest {
  static final ArticleSection PAY =
      new ArticleSection(
          "section:pay",
          List.of("Pay"),
          List.of(),
          1,
          "Compensation and payroll are set yearly by the payroll office. Compensation reviews"
              + " follow the payroll calendar each year. Payroll questions go to compensation"
              + " staff at any time. Serving of a new payroll tool starts soon.");
  static final ArticleSection PAY_ONLY =
      new ArticleSection(
          "section:pay-only",
          List.of("Payroll"),
          List.of(),
          2,
          "Compensation and payroll are set yearly by the payroll office.");

  /**
   * Sections with the word "ledger", as many as a keyword's words need to leave the meaning out.
   */
  static final int LEDGERS = SemanticMatches.NEIGHBOURS;

  @TempDir static Path dir;
  static IndexSearchers searchers;
  static SearchService service;

  @BeforeAll
  static void build() throws Exception {
    DocumentVectors vectors = ConceptEmbedder.registeredVectors();
    try (IndexSession session = IndexSession.open(dir, OpenMode.CREATE)) {
      List<ArticleSection> sections = new java.util.ArrayList<>(List.of(PAY, PAY_ONLY));
      for (int i = 0; i < LEDGERS; i++) {
        sections.add(
            new ArticleSection(
                "section:ledger-" + i,
                List.of("Ledger " + i),
                List.of(),
                3 + i,
                "Ledger entry " + i + " of the payroll office."));
      }
      for (ArticleSection section : sections) {
        session.add(
            vectors.add(
                SectionDocument.build(section),
                SectionDocument.meaning(section),
                SectionDocument.passages(section)));
      }
      session.commit(vectors.commitData());
    }
    searchers = new IndexSearchers(dir, Duration.ofHours(1));
    service = new SearchService(searchers);
  }

  @AfterAll
  static void close() throws Exception {
    searchers.close();
  }

  @Test
  void theSectionsSentencesAreKeptWithTheirVectors() {
    assertEquals(4, SectionDocument.passages(PAY).size());
    assertEquals(
        "Serving of a new payroll tool starts soon.", SectionDocument.passages(PAY).get(3));
  }

  @Test
  void aLongSectionIsFoundByItsBestSentenceAndShowsIt() {
    // whole section: cosine 1 / sqrt(1 + 7^2 + 0.2^2) = 0.14, below the neighbours' 0.30; its
    // last sentence: 1 / sqrt(1 + 1 + 0.04) = 0.70
    SearchResponse r = Searches.search(service, "q", "rollout", "mode", "semantic");
    assertEquals(1, r.total());
    Map<String, Object> hit = r.hits().get(0);
    assertEquals("section:pay", hit.get("id"));
    assertEquals("Serving of a new payroll tool starts soon.", hit.get("snippet"));
    assertEquals((1 + 1 / Math.sqrt(2.04)) / 2, ((Number) hit.get("score")).doubleValue(), 1e-4);
  }

  @Test
  void hybridCountsWhatTheSentencesFound() {
    SearchResponse r = Searches.search(service, "q", "rollout");
    assertEquals(List.of("section:pay"), r.hits().stream().map(h -> h.get("id")).toList());
    assertTrue(r.facets().get("type").stream().anyMatch(f -> f.count() == 1));
  }

  @Test
  void keywordsWhoseWordsMatchEnoughCountTheWordMatchesOnly() {
    // 50 sections say "ledger"; their neighbours by meaning (payroll) are the two pay sections
    SearchResponse r = Searches.search(service, "q", "ledger");
    assertEquals("hybrid", r.query().get("mode"));
    assertEquals(LEDGERS, r.total());
    for (Map<String, Object> hit : r.hits()) {
      assertEquals(List.of("words"), hit.get("matched_by"));
    }
  }

  @Test
  void keywordsWithFewWordMatchesGetTheNeighboursToo() {
    // "compensation" is written in the two pay sections only; the ledgers mean payroll too
    SearchResponse words = Searches.search(service, "q", "compensation", "mode", "lexical");
    assertEquals(2, words.total());
    SearchResponse r = Searches.search(service, "q", "compensation");
    assertEquals(2 + LEDGERS, r.total());
    // the word matches first, then the neighbours
    assertEquals(
        java.util.Set.of("section:pay-only", "section:pay"),
        java.util.Set.copyOf(r.hits().stream().map(h -> h.get("id")).limit(2).toList()));
  }
}
