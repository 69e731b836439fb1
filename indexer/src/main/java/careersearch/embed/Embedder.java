package careersearch.embed;

import java.util.List;

/**
 * Turns texts into unit-length vectors whose dot product says how close their meanings are. The one
 * seam between careersearch and a sentence-embedding model: the indexer embeds documents with it,
 * the server embeds queries with the same one (the index records its {@link #name()}).
 */
public interface Embedder {
  /** Names the model and its version; vectors of two embedders with different names never mix. */
  String name();

  /** The length of every vector. */
  int dimension();

  /** One unit-length vector per document text, in order. Safe to call from several threads. */
  List<float[]> embed(List<String> texts);

  /** One vector per query, to compare with documents' vectors (some models mark the side). */
  default List<float[]> embedQueries(List<String> queries) {
    return embed(queries);
  }

  default float[] embed(String text) {
    return embed(List.of(text)).get(0);
  }

  /** Scales {@code v} to unit length in place (a zero vector stays zero); returns it. */
  static float[] normalize(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += x * x;
    }
    if (sum > 0) {
      float inverse = (float) (1 / Math.sqrt(sum));
      for (int i = 0; i < v.length; i++) {
        v[i] *= inverse;
      }
    }
    return v;
  }

  /** The dot product: the cosine of two unit-length vectors. */
  static float dot(float[] a, float[] b) {
    float sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
