package careersearch.server;

/** {@link ExpiryContract} on the embedded Lucene index. */
class ExpiryLuceneTest extends ExpiryContract {
  @Override
  protected BackendFixture startFixture() throws Exception {
    return new LuceneFixture(ExpiryIndex.JOBS);
  }
}
