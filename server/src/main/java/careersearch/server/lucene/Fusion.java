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

  /**
   * The semantic ranking's weight for a query that reads as a sentence ("which industries hire
   * ..."), whose words say less than its meaning; {@code -Dcareersearch.fusion.sentence-weight}
   * overrides it for tuning runs. Tuned on the judged sets: question nDCG@10 0.459 at 2, 0.490 at
   * 4, 0.533 at 8, 0.542 at 16 (the words then hardly count); other categories the same or better.
   */
  static final float SENTENCE_WEIGHT =
      Float.parseFloat(System.getProperty("careersearch.fusion.sentence-weight", "8.0"));

  /**
   * The semantic ranking's weight for keywords ("pytorch remote senior"): none, the words rank and
   * the neighbours only follow the word matches, since any weight cost the keyword categories of
   * the judged set (0.8048 nDCG@10 by words; 0.766 at weight 1, 0.787 at 0.3).
   */
  static final float KEYWORDS_WEIGHT =
      Float.parseFloat(System.getProperty("careersearch.fusion.keywords-weight", "0"));

  /** Words that make a query a sentence rather than keywords. */
  private static final java.util.Set<String> SENTENCE_WORDS =
      java.util.Set.of(
          "how",
          "what",
          "which",
          "why",
          "who",
          "when",
          "where",
          "vs",
          "versus",
          "difference",
          "should",
          "can",
          "do",
          "does",
          "is",
          "are",
          "the",
          "a",
          "an",
          "to",
          "for",
          "of",
          "in",
          "into",
          "with",
          "between",
          "and",
          "i",
          "my");

  /** Whether the query reads as a sentence: three words or more, some of them function words. */
  static boolean isSentence(String query) {
    String[] words = query.toLowerCase(java.util.Locale.ROOT).strip().split("[^\\p{L}\\p{N}]+");
    return words.length >= 3 && java.util.Arrays.stream(words).anyMatch(SENTENCE_WORDS::contains);
  }

  /** The semantic ranking's weight for this query. */
  static float semanticWeight(String query) {
    return isSentence(query) ? SENTENCE_WEIGHT : KEYWORDS_WEIGHT;
  }

  private Fusion() {}

  /** The fused ranking of both lists, best first, scored by the fused score. */
  static ScoreDoc[] fuse(ScoreDoc[] lexical, ScoreDoc[] semantic, float semanticWeight) {
    Map<Integer, ScoreDoc> fused = new HashMap<>();
    List<ScoreDoc> order = new ArrayList<>();
    add(lexical, LEXICAL_WEIGHT, fused, order);
    add(semantic, semanticWeight, fused, order);
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
