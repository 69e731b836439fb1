package careersearch.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A tiny HTTP client for tests: GET a path, get status and parsed JSON. */
public final class ApiClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  public ApiClient(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  /** A response: status code, raw body and parsed JSON. */
  public record Response(int status, String body, JsonNode json) {}

  public Response get(String pathAndQuery) {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body(), JSON.readTree(response.body()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GET that must answer 200; returns its JSON. */
  public JsonNode ok(String pathAndQuery) {
    Response response = get(pathAndQuery);
    if (response.status() != 200) {
      throw new AssertionError(
          "GET " + pathAndQuery + " -> " + response.status() + " " + response.body());
    }
    return response.json();
  }
}
