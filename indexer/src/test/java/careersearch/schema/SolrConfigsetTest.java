package careersearch.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Solr configset in the repository is exactly what {@link SolrConfigset} generates from the
 * schema declaration and the corpus's synonym files: change a field, an analyzer or a synonym and
 * this fails until the configset is regenerated.
 */
class SolrConfigsetTest {
  private static Path repo() {
    return Files.isDirectory(Path.of("../solr/configset")) ? Path.of("..") : Path.of(".");
  }

  @Test
  void checkedInConfigsetMatchesTheGenerator() throws Exception {
    Map<String, String> expected = SolrConfigset.forCorpus(repo().resolve("corpus"));
    Map<String, String> actual = SolrConfigset.read(repo().resolve("solr/configset"));
    assertEquals(expected.keySet(), actual.keySet());
    for (String file : expected.keySet()) {
      assertEquals(
          expected.get(file),
          actual.get(file),
          "solr/configset/"
              + file
              + " differs from the schema declaration; regenerate it with: java -cp"
              + " indexer/target/careersearch-indexer.jar careersearch.schema.SolrConfigset"
              + " corpus solr/configset");
    }
  }

  @Test
  void schemaDeclaresEveryFieldAndFacetWithTheAnalyzerChain() {
    String schema = SolrConfigset.schema();
    for (String field :
        new String[] {
          Fields.ID,
          Fields.TYPE,
          Fields.TITLE,
          Fields.BODY,
          Fields.TAGS,
          Fields.SPELL,
          Fields.TITLE_KEY,
          Fields.SOURCE,
          Fields.SALARY_MIN_USD,
          Fields.SALARY_MAX_USD,
          Fields.POSTED_DAY,
          Fields.ORDER,
          Fields.YEAR
        }) {
      assertTrue(schema.contains("<field name=\"" + field + "\""), field);
    }
    for (FacetDim dim : FacetDim.values()) {
      assertTrue(schema.contains("<field name=\"" + dim.param() + "\""), dim.param());
    }
    assertTrue(schema.contains("<charFilter name=\"mapping\" mapping=\"tech-names.txt\"/>"));
    assertTrue(
        schema.contains(
            "<filter name=\"synonymGraph\" synonyms=\"synonyms.txt,query-synonyms.txt\""));
    // synonyms apply at query time only: the index analyzer has no synonym graph to flatten
    assertFalse(schema.contains("flattenGraph"));
    assertEquals(1, schema.split("synonymGraph", -1).length - 1);
    assertTrue(SolrConfigset.solrconfig().contains("ExactStatsCache"));
  }
}
