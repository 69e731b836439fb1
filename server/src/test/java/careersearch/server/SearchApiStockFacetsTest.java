package careersearch.server;

/**
 * {@link SearchApiContract} on the embedded Lucene index counting with stock Lucene's DrillSideways
 * instead of the facet engine: both must give the same answers.
 */
class SearchApiStockFacetsTest extends SearchApiContract {
  @Override
  protected BackendFixture startFixture() throws Exception {
    return LuceneFixture.stockFacets();
  }
}
