package careersearch.server.eval;

import careersearch.server.eval.RelevanceEvaluator.Hit;
import careersearch.server.eval.RelevanceEvaluator.QueryResult;
import careersearch.server.eval.RelevanceEvaluator.Report;
import careersearch.server.eval.RelevanceEvaluator.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Plain-text tables of a {@link Report}: one row per query, then per category and overall. */
public final class ReportFormatter {
  private ReportFormatter() {}

  /** The per-query table followed by the summary table. */
  public static String table(Report report) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("id", "category", "nDCG@10", "RR", "R@20", "query"));
    for (QueryResult r : report.results()) {
      rows.add(
          List.of(
              r.query().id(),
              r.query().category(),
              number(r.ndcg10()),
              number(r.reciprocalRank()),
              number(r.recall20()),
              r.query().describe()));
    }
    return align(rows) + "\n" + summary(report);
  }

  /** Mean figures per category and overall. */
  public static String summary(Report report) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("category", "queries", "nDCG@10", "MRR", "R@20"));
    for (Map.Entry<String, Summary> e : report.byCategory().entrySet()) {
      rows.add(summaryRow(e.getKey(), e.getValue()));
    }
    rows.add(summaryRow("overall", report.overall()));
    return align(rows);
  }

  /**
   * For each query, its first {@code n} hits with their grades ({@code [-]} when unjudged), then
   * the documents graded 1 or more that are not in the evaluated ranking at all.
   *
   * @param titleOf the title of a document id that is not among the hits
   */
  public static String details(Report report, int n, Function<String, String> titleOf) {
    StringBuilder out = new StringBuilder();
    for (QueryResult r : report.results()) {
      Map<String, Integer> judged = r.query().judgments();
      out.append(
          String.format(
              Locale.ROOT,
              "%s  %s   (%s; nDCG@10 %s, RR %s, R@20 %s)%n",
              r.query().id(),
              r.query().describe(),
              r.query().category(),
              number(r.ndcg10()),
              number(r.reciprocalRank()),
              number(r.recall20())));
      List<Hit> hits = r.hits();
      for (int i = 0; i < Math.min(n, hits.size()); i++) {
        Hit hit = hits.get(i);
        out.append(
            String.format(
                Locale.ROOT,
                "  %2d %s %s  %s%n",
                i + 1,
                grade(judged.get(hit.id())),
                hit.id(),
                shorten(hit.title(), 70)));
      }
      Set<String> ranked = Set.copyOf(r.ranking());
      judged.forEach(
          (id, grade) -> {
            if (grade >= RelevanceMetrics.RECALL_MIN_GRADE && !ranked.contains(id)) {
              out.append(
                  String.format(
                      Locale.ROOT,
                      "   - %s %s  %s   (not in the first %d)%n",
                      grade(grade),
                      id,
                      shorten(titleOf.apply(id), 60),
                      RelevanceEvaluator.RANKING_DEPTH));
            }
          });
      out.append(System.lineSeparator());
    }
    return out.toString();
  }

  static String number(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  private static List<String> summaryRow(String name, Summary s) {
    return List.of(
        name,
        Integer.toString(s.queries()),
        number(s.ndcg10()),
        number(s.mrr()),
        number(s.recall20()));
  }

  private static String grade(Integer grade) {
    return grade == null ? "[-]" : "[" + grade + "]";
  }

  private static String shorten(String s, int max) {
    return s == null || s.length() <= max ? String.valueOf(s) : s.substring(0, max - 3) + "...";
  }

  /** Columns padded to their widest cell; the last column is not padded. */
  static String align(List<List<String>> rows) {
    int columns = rows.get(0).size();
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        String cell = row.get(c);
        line.append(c == columns - 1 ? cell : String.format("%-" + widths[c] + "s  ", cell));
      }
      out.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }
    return out.toString();
  }
}
