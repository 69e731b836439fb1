package careersearch.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * One server over the {@link RealCorpus} index for the whole test JVM, shared by the test classes
 * of the knowledge endpoints (linked documents, salaries, comparison), so the corpus is indexed
 * once and the knowledge derived from it is built once; stopped when the JVM exits.
 */
final class RealCorpusServer {
  private static ServerFixture server;

  private RealCorpusServer() {}

  static synchronized ApiClient api() {
    if (server == null) {
      try {
        server = new ServerFixture(RealCorpus.index(), Duration.ofSeconds(5));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      ServerFixture started = server;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      started.close();
                    } catch (IOException | RuntimeException e) {
                      // best effort at exit
                    }
                  }));
    }
    return server.api;
  }
}
