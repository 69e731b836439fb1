package careersearch.server.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lines {@link AccessLog} writes for given requests, without a server: which requests are slow
 * is then exact, so the masking of secret-looking parameters in the slow-query line is certain to
 * be exercised (over HTTP an unknown parameter is a quick 400 that may not pass the threshold).
 */
class AccessLogLinesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
  private Level accessLevel;

  @BeforeEach
  void listen() {
    lines.start();
    accessLevel = ((Logger) AccessLog.ACCESS).getLevel();
    ((Logger) AccessLog.ACCESS).setLevel(Level.INFO);
    ((Logger) AccessLog.ACCESS).addAppender(lines);
    ((Logger) AccessLog.SLOW).addAppender(lines);
  }

  @AfterEach
  void stopListening() {
    ((Logger) AccessLog.ACCESS).detachAppender(lines);
    ((Logger) AccessLog.SLOW).detachAppender(lines);
    ((Logger) AccessLog.ACCESS).setLevel(accessLevel);
  }

  private static AccessLog.Entry entry(double ms, Map<String, List<String>> params) {
    return new AccessLog.Entry(
        "id-1", "GET", "/api/search", "/api/search", 200, ms, new SearchOutcome(3, false), params);
  }

  private JsonNode line(String logger) throws Exception {
    for (ILoggingEvent e : lines.list) {
      if (e.getLoggerName().equals(logger)) {
        return JSON.readTree(e.getFormattedMessage());
      }
    }
    return null;
  }

  @Test
  void theSlowLineMasksSecretLookingParametersAndKeepsTheOthers() throws Exception {
    Map<String, List<String>> params = new LinkedHashMap<>();
    params.put("q", List.of("data engineer"));
    params.put("api_key", List.of("hunter2"));
    params.put("Access_Token", List.of("hunter3"));
    params.put("near", List.of("Seattle, WA"));
    new AccessLog(new OpsSettings(true, 100)).log(entry(250, params));
    JsonNode slow = line("careersearch.slow");
    assertEquals("slow_query", slow.get("event").asText());
    assertEquals(100, slow.get("threshold_ms").asInt());
    assertEquals("data engineer", slow.at("/params/q/0").asText());
    assertEquals("Seattle, WA", slow.at("/params/near/0").asText());
    assertEquals(AccessLog.MASK, slow.at("/params/api_key/0").asText());
    assertEquals(AccessLog.MASK, slow.at("/params/Access_Token/0").asText());
    JsonNode access = line("careersearch.access");
    assertEquals(3, access.get("result_count").asInt());
    assertFalse(access.has("params"), "the access line carries no query text");
    lines.list.forEach(
        e -> assertFalse(e.getFormattedMessage().contains("hunter"), e.getFormattedMessage()));
  }

  @Test
  void underTheThresholdOrWithItOffThereIsNoSlowLine() throws Exception {
    new AccessLog(new OpsSettings(true, 100)).log(entry(99, Map.of()));
    new AccessLog(new OpsSettings(true, 0)).log(entry(10_000, Map.of()));
    assertEquals(null, line("careersearch.slow"));
    assertEquals(2, lines.list.size(), "the two access lines");
  }

  @Test
  void theTextFormatIsOneLineWithTheSameFields() {
    new AccessLog(new OpsSettings(false, 100)).log(entry(250, Map.of("token", List.of("hunter2"))));
    String access = lines.list.get(0).getFormattedMessage();
    String slow = lines.list.get(1).getFormattedMessage();
    assertTrue(
        access.matches(
            "\\S+ access GET /api/search 200 250\\.0ms id=id-1 results=3 timed_out=false"),
        access);
    assertTrue(slow.contains(" over=100ms path=/api/search params={token=[***]}"), slow);
    assertFalse(access.contains("\n") || slow.contains("\n"));
  }
}
