package careersearch.server;

/** {@link QueryUnderstandingContract} on a 2-shard SolrCloud collection of the real corpus. */
class QueryUnderstandingSolrTest extends QueryUnderstandingContract {
  @Override
  protected BackendFixture startFixture() throws Exception {
    return new SolrFixture(SolrFixture.Dataset.REAL_CORPUS);
  }
}
