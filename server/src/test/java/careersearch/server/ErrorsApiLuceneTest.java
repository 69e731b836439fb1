package careersearch.server;

/** {@link ErrorsApiContract} on the embedded Lucene index. */
class ErrorsApiLuceneTest extends ErrorsApiContract {
  @Override
  protected BackendFixture startFixture() throws Exception {
    return new LuceneFixture();
  }
}
