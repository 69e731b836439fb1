package careersearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.testsupport.JavaProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM while a request is in flight: the real server process (ServerMain and its shutdown hook,
 * in its own JVM) stops taking new connections, lets the request finish with its complete answer,
 * then exits cleanly.
 */
class GracefulShutdownTest {
  /** How long the request in flight takes: long enough to probe new connections meanwhile. */
  private static final long DELAY_MS = 8_000;

  @TempDir Path tmp;

  @Test
  void sigtermLetsTheRequestInFlightFinishAndExitsCleanly() throws Exception {
    Path index = tmp.resolve("index");
    TestIndex.build(index);
    try (JavaProcess server =
        JavaProcess.start(
            tmp.resolve("logs"),
            Map.of(),
            Map.of(),
            SlowServerMain.class,
            "--port",
            0,
            "--index",
            index,
            "--corpus",
            RealCorpus.corpusDir().toAbsolutePath())) {
      int port =
          Integer.parseInt(
              server
                  .await(
                      Pattern.compile("serving on http://127\\.0\\.0\\.1:(\\d+)/"),
                      Duration.ofMinutes(3))
                  .group(1));
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      CompletableFuture<HttpResponse<String>> inFlight =
          client.sendAsync(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + port + "/api/search?q=data&type=job"))
                  .header(SlowServerMain.DELAY_HEADER, Long.toString(DELAY_MS))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      server.await(
          Pattern.compile(Pattern.quote(SlowServerMain.STARTED_MARKER)), Duration.ofMinutes(1));

      server.terminate(); // SIGTERM
      server.await(Pattern.compile("Shutting down"), Duration.ofSeconds(30));

      // no new work is taken while the request in flight drains
      boolean refused = false;
      while (!inFlight.isDone() && !refused) {
        refused = refusesNewRequests(port);
        Thread.sleep(100);
      }
      HttpResponse<String> response;
      try {
        response = inFlight.get(DELAY_MS + 60_000, TimeUnit.MILLISECONDS);
      } catch (ExecutionException e) {
        throw new AssertionError("the request in flight was cut off: " + e.getCause(), e);
      }
      assertEquals(200, response.statusCode(), response.body());
      assertTrue(refused, "new requests were still served while the request in flight drained");
      JsonNode json = new ObjectMapper().readTree(response.body());
      assertEquals(3, json.get("total").asLong(), response.body()); // j2, j3, j4: complete
      assertEquals(3, json.get("hits").size());

      int exit = server.waitForExit(Duration.ofSeconds(60));
      assertTrue(exit == 0 || exit == 128 + 15, "exit code " + exit + "; " + server.output());
      assertTrue(server.stderr().contains("ServerMain - Stopped"), server.output());
    }
  }

  /** A new connection is refused, or answered 503, or closed without an answer. */
  private static boolean refusesNewRequests(int port) throws InterruptedException {
    HttpClient fresh =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    try {
      HttpResponse<String> r =
          fresh.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health"))
                  .timeout(Duration.ofSeconds(2))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return r.statusCode() == 503;
    } catch (IOException e) {
      return true;
    }
  }
}
