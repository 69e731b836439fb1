package careersearch.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON responses that the HTTP suites received through {@link ApiClient}, a few per method, path
 * and status, so {@code OpenApiResponsesTest} checks real answers of every suite that ran before it
 * in this JVM against the OpenAPI document, beside the requests it makes itself.
 */
final class Exchanges {
  /** One response: what was asked and what came back. */
  record Exchange(String method, String path, int status, JsonNode json) {}

  private static final int PER_KEY = 2;
  private static final int MAX_KEYS = 2_000;
  private static final Map<String, List<Exchange>> SEEN = new ConcurrentHashMap<>();

  private Exchanges() {}

  static void record(String method, String path, int status, JsonNode json) {
    if (json == null || (SEEN.size() >= MAX_KEYS)) {
      return;
    }
    // keyed by the field names found too, so each shape of an answer is kept, not only the first
    java.util.Set<String> names = new java.util.TreeSet<>();
    collectNames(json, names);
    String key = method + ' ' + path + ' ' + status + ' ' + names.hashCode();
    List<Exchange> list = SEEN.computeIfAbsent(key, k -> new ArrayList<>());
    synchronized (list) {
      if (list.size() < PER_KEY) {
        list.add(new Exchange(method, path, status, json));
      }
    }
  }

  private static void collectNames(JsonNode node, java.util.Set<String> names) {
    if (node.isObject()) {
      node.properties()
          .forEach(
              e -> {
                names.add(e.getKey());
                collectNames(e.getValue(), names);
              });
    } else if (node.isArray()) {
      node.forEach(item -> collectNames(item, names));
    }
  }

  static List<Exchange> all() {
    List<Exchange> all = new ArrayList<>();
    SEEN.values()
        .forEach(
            list -> {
              synchronized (list) {
                all.addAll(list);
              }
            });
    return all;
  }
}
