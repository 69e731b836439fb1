package careersearch.server.lucene.facet;

import careersearch.schema.FacetDim;
import careersearch.server.lucene.CareerSearcher;
import careersearch.server.lucene.TimeLimit;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.DrillSideways.ConcurrentDrillSidewaysResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHitCountCollectorManager;

/**
 * The counting pass done with stock Lucene: {@link DrillSideways} over {@code
 * SortedSetDocValuesFacetCounts}, with a hit count and, for a sorted page, a {@code
 * TopFieldCollector}. It answers exactly what {@link SidewaysCounter} answers, and exists so that
 * the custom facet engine has to keep earning its place: {@code -Dcareersearch.facets=stock} serves
 * every search through it, and the HTTP contract suites run on both ({@code
 * SearchApiStockFacetsTest}, {@code QueryUnderstandingStockFacetsTest}); BENCHMARKS.md compares the
 * two.
 */
public final class StockFacetCounter {
  private static final FacetsConfig CONFIG = FacetDim.facetsConfig();

  private StockFacetCounter() {}

  /**
   * The hits of {@code base} that pass the filters (values OR-ed within a dimension, dimensions
   * AND-ed), their drill-sideways facets and, with {@code byValue}, the first {@code n + 1} hits in
   * that order.
   */
  public static SidewaysCounter.Result count(
      CareerSearcher searcher,
      Query base,
      Map<String, List<String>> filters,
      Sort byValue,
      int n,
      TimeLimit limit)
      throws IOException {
    DrillDownQuery drillDown = new DrillDownQuery(CONFIG, base);
    filters.forEach(
        (dim, values) -> {
          for (String value : values) {
            drillDown.add(dim, value);
          }
        });
    CollectorManager<?, Integer> total = new TotalHitCountCollectorManager();
    CollectorManager<?, TopFieldDocs> top =
        byValue == null ? null : new TopFieldCollectorManager(byValue, n + 1, null, n + 1);
    MultiCollectorManager both =
        top == null ? new MultiCollectorManager(total) : new MultiCollectorManager(total, top);
    DrillSideways sideways = new DrillSideways(searcher, CONFIG, searcher.facetState());
    ConcurrentDrillSidewaysResult<Object[]> result = sideways.search(drillDown, limit.wrap(both));
    Object[] collected = result.collectorResult;
    return new SidewaysCounter.Result(
        (Integer) collected[0], result.facets, top == null ? null : (TopFieldDocs) collected[1]);
  }
}
