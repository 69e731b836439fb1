package careersearch.server.search;

import java.io.IOException;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;

/**
 * Lucene's drill-sideways search (one pass over the matches collects the hits, the drill-down
 * matches and each filtered dimension's near misses) with the counting done by {@link
 * SidewaysFacetCounts} over the searcher's {@link FacetOrdinals}.
 */
final class CareerDrillSideways extends DrillSideways {
  private final CareerSearcher careerSearcher;

  CareerDrillSideways(CareerSearcher searcher, FacetsConfig config) {
    super(searcher, config, searcher.facetState());
    this.careerSearcher = searcher;
  }

  @Override
  protected Facets buildFacetsResult(
      FacetsCollector drillDowns, FacetsCollector[] drillSideways, String[] drillSidewaysDims)
      throws IOException {
    return new SidewaysFacetCounts(
        careerSearcher.facetState(),
        careerSearcher.facetOrdinals(),
        drillDowns,
        drillSideways,
        drillSidewaysDims);
  }
}
