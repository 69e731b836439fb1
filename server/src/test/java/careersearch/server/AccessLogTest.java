package careersearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The JSON access log, request ids, the slow-query log, and no secret in any log line. */
class AccessLogTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path indexDir;
  static ServerFixture server;
  static ApiClient api;
  static final ListAppender<ILoggingEvent> LINES = new ListAppender<>();
  static Logger root;
  static Logger access;
  static Level accessLevel;

  @BeforeAll
  static void start() throws Exception {
    TestIndex.build(indexDir);
    root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    access = (Logger) LoggerFactory.getLogger("careersearch.access");
    accessLevel = access.getLevel();
    access.setLevel(Level.INFO);
    LINES.start();
    root.addAppender(LINES); // every logger's lines, to prove no secret reaches any of them
    System.setProperty("careersearch.log-format", "json");
    System.setProperty("careersearch.slow-query-ms", "1");
    try {
      server = new ServerFixture(indexDir, Duration.ofSeconds(1));
    } finally {
      System.clearProperty("careersearch.log-format");
      System.clearProperty("careersearch.slow-query-ms");
    }
    api = server.api;
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    root.detachAppender(LINES);
    access.setLevel(accessLevel);
  }

  @BeforeEach
  void forget() {
    synchronized (LINES) {
      LINES.list.clear();
    }
  }

  private static List<JsonNode> lines(String logger) {
    synchronized (LINES) {
      return LINES.list.stream()
          .filter(e -> e.getLoggerName().equals(logger))
          .map(e -> parse(e.getFormattedMessage()))
          .toList();
    }
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }

  /** The access line of the request with this id (the logger runs after the response is sent). */
  private static JsonNode accessLine(String id) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      for (JsonNode line : lines("careersearch.access")) {
        if (line.get("request_id").asText().equals(id)) {
          return line;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no access line for " + id + " in " + lines("careersearch.access"));
  }

  @Test
  void oneJsonLinePerRequestWithItsOutcome() throws Exception {
    ApiClient.Response r = api.get("/api/search?q=engineer", "X-Request-Id", "trace-0001");
    assertEquals("trace-0001", r.headers().firstValue("X-Request-Id").orElse(null));
    JsonNode line = accessLine("trace-0001");
    assertEquals("access", line.get("event").asText());
    assertEquals("GET", line.get("method").asText());
    assertEquals("/api/search", line.get("route").asText());
    assertEquals(200, line.get("status").asInt());
    assertEquals(r.json().get("total").asLong(), line.get("result_count").asLong());
    assertFalse(line.get("timed_out").asBoolean());
    assertTrue(line.get("duration_ms").isNumber());
    assertTrue(line.get("timestamp").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), line.toString());
    assertFalse(line.has("params"), "the access line carries no query text");

    ApiClient.Response doc = api.get("/api/documents/j1", "X-Request-Id", "doc-1");
    JsonNode docLine = accessLine("doc-1");
    assertEquals(200, doc.status());
    assertEquals("/api/documents/{id}", docLine.get("route").asText());
    assertTrue(docLine.get("result_count").isNull());
  }

  @Test
  void aRequestIdIsGeneratedWhenMissingOrUnsafe() throws Exception {
    String generated = api.get("/api/health").headers().firstValue("X-Request-Id").orElseThrow();
    assertTrue(generated.matches("[0-9a-f-]{36}"), generated);
    accessLine(generated);
    for (String unsafe : List.of("x".repeat(129), "a b", "id\"injected", "é")) {
      String echoed =
          api.get("/api/health", "X-Request-Id", unsafe)
              .headers()
              .firstValue("X-Request-Id")
              .orElseThrow();
      assertNotEquals(unsafe, echoed);
      assertTrue(echoed.matches("[0-9a-f-]{36}"), echoed);
    }
    // errors carry one too
    ApiClient.Response bad = api.get("/api/search?size=0", "X-Request-Id", "bad-1");
    assertEquals(400, bad.status());
    assertEquals("bad-1", bad.headers().firstValue("X-Request-Id").orElse(null));
    assertEquals(400, accessLine("bad-1").get("status").asInt());
  }

  @Test
  void slowRequestsAreLoggedWithTheirParameters() throws Exception {
    for (int i = 0; i < 5 && lines("careersearch.slow").isEmpty(); i++) {
      api.get("/api/search?q=machine+learning&remote=remote&size=5", "X-Request-Id", "slow-" + i);
      Thread.sleep(50);
    }
    JsonNode slow = lines("careersearch.slow").get(0);
    assertEquals("slow_query", slow.get("event").asText());
    assertEquals(1, slow.get("threshold_ms").asInt());
    assertEquals("machine learning", slow.get("params").get("q").get(0).asText());
    assertEquals("remote", slow.get("params").get("remote").get(0).asText());
    assertTrue(slow.get("duration_ms").asDouble() > 1);
  }

  @Test
  void neitherTheAdminTokenNorSecretsAreLogged() throws Exception {
    String auth = "Bearer " + ServerFixture.ADMIN_TOKEN;
    api.get("/metrics", "Authorization", auth, "X-Request-Id", "m-1");
    api.get("/api/admin/reindex", "Authorization", auth, "X-Request-Id", "a-1");
    api.get("/api/admin/reindex?token=" + ServerFixture.ADMIN_TOKEN, "X-Request-Id", "a-2");
    api.get("/api/search?q=data&api_key=hunter2&password=hunter3", "X-Request-Id", "s-1");
    api.post("/api/admin/reindex?x=1", "wrong-token-zz", "");
    accessLine("s-1");
    accessLine("a-2");
    synchronized (LINES) {
      for (ILoggingEvent e : LINES.list) {
        String text =
            e.getFormattedMessage()
                + (e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getMessage());
        for (String secret :
            List.of(ServerFixture.ADMIN_TOKEN, "hunter2", "hunter3", "wrong-token-zz")) {
          assertFalse(text.contains(secret), secret + " logged: " + text);
        }
      }
    }
  }
}
