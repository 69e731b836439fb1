package careersearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.server.api.Capability;
import careersearch.server.api.SearchBackend;
import careersearch.server.api.SearchRequest;
import careersearch.server.api.SearchResponse;
import careersearch.server.http.AppServices;
import careersearch.server.http.AppSettings;
import careersearch.server.http.CareerSearchApp;
import careersearch.server.lucene.IndexSearchers;
import careersearch.server.lucene.LuceneBackend;
import careersearch.server.lucene.SearchService;
import careersearch.server.lucene.SuggestService;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With every search permit taken and the queue full, the next search gets 503 with Retry-After and
 * the JSON error at once, cheap routes still answer, and searches succeed again afterwards.
 */
class LoadSheddingTest {
  @TempDir Path indexDir;

  @Test
  void searchesPastTheCapAre503WithRetryAfter() throws Exception {
    TestIndex.build(indexDir);
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (IndexSearchers searchers = new IndexSearchers(indexDir, Duration.ofHours(1))) {
      SearchBackend real =
          new LuceneBackend(new SearchService(searchers), new SuggestService(searchers));
      SearchBackend held = new HeldBackend(real, started, release);
      // one search at once, none queued: the second search has nowhere to go
      Javalin app =
          CareerSearchApp.create(
                  new AppServices(held, null, new AppSettings(null, List.of(), 1, 0)))
              .start("127.0.0.1", 0);
      try {
        ApiClient api = new ApiClient(app.port());
        CompletableFuture<ApiClient.Response> first =
            CompletableFuture.supplyAsync(() -> api.get("/api/search?q=held"));
        assertTrue(started.await(30, TimeUnit.SECONDS), "the first search holds its permit");

        ApiClient.Response refused = api.get("/api/search?q=data");
        assertEquals(503, refused.status(), refused.body());
        assertEquals("1", refused.headers().firstValue("Retry-After").orElse(null));
        assertEquals(503, refused.json().get("error").get("status").asInt());
        assertTrue(
            refused.json().get("error").get("message").asText().startsWith("too many searches"));
        assertEquals(503, api.request("HEAD", "/api/search?q=data").status());
        // routes outside the cap are not refused
        assertEquals(200, api.get("/api/health").status());

        release.countDown();
        assertEquals(200, first.get(30, TimeUnit.SECONDS).status());
        assertEquals(200, api.get("/api/search?q=data").status());
      } finally {
        release.countDown();
        app.stop();
      }
    }
  }

  /** A backend whose searches for "held" wait until released. */
  private record HeldBackend(SearchBackend real, CountDownLatch started, CountDownLatch release)
      implements SearchBackend {
    @Override
    public String name() {
      return real.name();
    }

    @Override
    public SearchResponse search(SearchRequest request) {
      if (request.q().equals("held")) {
        started.countDown();
        try {
          release.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return real.search(request);
    }

    @Override
    public Map<String, Object> document(String id) {
      return real.document(id);
    }

    @Override
    public Map<String, Object> health() {
      return real.health();
    }

    @Override
    public careersearch.server.api.SuggestResponse suggest(
        careersearch.server.api.SuggestRequest request) {
      return real.suggest(request);
    }

    @Override
    public Set<Capability> capabilities() {
      return real.capabilities();
    }
  }
}
