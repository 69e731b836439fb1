package careersearch.indexer.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Solr's HTTP/JSON APIs over the JDK's HTTP client, with several node URLs and failover: each
 * request starts at the next node (round robin) and moves on to the following one when a node
 * cannot be reached or answers 5xx. No SolrJ: it would bring Jetty 10 next to the server's Jetty
 * 12.
 */
public final class SolrHttp {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<String> nodes;
  private final HttpClient http;
  private final Duration timeout;
  private final AtomicInteger next = new AtomicInteger();

  /**
   * @param nodes base URLs of Solr nodes, e.g. {@code http://127.0.0.1:8983/solr}
   */
  public SolrHttp(List<String> nodes, Duration timeout) {
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException(
          "no Solr URL given; pass --solr-url http://host:8983/solr");
    }
    this.nodes = nodes.stream().map(String::strip).map(u -> u.replaceAll("/+$", "")).toList();
    this.timeout = timeout;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  /** From a comma-separated list of node URLs. */
  public static SolrHttp of(String commaSeparatedUrls) {
    if (commaSeparatedUrls == null || commaSeparatedUrls.isBlank()) {
      throw new IllegalArgumentException(
          "the Solr backend needs --solr-url (or CAREERSEARCH_SOLR_URL), e.g."
              + " http://127.0.0.1:8983/solr");
    }
    return new SolrHttp(
        Arrays.stream(commaSeparatedUrls.split(",")).filter(s -> !s.isBlank()).toList(),
        Duration.ofSeconds(60));
  }

  public List<String> nodes() {
    return nodes;
  }

  /** A Solr error answer (4xx), or every node failing. */
  public static final class SolrException extends RuntimeException {
    private final int status;

    public SolrException(int status, String message) {
      super(message);
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  /** URL-encodes a parameter value. */
  public static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** GET a path under the node URL (e.g. {@code /admin/collections?action=LIST}). */
  public JsonNode get(String path) {
    return send(path, null, null, timeout);
  }

  /** POST a JSON body. */
  public JsonNode postJson(String path, Object body) {
    try {
      return send(path, JSON.writeValueAsBytes(body), "application/json", timeout);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** POST bytes of a content type. */
  public JsonNode post(String path, byte[] body, String contentType) {
    return send(path, body, contentType, timeout);
  }

  /** GET with a shorter time limit, e.g. for health checks. */
  public JsonNode get(String path, Duration limit) {
    return send(path, null, null, limit);
  }

  private JsonNode send(String path, byte[] body, String contentType, Duration limit) {
    int first = Math.floorMod(next.getAndIncrement(), nodes.size());
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      String node = nodes.get((first + i) % nodes.size());
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node + path)).timeout(limit);
      if (body == null) {
        request.GET();
      } else {
        request.header("Content-Type", contentType);
        request.POST(HttpRequest.BodyPublishers.ofByteArray(body));
      }
      try {
        HttpResponse<byte[]> response =
            http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        JsonNode json = parse(response.body());
        if (response.statusCode() >= 500) {
          failures.add(node + ": " + response.statusCode() + " " + message(json, response));
          continue; // another node may serve it
        }
        if (response.statusCode() >= 400) {
          throw new SolrException(response.statusCode(), message(json, response));
        }
        return json;
      } catch (IOException e) {
        failures.add(node + ": " + e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SolrException(503, "interrupted while calling Solr");
      }
    }
    throw new SolrException(503, "no Solr node answered " + path + ": " + failures);
  }

  private static JsonNode parse(byte[] body) {
    try {
      return body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
    } catch (IOException e) {
      return JSON.createObjectNode().put("raw", new String(body, StandardCharsets.UTF_8));
    }
  }

  private static String message(JsonNode json, HttpResponse<byte[]> response) {
    String msg = json.path("error").path("msg").asText(null);
    if (msg == null) {
      msg = json.path("raw").asText("HTTP " + response.statusCode());
    }
    return msg;
  }
}
