package careersearch.server.knowledge;

import careersearch.schema.FacetDim;
import careersearch.schema.Fields;
import careersearch.schema.TitleKey;
import careersearch.server.api.BadRequestException;
import careersearch.server.api.ParamSyntax;
import careersearch.server.api.SalaryRequest;
import careersearch.server.lucene.CareerSearcher;
import careersearch.server.lucene.IndexSearchers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.LongField;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Salary statistics over the salary reports ({@code GET /api/salaries}): exact percentiles by
 * nearest rank ({@link SalaryStats}), a histogram by salary band and the median per survey year.
 * Knows nothing about HTTP: it takes a {@link SalaryRequest}.
 *
 * <p>{@code q} selects reports by title words: a report matches when its title has every word of
 * {@code q}, compared as {@link TitleKey} words (whole words, case and plural ignored: "data
 * scientists" matches "Lead Data Scientist" but not "Data Science Manager"). A title that no report
 * has is asked again without its leading and trailing level words ("Senior Data Scientist II" as
 * "Data Scientist"; the echo's {@code title_words_as_typed} says so), since survey titles carry the
 * level as seniority. The other filters repeat (OR within a parameter, AND across); {@link
 * careersearch.server.api.SalaryRequestParser} reads them.
 */
public final class SalaryInsights {
  /** Titles listed in the response; the rest are counted. */
  static final int MAX_TITLES = 20;

  private final IndexSearchers searchers;
  private final KnowledgeCache cache;

  SalaryInsights(IndexSearchers searchers, KnowledgeCache cache) {
    this.searchers = searchers;
    this.cache = cache;
  }

  /**
   * The statistics for a request; {@link BadRequestException} says which location or year has no
   * reports.
   */
  public Map<String, Object> summarize(SalaryRequest request) {
    long start = System.nanoTime();
    List<String> words = request.titleWords();
    return searchers.withSearcher(
        searcher -> {
          KnowledgeBase kb = cache.get(searcher);
          List<String> locations = locations(request, kb);
          List<Integer> years = years(request, kb);
          Map<String, Object> echo = new LinkedHashMap<>();
          echo.put("q", request.q());
          List<String> titleWords = words;
          List<String> titleKeys = words.isEmpty() ? null : titlesWithWords(kb, words);
          if (titleKeys != null && titleKeys.isEmpty()) {
            // survey titles carry no level ("Senior Data Scientist" is a senior "Data Scientist"):
            // a title matching no report is asked again without its level words
            List<String> core = TitleKey.words(OccupationMatcher.coreTitle(request.q()));
            if (!core.isEmpty() && !core.equals(words)) {
              titleWords = core;
              titleKeys = titlesWithWords(kb, core);
              echo.put("title_words_as_typed", words);
            }
          }
          echo.put("title_words", titleWords);
          echo.put("seniority", request.seniority());
          echo.put("employment", request.employment());
          echo.put("remote", request.remote());
          echo.put("location", locations);
          echo.put("year", years);

          BooleanQuery.Builder query = new BooleanQuery.Builder();
          query.add(new MatchAllDocsQuery(), Occur.MUST);
          if (titleKeys != null) {
            query.add(
                new TermInSetQuery(
                    Fields.TITLE_KEY, titleKeys.stream().map(BytesRef::new).toList()),
                Occur.FILTER);
          }
          addAnyOf(query, FacetDim.SENIORITY, request.seniority());
          addAnyOf(query, FacetDim.EMPLOYMENT, request.employment());
          addAnyOf(query, FacetDim.REMOTE, request.remote());
          addAnyOf(query, FacetDim.LOCATION, locations);
          if (!years.isEmpty()) {
            query.add(
                LongField.newSetQuery(
                    Fields.YEAR, years.stream().mapToLong(Integer::longValue).toArray()),
                Occur.FILTER);
          }
          SalaryStats.Sample sample = SalaryStats.collect(searcher, query.build());

          Map<String, Object> out = new LinkedHashMap<>();
          out.put("query", echo);
          if (titleKeys != null) {
            out.put("titles", titles(searcher, kb, titleKeys));
            out.put("titles_total", titleKeys.size());
          }
          out.put("count", sample.count());
          if (!sample.enough()) {
            out.put(
                "message",
                (sample.count() == 0
                        ? "no salary reports match"
                        : "only "
                            + sample.count()
                            + (sample.count() == 1
                                ? " salary report matches"
                                : " salary reports match"))
                    + "; at least "
                    + SalaryStats.MIN_REPORTS
                    + " are needed for figures that mean something: remove a filter or a title word");
          } else {
            out.put("currency", "USD");
            out.put("period", "year");
            Map<String, Object> figures = SalaryStats.figures(sample.usd());
            figures.remove("count");
            out.putAll(figures);
            out.put("histogram", SalaryStats.histogram(sample.usd()));
            Map<String, Long> medianByYear = new LinkedHashMap<>();
            Map<String, Integer> countByYear = new LinkedHashMap<>();
            sample
                .byYear()
                .forEach(
                    (year, usd) -> {
                      countByYear.put(year.toString(), usd.length);
                      medianByYear.put(
                          year.toString(),
                          usd.length >= SalaryStats.MIN_REPORTS
                              ? SalaryStats.nearestRank(usd, 50)
                              : null);
                    });
            out.put("median_by_year", medianByYear);
            out.put("count_by_year", countByYear);
            out.put(
                "method",
                "exact over every matching report: nearest-rank percentiles (the figure at rank"
                    + " ceil(p/100 x count)), mean rounded to the dollar; a year with fewer than "
                    + SalaryStats.MIN_REPORTS
                    + " reports has no median");
          }
          out.put("took_ms", (System.nanoTime() - start) / 1_000_000);
          return out;
        });
  }

  /** Report title keys that have every one of the words. */
  static List<String> titlesWithWords(KnowledgeBase kb, List<String> words) {
    List<String> keys = new ArrayList<>();
    for (String key : kb.reports().titleKeys()) {
      if (new HashSet<>(Arrays.asList(key.split(" "))).containsAll(words)) {
        keys.add(key);
      }
    }
    return keys;
  }

  /** The matched titles with their report counts, most reports first. */
  private static List<Map<String, Object>> titles(
      CareerSearcher searcher, KnowledgeBase kb, List<String> keys) throws IOException {
    List<String> top =
        keys.stream()
            .sorted(
                Comparator.comparing((String k) -> -kb.reports().reports(k))
                    .thenComparing(Comparator.naturalOrder()))
            .limit(MAX_TITLES)
            .toList();
    List<Map<String, Object>> titles = new ArrayList<>();
    for (String key : top) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("title", SalaryMarket.reportTitle(searcher, key));
      t.put("reports", kb.reports().reports(key));
      titles.add(t);
    }
    return titles;
  }

  private static void addAnyOf(
      BooleanQuery.Builder query, FacetDim dim, Collection<String> values) {
    if (values.isEmpty()) {
      return;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String value : values) {
      any.add(SalaryMarket.facetTerm(dim, value), Occur.SHOULD);
    }
    query.add(any.build(), Occur.FILTER);
  }

  /** Company countries, checked against the countries of the reports. */
  private static List<String> locations(SalaryRequest request, KnowledgeBase kb) {
    for (String v : request.locations()) {
      if (!kb.reports().countries().contains(v)) {
        throw new BadRequestException(
            "unknown location '"
                + v
                + "'; give the company's country as an ISO 3166 code; countries with reports: "
                + String.join(", ", kb.reports().countries()));
      }
    }
    return request.locations();
  }

  private static List<Integer> years(SalaryRequest request, KnowledgeBase kb) {
    List<String> allowed = kb.reports().years().stream().map(String::valueOf).toList();
    Set<Integer> years = new TreeSet<>();
    for (String v : request.years()) {
      if (!allowed.contains(v)) {
        throw ParamSyntax.unknownValue("year", v, allowed);
      }
      years.add(Integer.parseInt(v));
    }
    return List.copyOf(years);
  }
}
