package careersearch.server.knowledge;

import careersearch.schema.FacetDim;
import careersearch.schema.Fields;
import careersearch.server.lucene.CareerSearcher;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The salary reports of given titles, optionally of one seniority and year, as a summary; and where
 * a pay figure stands among them. Used for a posting's pay, an occupation's and a role's salary
 * summary.
 *
 * <p>A summary walks a list of {@link Level}s from narrow to broad (e.g. same title, seniority and
 * year; then same title and seniority; ...) and uses the first with at least {@link #ENOUGH}
 * reports; when none has that many, the level with the most reports, if it has at least {@link
 * SalaryStats#MIN_REPORTS}; otherwise it gives counts and no figures. Every level tried is listed
 * with its count, so the choice can be checked.
 */
final class SalaryMarket {
  /** Reports enough to stop broadening. */
  static final int ENOUGH = 30;

  /** Titles listed in a summary; the rest are counted. */
  private static final int MAX_TITLES = 10;

  private static final FacetsConfig FACETS = FacetDim.facetsConfig();

  /** One set of reports: titles (title key to title), and a seniority and year when not null. */
  record Level(String basis, Map<String, String> titles, String seniority, Integer year) {}

  private SalaryMarket() {}

  /**
   * @param pay a figure to place among the reports (USD per year), or null
   */
  static Map<String, Object> summary(
      CareerSearcher searcher, KnowledgeBase kb, List<Level> levels, Long pay) throws IOException {
    List<Map<String, Object>> tried = new ArrayList<>();
    Level chosen = null;
    SalaryStats.Sample chosenSample = null;
    for (Level level : levels) {
      SalaryStats.Sample sample = sample(searcher, kb, level);
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("basis", level.basis());
      t.put("count", sample.count());
      tried.add(t);
      if (chosenSample == null || sample.count() > chosenSample.count()) {
        chosen = level;
        chosenSample = sample;
      }
      if (sample.count() >= ENOUGH) {
        chosen = level;
        chosenSample = sample;
        break;
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    if (chosen == null || !chosenSample.enough()) {
      int count = chosenSample == null ? 0 : chosenSample.count();
      out.put("count", count);
      out.put(
          "message",
          "too few salary reports to compare with ("
              + count
              + " at best; at least "
              + SalaryStats.MIN_REPORTS
              + " are needed)");
      out.put("tried", tried);
      return out;
    }
    out.put("compared_with", describe(searcher, kb, chosen));
    out.putAll(SalaryStats.figures(chosenSample.usd()));
    out.put("currency", "USD");
    out.put("period", "year");
    if (pay != null) {
      out.put("percentile", SalaryStats.percentileRank(chosenSample.usd(), pay));
    }
    out.put("tried", tried);
    return out;
  }

  /** The reports of a level. */
  static SalaryStats.Sample sample(CareerSearcher searcher, KnowledgeBase kb, Level level)
      throws IOException {
    List<BytesRef> keys =
        level.titles().keySet().stream().filter(kb.reports()::hasTitle).map(BytesRef::new).toList();
    if (keys.isEmpty()) {
      return new SalaryStats.Sample(new long[0], Map.of());
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    q.add(new TermInSetQuery(Fields.TITLE_KEY, keys), Occur.FILTER);
    if (level.seniority() != null) {
      q.add(facetTerm(FacetDim.SENIORITY, level.seniority()), Occur.FILTER);
    }
    if (level.year() != null) {
      q.add(LongField.newExactQuery(Fields.YEAR, level.year()), Occur.FILTER);
    }
    return SalaryStats.collect(searcher, q.build());
  }

  /** The title of a report with this title key as the survey writes it, else the key itself. */
  static String reportTitle(CareerSearcher searcher, String key) throws IOException {
    var top = searcher.search(new TermQuery(new Term(Fields.TITLE_KEY, key)), 1);
    if (top.scoreDocs.length == 0) {
      return key;
    }
    return Sources.title(searcher, top.scoreDocs[0].doc);
  }

  /** Documents with a facet value (the drill-down term). */
  static Query facetTerm(FacetDim dim, String value) {
    String field = FACETS.getDimConfig(dim.param()).indexFieldName;
    return new TermQuery(DrillDownQuery.term(field, dim.param(), value));
  }

  /**
   * Which reports a level means: the titles that have reports, as the survey writes them, with
   * their number of reports in the whole survey, most reports first.
   */
  private static Map<String, Object> describe(
      CareerSearcher searcher, KnowledgeBase kb, Level level) throws IOException {
    List<Map.Entry<String, String>> titles =
        level.titles().entrySet().stream()
            .filter(e -> kb.reports().hasTitle(e.getKey()))
            .sorted(
                Comparator.comparing(
                        (Map.Entry<String, String> e) -> -kb.reports().reports(e.getKey()))
                    .thenComparing(Map.Entry::getKey))
            .toList();
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("basis", level.basis());
    List<Map<String, Object>> listed = new ArrayList<>();
    for (Map.Entry<String, String> e : titles.subList(0, Math.min(MAX_TITLES, titles.size()))) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("title", reportTitle(searcher, e.getKey()));
      t.put("reports", kb.reports().reports(e.getKey()));
      listed.add(t);
    }
    d.put("titles", listed);
    d.put("titles_total", titles.size());
    d.put("seniority", level.seniority());
    d.put("year", level.year());
    return d;
  }
}
