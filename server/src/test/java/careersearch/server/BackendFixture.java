package careersearch.server;

import careersearch.server.api.Capability;
import java.util.Set;

/** A running server over {@link TestIndex} on one backend, for the contract tests. */
public interface BackendFixture extends AutoCloseable {
  ApiClient api();

  Set<Capability> capabilities();

  /** {@code lucene} or {@code solr}, for messages. */
  String name();

  @Override
  void close() throws Exception;
}
