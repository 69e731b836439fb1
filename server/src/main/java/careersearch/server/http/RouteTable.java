package careersearch.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Registers the API routes and remembers which methods each path takes, so a wrong method gets a
 * 405 with {@code Allow} (Javalin answers 404 for it) and HEAD runs the GET handler (Javalin's own
 * HEAD answers 200 without running it, whatever GET would answer; Jetty drops the body).
 */
final class RouteTable {
  private final RoutesConfig routes;
  private final Map<String, Set<String>> methods = new LinkedHashMap<>();

  RouteTable(RoutesConfig routes) {
    this.routes = routes;
  }

  void get(String path, Handler handler) {
    routes.get(path, handler);
    routes.head(path, handler);
    add(path, "GET", "HEAD");
  }

  void post(String path, Handler handler) {
    routes.post(path, handler);
    add(path, "POST");
  }

  void delete(String path, Handler handler) {
    routes.delete(path, handler);
    add(path, "DELETE");
  }

  private void add(String path, String... verbs) {
    Set<String> set = methods.computeIfAbsent(path, p -> new LinkedHashSet<>());
    for (String verb : verbs) {
      set.add(verb);
    }
  }

  /** The methods a request path takes (empty for an unknown path), e.g. {@code GET, HEAD}. */
  Set<String> allowed(String path) {
    Set<String> allowed = new LinkedHashSet<>();
    methods.forEach(
        (pattern, verbs) -> {
          if (matches(pattern, path)) {
            allowed.addAll(verbs);
          }
        });
    return allowed;
  }

  /** Segment by segment; {@code {name}} matches any non-empty segment; a trailing / is ignored. */
  static boolean matches(String pattern, String path) {
    String[] want = pattern.split("/", -1);
    String trimmed =
        path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    String[] got = trimmed.split("/", -1);
    if (want.length != got.length) {
      return false;
    }
    for (int i = 0; i < want.length; i++) {
      boolean param = want[i].startsWith("{") && want[i].endsWith("}");
      if (param ? got[i].isEmpty() : !want[i].equals(got[i])) {
        return false;
      }
    }
    return true;
  }
}
