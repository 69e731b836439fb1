package careersearch.server;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Base of HTTP test classes that share one server over {@link TestIndex} per class. */
abstract class TestIndexServer {
  @TempDir static Path indexDir;
  static ServerFixture server;
  static ApiClient api;

  @BeforeAll
  static void startServer() throws Exception {
    TestIndex.build(indexDir);
    server = new ServerFixture(indexDir, Duration.ofSeconds(1));
    api = server.api;
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }
}
