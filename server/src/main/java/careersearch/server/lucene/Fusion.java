package careersearch.server.lucene;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;

/**
 * Reciprocal rank fusion of the lexical and the semantic ranking, as Elasticsearch's and
 * OpenSearch's hybrid search: a document's score is the sum over the rankings that have it of
 * {@code weight / (RANK_CONSTANT + rank)}. Ranks, not scores, are fused, since BM25 and cosine are
 * on scales that cannot be compared. Ties go to the lexical order, then to the index order.
 */
final class Fusion {
  /** The usual constant: the top ranks of either list count about the same. */
  static final int RANK_CONSTANT = 60;

  /** The lexical ranking's weight: it carries the query's interpretation and boosts. */
  static final float LEXICAL_WEIGHT = 1.0f;

  /** The semantic ranking's weight. */
  static final float SEMANTIC_WEIGHT = 1.0f;

  private Fusion() {}

  /** The fused ranking of both lists, best first, scored by the fused score. */
  static ScoreDoc[] fuse(ScoreDoc[] lexical, ScoreDoc[] semantic) {
    Map<Integer, ScoreDoc> fused = new HashMap<>();
    List<ScoreDoc> order = new ArrayList<>();
    add(lexical, LEXICAL_WEIGHT, fused, order);
    add(semantic, SEMANTIC_WEIGHT, fused, order);
    // a stable sort keeps the lexical order among equal fused scores
    List<ScoreDoc> ranked = new ArrayList<>(order);
    ranked.sort((a, b) -> Float.compare(b.score, a.score));
    return ranked.toArray(ScoreDoc[]::new);
  }

  private static void add(
      ScoreDoc[] ranking, float weight, Map<Integer, ScoreDoc> fused, List<ScoreDoc> order) {
    for (int rank = 0; rank < ranking.length; rank++) {
      float share = weight / (RANK_CONSTANT + rank + 1);
      ScoreDoc hit = fused.get(ranking[rank].doc);
      if (hit == null) {
        hit = new ScoreDoc(ranking[rank].doc, 0);
        fused.put(hit.doc, hit);
        order.add(hit);
      }
      hit.score += share;
    }
  }
}
