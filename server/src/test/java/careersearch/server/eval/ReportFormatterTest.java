package careersearch.server.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.server.eval.RelevanceEvaluator.Hit;
import careersearch.server.eval.RelevanceEvaluator.QueryResult;
import careersearch.server.eval.RelevanceEvaluator.Report;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tables, the per-category means and the tie order of rankings. */
class ReportFormatterTest {
  static JudgedQuery query(String id, String category) {
    return new JudgedQuery(id, category, "q " + id, Map.of(), Map.of("d1", 3, "d2", 1));
  }

  static QueryResult result(String id, String category, double ndcg, double rr, double recall) {
    return new QueryResult(
        query(id, category), List.of(new Hit("d1", "Doc one", 1f)), ndcg, rr, recall);
  }

  static final Report REPORT =
      new Report(
          List.of(
              result("T01", "tool", 1.0, 1.0, 0.5),
              result("R01", "role", 0.0, 0.0, 0.0),
              result("T02", "tool", 0.5, 0.5, 1.0)),
          List.of());

  @Test
  void meansPerCategoryInFirstSeenOrderAndOverall() {
    var byCategory = REPORT.byCategory();
    assertEquals(List.of("tool", "role"), List.copyOf(byCategory.keySet()));
    assertEquals(0.75, byCategory.get("tool").ndcg10(), 1e-9);
    assertEquals(0.75, byCategory.get("tool").recall20(), 1e-9);
    assertEquals(2, byCategory.get("tool").queries());
    assertEquals(0.5, REPORT.overall().ndcg10(), 1e-9);
    assertEquals(0.5, REPORT.overall().mrr(), 1e-9);
    assertEquals(0.5, REPORT.overall().recall20(), 1e-9);
  }

  @Test
  void tableIsAlignedWithOneRowPerQueryThenTheSummary() {
    String nl = System.lineSeparator();
    String table = ReportFormatter.table(REPORT);
    String expected =
        String.join(
            nl,
            "id   category  nDCG@10  RR     R@20   query",
            "T01  tool      1.000    1.000  0.500  q T01",
            "R01  role      0.000    0.000  0.000  q R01",
            "T02  tool      0.500    0.500  1.000  q T02",
            "",
            "category  queries  nDCG@10  MRR    R@20",
            "tool      2        0.750    0.750  0.750",
            "role      1        0.000    0.000  0.000",
            "overall   3        0.500    0.500  0.500",
            "");
    assertEquals(expected, table);
  }

  @Test
  void detailsListGradedHitsAndMissedDocuments() {
    String details = ReportFormatter.details(REPORT, 5, id -> "Title of " + id);
    assertTrue(details.contains(" 1 [3] d1  Doc one"), details);
    assertTrue(details.contains("- [1] d2  Title of d2   (not in the first 20)"), details);
  }

  @Test
  void equalScoresAreOrderedByIdAndTheRankingIsCut() {
    List<Map<String, Object>> hits =
        List.of(hit("z", 2f), hit("b", 1f), hit("a", 1f), hit("c", 1f), hit("y", 0.5f));
    assertEquals(
        List.of("z", "a", "b", "c"),
        RelevanceEvaluator.rankingOf(hits, 4).stream().map(Hit::id).toList());
  }

  static Map<String, Object> hit(String id, float score) {
    Map<String, Object> hit = new LinkedHashMap<>();
    hit.put("id", id);
    hit.put("title", id.toUpperCase());
    hit.put("score", score);
    return hit;
  }
}
