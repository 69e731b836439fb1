package careersearch.server.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One INFO line per request on {@code careersearch.access} (JSON with {@code
 * CAREERSEARCH_LOG_FORMAT=json}, else text), and a WARN line with the query parameters on {@code
 * careersearch.slow} for a request over the slow-query threshold. Headers are never logged (the
 * admin token travels in one), and parameters whose names look like secrets are masked.
 */
final class AccessLog {
  static final Logger ACCESS = LoggerFactory.getLogger("careersearch.access");
  static final Logger SLOW = LoggerFactory.getLogger("careersearch.slow");

  /** Parts of parameter names whose values are never written (no route takes them; some try). */
  private static final Set<String> SECRET_WORDS =
      Set.of("token", "password", "passwd", "secret", "key", "authorization", "auth", "credential");

  static final String MASK = "***";

  private final OpsSettings settings;
  private final ObjectMapper json = new ObjectMapper();

  AccessLog(OpsSettings settings) {
    this.settings = settings;
  }

  /** What one request did; {@code search} is null for a request that ran no search. */
  record Entry(
      String requestId,
      String method,
      String route,
      String path,
      int status,
      double durationMs,
      SearchOutcome search,
      Map<String, List<String>> params) {}

  void log(Entry entry) {
    if (ACCESS.isInfoEnabled()) {
      ACCESS.info(settings.jsonLogs() ? json(entry, "access", false) : text(entry, "access"));
    }
    if (settings.slowQueryMs() > 0 && entry.durationMs() > settings.slowQueryMs()) {
      SLOW.warn(settings.jsonLogs() ? json(entry, "slow_query", true) : text(entry, "slow_query"));
    }
  }

  private String text(Entry entry, String event) {
    StringBuilder line =
        new StringBuilder()
            .append(Instant.now())
            .append(' ')
            .append(event)
            .append(' ')
            .append(entry.method())
            .append(' ')
            .append(entry.route())
            .append(' ')
            .append(entry.status())
            .append(' ')
            .append(String.format(Locale.ROOT, "%.1f", entry.durationMs()))
            .append("ms id=")
            .append(entry.requestId());
    if (entry.search() != null) {
      line.append(" results=").append(entry.search().total());
      line.append(" timed_out=").append(entry.search().timedOut());
    }
    if (event.equals("slow_query")) {
      line.append(" over=").append(settings.slowQueryMs()).append("ms");
      line.append(" path=").append(entry.path());
      line.append(" params=").append(masked(entry.params()));
    }
    return line.toString();
  }

  private String json(Entry entry, String event, boolean withParams) {
    ObjectNode line = json.createObjectNode();
    line.put("timestamp", Instant.now().toString());
    line.put("event", event);
    line.put("request_id", entry.requestId());
    line.put("method", entry.method());
    line.put("route", entry.route());
    line.put("status", entry.status());
    line.put("duration_ms", Math.round(entry.durationMs() * 10) / 10.0);
    if (entry.search() != null) {
      line.put("result_count", entry.search().total());
      line.put("timed_out", entry.search().timedOut());
    } else {
      line.putNull("result_count");
      line.putNull("timed_out");
    }
    if (withParams) {
      line.put("threshold_ms", settings.slowQueryMs());
      line.put("path", entry.path());
      line.set("params", json.valueToTree(masked(entry.params())));
    }
    return line.toString();
  }

  /** The parameters with the values of secret-looking names masked. */
  static Map<String, List<String>> masked(Map<String, List<String>> params) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    params.forEach(
        (name, values) -> out.put(name, isSecret(name) ? List.of(MASK) : List.copyOf(values)));
    return out;
  }

  static boolean isSecret(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return SECRET_WORDS.stream().anyMatch(lower::contains);
  }
}
