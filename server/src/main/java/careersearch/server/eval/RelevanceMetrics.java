package careersearch.server.eval;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The ranking metrics of the relevance evaluation, as pure functions of a ranking (document ids,
 * best first) and graded judgments (document id to grade 0-3; a document without a judgment counts
 * as grade 0).
 *
 * <ul>
 *   <li>nDCG@k: DCG = sum over ranks i = 1..k of (2^grade - 1) / log2(i + 1); divided by the DCG of
 *       the ideal ranking, which is every judged document sorted by grade.
 *   <li>Reciprocal rank: 1 / rank of the first document graded at least {@link #MRR_MIN_GRADE}, 0
 *       when the ranking has none; its mean over queries is MRR.
 *   <li>Recall@k: the share of the documents graded at least 1 that are in the first k.
 * </ul>
 */
public final class RelevanceMetrics {
  /** Lowest grade that counts as a hit for the reciprocal rank: "highly relevant". */
  public static final int MRR_MIN_GRADE = 2;

  /** Lowest grade that counts as relevant for recall. */
  public static final int RECALL_MIN_GRADE = 1;

  private RelevanceMetrics() {}

  /** The gain of a grade: 2^grade - 1, so a 3 is worth more than a 2 and a 1 together. */
  public static double gain(int grade) {
    return Math.pow(2, grade) - 1;
  }

  /** DCG of the first {@code k} grades of a ranking, given as grades in rank order. */
  public static double dcg(List<Integer> gradesInRankOrder, int k) {
    double dcg = 0;
    int n = Math.min(k, gradesInRankOrder.size());
    for (int i = 0; i < n; i++) {
      // rank r = i + 1 is discounted by log2(r + 1)
      dcg += gain(gradesInRankOrder.get(i)) / log2(i + 2);
    }
    return dcg;
  }

  /** nDCG@k of a ranking; 0 when no judged document has a grade above 0. */
  public static double ndcg(List<String> ranking, Map<String, Integer> judgments, int k) {
    List<Integer> ideal = judgments.values().stream().sorted(Comparator.reverseOrder()).toList();
    double idealDcg = dcg(ideal, k);
    return idealDcg == 0 ? 0 : dcg(grades(ranking, judgments), k) / idealDcg;
  }

  /** 1 / rank of the first document graded at least {@code minGrade}; 0 when there is none. */
  public static double reciprocalRank(
      List<String> ranking, Map<String, Integer> judgments, int minGrade) {
    for (int i = 0; i < ranking.size(); i++) {
      if (grade(ranking.get(i), judgments) >= minGrade) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  /**
   * Share of the documents graded at least {@code minGrade} found in the first {@code k} of the
   * ranking; 0 when no document has such a grade.
   */
  public static double recall(
      List<String> ranking, Map<String, Integer> judgments, int k, int minGrade) {
    long relevant = judgments.values().stream().filter(g -> g >= minGrade).count();
    if (relevant == 0) {
      return 0;
    }
    long found =
        ranking.stream().limit(k).distinct().filter(id -> grade(id, judgments) >= minGrade).count();
    return (double) found / relevant;
  }

  /** The grades of a ranking, in rank order; unjudged documents are 0. */
  public static List<Integer> grades(List<String> ranking, Map<String, Integer> judgments) {
    return ranking.stream().map(id -> grade(id, judgments)).toList();
  }

  /** Arithmetic mean; 0 for no values. */
  public static double mean(Collection<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }

  private static int grade(String id, Map<String, Integer> judgments) {
    return judgments.getOrDefault(id, 0);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
