package careersearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.server.http.AppSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Security headers, the admin token, and the documented limits. */
class SecurityApiTest extends TestIndexServer {

  @Test
  void everyResponseCarriesSecurityHeaders() {
    for (String path : List.of("/api/search?q=data", "/api/nothing", "/api/search?size=0")) {
      ApiClient.Response r = api.get(path);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
      assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null), path);
      assertTrue(
          r.headers()
              .firstValue("Content-Security-Policy")
              .orElse("")
              .contains("default-src 'self'"),
          path);
    }
    // CORS is off unless configured
    assertTrue(
        api.get("/api/search").headers().firstValue("Access-Control-Allow-Origin").isEmpty());
  }

  @Test
  void adminReindexNeedsTheToken() {
    ApiClient.Response none = api.post("/api/admin/reindex", null, "");
    assertEquals(403, none.status());
    assertEquals(
        "a valid admin token is required: Authorization: Bearer <token>",
        none.json().get("error").get("message").asText());
    assertEquals(403, api.post("/api/admin/reindex", "wrong-token", "").status());
    assertEquals(403, api.get("/api/admin/reindex").status());
    ApiClient.Response head = api.request("HEAD", "/api/admin/reindex");
    assertEquals(403, head.status());
    assertEquals("Bearer", head.headers().firstValue("WWW-Authenticate").orElse(null));
  }

  @Test
  void adminApiIsOffWithoutAConfiguredToken() throws Exception {
    try (ServerFixture off =
        new ServerFixture(indexDir, Duration.ofSeconds(1), new AppSettings(null, List.of()))) {
      ApiClient.Response r = off.api.post("/api/admin/reindex", "anything", "");
      assertEquals(404, r.status());
      assertTrue(r.json().get("error").get("message").asText().startsWith("the admin API is off"));
    }
  }

  @Test
  void wrongMethodAndOversizedBodyAreJsonErrors() throws Exception {
    ApiClient.Response post = api.post("/api/search", null, "");
    assertEquals(405, post.status(), post.body());
    assertEquals(post.status(), post.json().get("error").get("status").asInt());
    // refused on its declared length, before any of it is read: the headers alone get the answer
    // (a client still sending the body may see the connection close under it instead)
    String headersOnly =
        "POST /api/admin/reindex HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
            + ServerFixture.ADMIN_TOKEN
            + "\r\nContent-Type: text/plain\r\nContent-Length: 200000\r\nConnection: close\r\n\r\n";
    RawHttp.Response big =
        RawHttp.send(server.app.port(), headersOnly.getBytes(StandardCharsets.US_ASCII));
    assertEquals(413, big.status(), big.body());
    assertTrue(big.body().contains("\"status\":413"), big.body());
  }

  @Test
  void queryLimits() {
    ApiClient.Response words = api.get("/api/search?q=" + "word+".repeat(65));
    assertEquals(400, words.status());
    assertTrue(words.json().get("error").get("message").asText().startsWith("q has 65 words"));
    ApiClient.Response deep = api.get("/api/search?page=101&size=100");
    assertEquals(400, deep.status());
    assertTrue(
        deep.json()
            .get("error")
            .get("message")
            .asText()
            .startsWith("page x size must not exceed 10000"));
    ApiClient.Response longQ = api.get("/api/search?q=" + "a".repeat(1001));
    assertEquals(400, longQ.status());
  }

  @Test
  void knowledgeAndAdminRoutesRefuseUnknownParameters() {
    for (String path :
        List.of(
            "/api/salaries?q=data&limit=3",
            "/api/compare?a=Data+Scientist&b=Data+Engineer&c=x",
            "/api/admin/reindex?force=1")) {
      ApiClient.Response r = api.get(path);
      assertEquals(400, r.status(), path + " -> " + r.body());
      assertTrue(
          r.json().get("error").get("message").asText().startsWith("unknown parameter '"),
          r.body());
    }
  }

  /** Jetty's 414 names the limit it enforces, not a parameter of one route. */
  @Test
  void uriTooLongNamesTheRequestLineLimit() throws Exception {
    for (String path :
        List.of("/api/documents/" + "a".repeat(9000), "/api/compare?a=" + "a".repeat(9000))) {
      RawHttp.Response r = RawHttp.get(server.app.port(), path.getBytes(StandardCharsets.US_ASCII));
      assertEquals(414, r.status(), r.body());
      assertTrue(r.body().contains("the request line"), r.body());
      assertTrue(r.body().contains("8192 bytes"), r.body());
      assertTrue(!r.body().contains("q is limited"), r.body());
    }
  }

  @Test
  void shortPrefixesAreNotExpanded() {
    // a lone * or a one-letter prefix would expand to most of the index: read as a plain word
    assertEquals(0, api.ok("/api/search?q=*").get("total").asLong());
    assertEquals(0, api.ok("/api/search?q=d*").get("total").asLong());
    assertTrue(api.ok("/api/search?q=dat*").get("total").asLong() >= 4);
  }
}
