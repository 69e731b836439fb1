package careersearch.server;

/** {@link SearchApiContract} on the embedded Lucene index. */
class SearchApiLuceneTest extends SearchApiContract {
  @Override
  protected BackendFixture startFixture() throws Exception {
    return new LuceneFixture();
  }
}
