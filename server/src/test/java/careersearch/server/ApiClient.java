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

  /** A response: status code, raw body, parsed JSON and headers. */
  public record Response(
      int status, String body, JsonNode json, java.net.http.HttpHeaders headers) {}

  public Response get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET());
  }

  /** GET with request headers (name, value, name, value, ...). */
  public Response get(String pathAndQuery, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request);
  }

  /** Any method, no body (HEAD, PUT, DELETE, ...). */
  public Response request(String method, String pathAndQuery) {
    return send(
        HttpRequest.newBuilder(URI.create(base + pathAndQuery))
            .method(method, HttpRequest.BodyPublishers.noBody()));
  }

  /** POST with an optional bearer token (null for none). */
  public Response post(String path, String bearerToken, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (bearerToken != null) {
      request.header("Authorization", "Bearer " + bearerToken);
    }
    return send(request);
  }

  /** Any method with a bearer token (null for none), a Content-Type (null for none) and a body. */
  public Response send(
      String method, String pathAndQuery, String bearerToken, String contentType, String body) {
    return send(
        method, pathAndQuery, bearerToken, contentType, HttpRequest.BodyPublishers.ofString(body));
  }

  /** The same with a body publisher (e.g. a stream, sent without a length). */
  public Response send(
      String method,
      String pathAndQuery,
      String bearerToken,
      String contentType,
      HttpRequest.BodyPublisher body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + pathAndQuery)).method(method, body);
    if (bearerToken != null) {
      request.header("Authorization", "Bearer " + bearerToken);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(request);
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      // JSON is parsed; /metrics answers text, the web interface HTML, CSS and JS
      boolean isJson =
          response.headers().firstValue("Content-Type").orElse("application/json").contains("json");
      JsonNode json = response.body().isEmpty() || !isJson ? null : JSON.readTree(response.body());
      Exchanges.record(
          response.request().method(), response.uri().getRawPath(), response.statusCode(), json);
      return new Response(response.statusCode(), response.body(), json, response.headers());
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
