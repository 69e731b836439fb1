package careersearch.server;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import careersearch.server.api.Capability;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the HTTP contract tests: one suite, run once per backend by a subclass that names its
 * fixture (Lucene, Solr). A test that needs what a backend lacks calls {@link #assumeCapability},
 * and is skipped there with the reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BackendContract {
  protected BackendFixture fixture;
  protected ApiClient api;

  /** Starts the backend's server over {@link TestIndex}. */
  protected abstract BackendFixture startFixture() throws Exception;

  @BeforeAll
  void startServer() throws Exception {
    fixture = startFixture();
    api = fixture.api();
  }

  @AfterAll
  void stopServer() throws Exception {
    fixture.close();
  }

  protected void assumeCapability(Capability capability) {
    assumeTrue(
        fixture.capabilities().contains(capability),
        () -> "the " + fixture.name() + " backend lacks " + capability);
  }
}
