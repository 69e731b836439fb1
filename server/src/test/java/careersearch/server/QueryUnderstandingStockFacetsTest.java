package careersearch.server;

/**
 * {@link QueryUnderstandingContract} on the embedded Lucene index counting with stock Lucene's
 * DrillSideways instead of the facet engine: both must give the same answers.
 */
class QueryUnderstandingStockFacetsTest extends QueryUnderstandingContract {
  @Override
  protected BackendFixture startFixture() throws Exception {
    return StockFacets.building(() -> new QueryUnderstandingLuceneTest().startFixture());
  }
}
