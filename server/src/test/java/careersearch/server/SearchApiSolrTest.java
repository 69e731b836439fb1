package careersearch.server;

/** {@link SearchApiContract} on the 2-node SolrCloud. */
class SearchApiSolrTest extends SearchApiContract {
  @Override
  protected BackendFixture startFixture() throws Exception {
    return new SolrFixture();
  }
}
