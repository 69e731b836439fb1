package careersearch.server.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The metrics on hand-computed examples. Judgments: a=3, c=2, e=1, b=0 (d is unjudged). Gains
 * 2^grade - 1: a=7, c=3, e=1. Ideal DCG@10 = 7/log2(2) + 3/log2(3) + 1/log2(4) = 9.392789.
 */
class RelevanceMetricsTest {
  static final double EPS = 1e-6;
  static final Map<String, Integer> JUDGED = Map.of("a", 3, "c", 2, "e", 1, "b", 0);

  @Test
  void gainIsTwoToTheGradeMinusOne() {
    assertEquals(0, RelevanceMetrics.gain(0));
    assertEquals(1, RelevanceMetrics.gain(1));
    assertEquals(3, RelevanceMetrics.gain(2));
    assertEquals(7, RelevanceMetrics.gain(3));
  }

  @Test
  void dcgDiscountsByLog2OfRankPlusOne() {
    // 7/1 + 0/log2(3) + 3/log2(4) = 7 + 1.5
    assertEquals(8.5, RelevanceMetrics.dcg(List.of(3, 0, 2), 10), EPS);
    // 7/1 + 3/log2(3) + 1/log2(4)
    assertEquals(9.392789, RelevanceMetrics.dcg(List.of(3, 2, 1), 10), EPS);
    // cut at k
    assertEquals(7, RelevanceMetrics.dcg(List.of(3, 2, 1), 1), EPS);
    assertEquals(0, RelevanceMetrics.dcg(List.of(), 10), EPS);
  }

  @Test
  void ndcgDividesByTheIdealRankingOfAllJudgedDocuments() {
    // DCG 8.5 (a, b, c, d) / ideal 9.392789
    assertEquals(0.904950, RelevanceMetrics.ndcg(List.of("a", "b", "c", "d"), JUDGED, 10), EPS);
    // d, b, c, a: 3/log2(4) + 7/log2(5) = 1.5 + 3.014736 = 4.514736
    assertEquals(0.480660, RelevanceMetrics.ndcg(List.of("d", "b", "c", "a"), JUDGED, 10), EPS);
    // perfect order, and extra unjudged documents after it change nothing
    assertEquals(1.0, RelevanceMetrics.ndcg(List.of("a", "c", "e", "x", "y"), JUDGED, 10), EPS);
    // at k = 1 only the first hit counts: c (3) against the ideal a (7)
    assertEquals(3.0 / 7, RelevanceMetrics.ndcg(List.of("c", "a"), JUDGED, 1), EPS);
    // a relevant document below the cut-off earns nothing
    assertEquals(0, RelevanceMetrics.ndcg(List.of("x", "y", "a"), JUDGED, 2), EPS);
  }

  @Test
  void ndcgIsZeroForAnEmptyRankingOrNothingRelevant() {
    assertEquals(0, RelevanceMetrics.ndcg(List.of(), JUDGED, 10), EPS);
    assertEquals(0, RelevanceMetrics.ndcg(List.of("b"), Map.of("b", 0), 10), EPS);
  }

  @Test
  void reciprocalRankOfTheFirstDocumentGradedTwoOrMore() {
    assertEquals(1.0, RelevanceMetrics.reciprocalRank(List.of("a", "c"), JUDGED, 2), EPS);
    // e (grade 1) does not count, c at rank 3 does
    assertEquals(
        1.0 / 3, RelevanceMetrics.reciprocalRank(List.of("e", "b", "c", "a"), JUDGED, 2), EPS);
    assertEquals(0, RelevanceMetrics.reciprocalRank(List.of("e", "b", "x"), JUDGED, 2), EPS);
    assertEquals(0.5, RelevanceMetrics.reciprocalRank(List.of("b", "e"), JUDGED, 1), EPS);
  }

  @Test
  void recallIsTheShareOfRelevantDocumentsInTheFirstK() {
    // relevant (grade >= 1): a, c, e
    assertEquals(2.0 / 3, RelevanceMetrics.recall(List.of("a", "b", "c", "d"), JUDGED, 20, 1), EPS);
    assertEquals(1.0 / 3, RelevanceMetrics.recall(List.of("a", "b", "c", "d"), JUDGED, 2, 1), EPS);
    assertEquals(1.0, RelevanceMetrics.recall(List.of("e", "c", "a"), JUDGED, 20, 1), EPS);
    assertEquals(0, RelevanceMetrics.recall(List.of(), JUDGED, 20, 1), EPS);
    // a repeated id is counted once
    assertEquals(1.0 / 3, RelevanceMetrics.recall(List.of("a", "a"), JUDGED, 20, 1), EPS);
    // nothing relevant: 0, not a division by zero
    assertEquals(0, RelevanceMetrics.recall(List.of("b"), Map.of("b", 0), 20, 1), EPS);
  }

  @Test
  void gradesAndMean() {
    assertEquals(List.of(3, 0, 0, 1), RelevanceMetrics.grades(List.of("a", "b", "x", "e"), JUDGED));
    assertEquals(0.5, RelevanceMetrics.mean(List.of(0.0, 1.0, 0.5)), EPS);
    assertEquals(0, RelevanceMetrics.mean(List.of()), EPS);
  }
}
