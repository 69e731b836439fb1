package careersearch.server.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.embed.Embedders;
import careersearch.indexer.CorpusIndexer;
import careersearch.server.ModelCorpus;
import careersearch.server.RealCorpus;
import careersearch.server.api.SearchRequestParser;
import careersearch.server.api.SearchResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled corpus with the product's model, as the README's run command serves it. */
class HybridRealCorpusTest {
  static Path dir;
  static CorpusIndexer.Summary built;
  static IndexSearchers searchers;
  static SearchService service;

  @BeforeAll
  static void build() throws Exception {
    dir = ModelCorpus.index();
    built = ModelCorpus.summary();
    searchers = new IndexSearchers(dir, Duration.ofHours(1));
    service = new SearchService(searchers);
  }

  @AfterAll
  static void close() throws Exception {
    searchers.close();
  }

  static List<String> top(String q, String mode, int n) {
    SearchResponse r =
        service.search(
            SearchRequestParser.parse(
                mode == null
                    ? Map.of("q", List.of(q))
                    : Map.of("q", List.of(q), "mode", List.of(mode))));
    return r.hits().stream().map(h -> (String) h.get("id")).limit(n).toList();
  }

  @Test
  void everyDocumentButTheSalaryReportsGetsAVectorEmbeddedOnce() {
    long withVectors =
        built.total() - built.documents().get(careersearch.schema.DocType.SALARY_REPORT);
    // texts shared by several documents are embedded once; a section's sentences each too
    long sentences =
        careersearch.indexer.generator.SectionDocument.MAX_PASSAGES
            * built.documents().get(careersearch.schema.DocType.SECTION);
    assertTrue(built.vectors().embedded() <= withVectors + sentences, built.vectors().summary());
    assertTrue(built.vectors().embedded() > 9_000, built.vectors().summary());
    assertEquals(0, built.vectors().reused());
  }

  @Test
  void hybridIsTheDefaultOnTheCorpus() {
    SearchResponse r = service.search(SearchRequestParser.parse(Map.of("q", List.of("pytorch"))));
    assertEquals("hybrid", r.query().get("mode"));
  }

  @Test
  void questionsFindTheSectionsThatAnswerThem() {
    assertTrue(
        top("which industries hire machine learning engineers", null, 3)
            .contains("section:common-industries"));
    // the section holds the answer in one bullet: found by that sentence's vector
    List<String> deploying = top("deploying models to production", null, 3);
    assertTrue(
        deploying.contains("section:responsibilities/machine-learning-engineer-responsibilities"),
        deploying.toString());
    List<String> difference =
        top("difference between ml engineer and data science engineer", "semantic", 3);
    assertTrue(difference.contains("section:introduction"), difference.toString());
    assertTrue(difference.contains("section:conclusion"), difference.toString());
  }

  @Test
  void aRebuildReusesEveryVectorOfAnUnchangedCorpus(@TempDir Path copy) throws Exception {
    java.nio.file.Files.copy(dir.resolve("text-vectors.bin"), copy.resolve("text-vectors.bin"));
    CorpusIndexer.Summary again =
        new CorpusIndexer(RealCorpus.corpusDir(), false, CorpusIndexer.Progress.NONE)
            .embeddingWith(Embedders.named(Embedders.PRODUCT))
            .reindex(copy);
    assertEquals(0, again.vectors().embedded(), again.vectors().summary());
    assertEquals(built.vectors().embedded(), again.vectors().reused());
  }
}
