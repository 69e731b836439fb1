package careersearch.server.ops;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The container's {@code HEALTHCHECK}: exits 0 when {@code GET /api/health} answers 200 within 5 s,
 * else 1. Java, because the JRE image has no curl, and the check then needs nothing beyond the jar.
 */
public final class HealthCheck {
  private HealthCheck() {}

  /** One argument: the health URL (default http://127.0.0.1:$CAREERSEARCH_PORT/api/health). */
  public static void main(String[] args) {
    String port = System.getenv().getOrDefault("CAREERSEARCH_PORT", "7070");
    String url = args.length > 0 ? args[0] : "http://127.0.0.1:" + port + "/api/health";
    System.exit(check(url) ? 0 : 1);
  }

  static boolean check(String url) {
    try {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      System.out.println(response.statusCode() + " " + response.body());
      return response.statusCode() == 200;
    } catch (Exception e) {
      System.out.println("unhealthy: " + e);
      return false;
    }
  }
}
