package careersearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.server.http.AppSettings;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** GET /metrics: bound to the admin token, Prometheus' text format, bounded tags. */
class MetricsApiTest extends TestIndexServer {
  private static final String AUTH = "Bearer " + ServerFixture.ADMIN_TOKEN;

  private static String scrape() {
    ApiClient.Response r = api.get("/metrics", "Authorization", AUTH);
    assertEquals(200, r.status(), r.body());
    return r.body();
  }

  @Test
  void needsTheAdminToken() {
    ApiClient.Response none = api.get("/metrics");
    assertEquals(403, none.status());
    assertEquals("Bearer", none.headers().firstValue("WWW-Authenticate").orElse(null));
    assertEquals(
        "a valid admin token is required: Authorization: Bearer <token>",
        none.json().get("error").get("message").asText());
    assertEquals(403, api.get("/metrics", "Authorization", "Bearer wrong").status());
    assertEquals(403, api.get("/metrics", "Authorization", ServerFixture.ADMIN_TOKEN).status());
    assertEquals(400, api.get("/metrics?x=1", "Authorization", AUTH).status());
  }

  @Test
  void isOffWithoutAConfiguredToken() throws Exception {
    try (ServerFixture off =
        new ServerFixture(indexDir, Duration.ofSeconds(1), new AppSettings(null, List.of()))) {
      ApiClient.Response r = off.api.get("/metrics", "Authorization", "Bearer anything");
      assertEquals(404, r.status());
      assertTrue(r.json().get("error").get("message").asText().startsWith("metrics are off"));
    }
  }

  @Test
  void scrapesWithPrometheusOwnParser() throws Exception {
    api.ok("/api/search?q=engineer");
    api.get("/api/documents/j1");
    api.get("/api/documents/no-such-id");
    ApiClient.Response r = api.get("/metrics", "Authorization", AUTH);
    assertEquals(200, r.status());
    assertEquals(
        "text/plain; version=0.0.4; charset=utf-8",
        r.headers().firstValue("Content-Type").orElse(""));
    Promtool.check(r.body());
  }

  @Test
  void countsRequestsByRouteTemplateAndStatusClass() {
    api.ok("/api/documents/j2");
    api.get("/api/documents/missing-document");
    api.get("/api/search?size=-1");
    String metrics = scrape();
    assertTrue(
        count(
                metrics,
                "careersearch_http_requests_seconds_count{method=\"GET\",route=\"/api/documents/{id}\",status=\"2xx\"}")
            >= 1,
        metrics);
    assertTrue(
        count(
                metrics,
                "careersearch_http_requests_seconds_count{method=\"GET\",route=\"/api/documents/{id}\",status=\"4xx\"}")
            >= 1);
    assertTrue(
        metrics.contains(
            "careersearch_http_requests_seconds_bucket{method=\"GET\",route=\"/api/search\",status=\"4xx\",le=\"0.005\"}"),
        "a latency histogram");
    assertFalse(metrics.contains("missing-document"), "ids are never tags");
    assertFalse(metrics.contains("j2\""), "ids are never tags");
  }

  @Test
  void countsSearchOutcomesWithoutTheQueryText() {
    double zero = count(scrape(), outcome("zero_results"));
    double corrected = count(scrape(), outcome("spelling_corrected"));
    api.ok("/api/search?q=qqxyzzyunfindable");
    api.ok("/api/search?q=scientsit"); // corrected to scientist
    String metrics = scrape();
    assertTrue(count(metrics, outcome("zero_results")) >= zero + 1, metrics);
    assertTrue(count(metrics, outcome("spelling_corrected")) >= corrected + 1, metrics);
    assertTrue(metrics.contains(outcome("timed_out")));
    assertFalse(metrics.contains("qqxyzzyunfindable"), "query text is never a tag");
    assertFalse(metrics.contains("scientsit"), "query text is never a tag");
  }

  @Test
  void aRadiusSearchIsTaggedByItsRouteNotItsPlace() {
    assertEquals(400, api.get("/api/search?near=Qqzzplaceville&within_km=20").status());
    api.get("/api/search?q=engineer&near=47.6062%2C-122.3321&sort=distance");
    String metrics = scrape();
    assertFalse(metrics.contains("Qqzzplaceville"), "place text is never a tag");
    assertFalse(metrics.contains("-122.3321"), "coordinates are never a tag");
    assertFalse(metrics.contains("within_km"), "parameters are never a tag");
    assertTrue(
        count(
                metrics,
                "careersearch_http_requests_seconds_count{method=\"GET\",route=\"/api/search\",status=\"4xx\"}")
            >= 1,
        metrics);
  }

  @Test
  void hasJvmIndexAndCacheMeters() {
    api.ok("/api/search?q=data");
    String metrics = scrape();
    for (String name :
        List.of(
            "jvm_memory_used_bytes{",
            "jvm_gc_",
            "jvm_threads_live_threads ",
            "process_uptime_seconds ",
            "careersearch_cache_lookups_total{cache=\"match\",result=\"hit\"}",
            "careersearch_cache_lookups_total{cache=\"lucene_query\",result=\"miss\"}",
            "careersearch_index_segments ",
            "careersearch_index_size_bytes ",
            "careersearch_index_version ",
            "careersearch_index_searcher_age_seconds ",
            "careersearch_reindex_seconds_count{outcome=\"succeeded\"}")) {
      assertTrue(metrics.contains(name), name + " in\n" + metrics);
    }
    assertEquals(6, count(metrics, "careersearch_index_documents{type=\"job\"}"));
    assertTrue(count(metrics, "careersearch_index_segments") >= 1);
    assertTrue(count(metrics, "careersearch_index_size_bytes") > 0);
  }

  @Test
  void countsReindexRunsByOutcome(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    // a corpus that is not there: the reindex fails at once, the index untouched
    java.nio.file.Path index = dir.resolve("index");
    TestIndex.build(index);
    try (careersearch.server.lucene.IndexSearchers searchers =
            new careersearch.server.lucene.IndexSearchers(index, Duration.ofSeconds(1));
        AdminService admin = new AdminService(dir.resolve("no-corpus"), index)) {
      io.javalin.Javalin app =
          careersearch.server.http.CareerSearchApp.create(
                  new careersearch.server.http.AppServices(
                      new careersearch.server.lucene.SearchService(searchers),
                      new careersearch.server.lucene.SuggestService(searchers),
                      admin,
                      new AppSettings(ServerFixture.ADMIN_TOKEN, List.of())))
              .start("127.0.0.1", 0);
      try {
        ApiClient client = new ApiClient(app.port());
        assertEquals(
            202, client.post("/api/admin/reindex", ServerFixture.ADMIN_TOKEN, "").status());
        String failed = "careersearch_reindex_seconds_count{outcome=\"failed\"}";
        double count = 0;
        for (int i = 0; i < 100 && !(count >= 1); i++) {
          Thread.sleep(50);
          count = count(client.get("/metrics", "Authorization", AUTH).body(), failed);
        }
        assertEquals(1, count);
        String metrics = client.get("/metrics", "Authorization", AUTH).body();
        assertEquals(
            0, count(metrics, "careersearch_reindex_seconds_count{outcome=\"succeeded\"}"));
        assertEquals(0, count(metrics, "careersearch_reindex_documents_total"));
      } finally {
        app.stop();
      }
    }
  }

  private static String outcome(String outcome) {
    return "careersearch_search_outcomes_total{outcome=\"" + outcome + "\"}";
  }

  /** The value of one sample, by its name and labels as written; NaN when absent. */
  static double count(String metrics, String sample) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(sample) + " (\\S+)$").matcher(metrics);
    return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
  }
}
