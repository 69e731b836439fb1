package careersearch.server;

import careersearch.server.api.Capability;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/** {@link QueryUnderstandingContract} on the embedded index of the real corpus. */
class QueryUnderstandingLuceneTest extends QueryUnderstandingContract {
  @Override
  protected BackendFixture startFixture() throws Exception {
    ServerFixture server = new ServerFixture(RealCorpus.index(), Duration.ofSeconds(5));
    return new BackendFixture() {
      @Override
      public ApiClient api() {
        return server.api;
      }

      @Override
      public Set<Capability> capabilities() {
        return EnumSet.allOf(Capability.class);
      }

      @Override
      public String name() {
        return "lucene";
      }

      @Override
      public void close() throws Exception {
        server.close();
      }
    };
  }
}
