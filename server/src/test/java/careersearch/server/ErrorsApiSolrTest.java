package careersearch.server;

/** {@link ErrorsApiContract} on the 2-node SolrCloud. */
class ErrorsApiSolrTest extends ErrorsApiContract {
  @Override
  protected BackendFixture startFixture() throws Exception {
    return new SolrFixture();
  }
}
