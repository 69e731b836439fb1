package careersearch.server;

/** {@link ExpiryContract} on the 2-node SolrCloud. */
class ExpirySolrTest extends ExpiryContract {
  @Override
  protected BackendFixture startFixture() throws Exception {
    return new SolrFixture(SolrFixture.Dataset.EXPIRY);
  }
}
