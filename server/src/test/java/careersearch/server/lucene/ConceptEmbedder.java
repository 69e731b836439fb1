package careersearch.server.lucene;

import careersearch.embed.Embedder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A test double whose meanings are known: each word of a concept adds to that concept's coordinate,
 * and every text has a little of a last one. So "rollout" is close to a text about "serving" in
 * "production", and far from anything else, although they share no word.
 */
final class ConceptEmbedder implements Embedder {
  static final String NAME = "concepts-test";
  private static final List<List<String>> CONCEPTS =
      List.of(List.of("rollout", "serving", "production"), List.of("compensation", "payroll"));

  /** Registers a new one (so an index it built opens with it) and gives vectors through it. */
  static careersearch.indexer.DocumentVectors registeredVectors() {
    ConceptEmbedder embedder = new ConceptEmbedder();
    careersearch.embed.Embedders.register(embedder);
    return careersearch.indexer.DocumentVectors.of(careersearch.embed.TextVectors.fresh(embedder));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int dimension() {
    return CONCEPTS.size() + 1;
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    return vectors(texts, 0.2f);
  }

  @Override
  public List<float[]> embedQueries(List<String> queries) {
    return vectors(queries, 0f);
  }

  private static List<float[]> vectors(List<String> texts, float rest) {
    List<float[]> vectors = new ArrayList<>();
    for (String text : texts) {
      float[] v = new float[CONCEPTS.size() + 1];
      for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
        for (int c = 0; c < CONCEPTS.size(); c++) {
          if (CONCEPTS.get(c).contains(word)) {
            v[c] += 1;
          }
        }
      }
      v[CONCEPTS.size()] = rest;
      vectors.add(Embedder.normalize(v));
    }
    return vectors;
  }
}
