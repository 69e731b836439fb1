package careersearch.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The product's model, loaded from the class path as the server loads it. */
class OnnxEmbedderTest {
  static final Embedder MODEL = Embedders.named(Embedders.PRODUCT);

  @Test
  void aParaphraseIsCloserThanAnUnrelatedText() {
    float[] query =
        MODEL.embedQueries(List.of("putting machine learning models into production")).get(0);
    List<float[]> docs =
        MODEL.embed(
            List.of(
                "Deploying trained ML models to serve predictions in live systems",
                "Building wooden scale models of furniture for a showroom"));
    float paraphrase = Embedder.dot(query, docs.get(0));
    float unrelated = Embedder.dot(query, docs.get(1));
    assertTrue(paraphrase > unrelated + 0.1f, paraphrase + " vs " + unrelated);
  }

  @Test
  void vectorsAreUnitLengthOfTheModelsDimensionAndRepeatable() {
    List<float[]> twice = MODEL.embed(List.of("Data Scientist", "Data Scientist"));
    assertEquals(384, twice.get(0).length);
    assertEquals(1.0, Embedder.dot(twice.get(0), twice.get(0)), 1e-4);
    assertArrayEquals(twice.get(0), twice.get(1), 1e-6f);
  }

  @Test
  void anUnknownEmbedderNameIsAClearError() {
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> Embedders.named("word2vec"));
    assertEquals(
        "unknown embedder 'word2vec' in -Dcareersearch.embedder; use minilm, hashing or none",
        e.getMessage());
    IllegalArgumentException missing =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> Embedders.forIndex("gone-model@1"));
    assertTrue(missing.getMessage().contains("'gone-model@1', which this build does not have"));
  }
}
