package careersearch.embed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A deterministic stand-in for a model, for fast tests: each word (lower-cased, with a plural "s"
 * dropped) and each of its three-letter pieces adds to one of 64 coordinates chosen by its hash. So
 * texts that share words or word pieces are close, and nothing else is: it knows no synonyms. Never
 * the default; selected with {@code -Dcareersearch.embedder=hashing}.
 */
public final class HashingEmbedder implements Embedder {
  public static final String NAME = "hashing-64";
  private static final int DIMENSION = 64;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    List<float[]> vectors = new ArrayList<>(texts.size());
    for (String text : texts) {
      vectors.add(vector(text));
    }
    return vectors;
  }

  private static float[] vector(String text) {
    float[] v = new float[DIMENSION];
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (word.isEmpty()) {
        continue;
      }
      String stem =
          word.length() > 3 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
      add(v, stem, 1f);
      for (int i = 0; i + 3 <= stem.length(); i++) {
        add(v, "#" + stem.substring(i, i + 3), 0.3f);
      }
    }
    return Embedder.normalize(v);
  }

  private static void add(float[] v, String feature, float weight) {
    int hash = feature.hashCode() * 0x9E3779B1;
    v[Math.floorMod(hash, DIMENSION)] += (hash & 0x10000) == 0 ? weight : -weight;
  }
}
