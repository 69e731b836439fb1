package careersearch.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.server.ApiClient;
import careersearch.server.TestIndex;
import careersearch.server.lucene.IndexSearchers;
import careersearch.server.lucene.SearchService;
import careersearch.server.lucene.SuggestService;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Failures no real route can be made to throw on demand, through routes added for this test only: a
 * {@link java.lang.Error} (which Javalin's exception handlers do not see) still gets a JSON 500,
 * and a query that expands past Lucene's clause limit is the caller's 400.
 */
class ErrorMappingTest {
  private static IndexSearchers searchers;
  private static Javalin app;
  private static ApiClient api;

  @BeforeAll
  static void start(@org.junit.jupiter.api.io.TempDir Path indexDir) throws Exception {
    TestIndex.build(indexDir);
    searchers = new IndexSearchers(indexDir, Duration.ofMinutes(10));
    AppServices services =
        new AppServices(
            new SearchService(searchers),
            new SuggestService(searchers),
            null,
            new AppSettings(null, List.of()));
    app =
        CareerSearchApp.create(
                services,
                config -> {
                  config.routes.get(
                      "/test/assertion",
                      ctx -> {
                        throw new AssertionError("an assert in a library");
                      });
                  config.routes.get(
                      "/test/stack",
                      ctx -> {
                        throw new StackOverflowError();
                      });
                  config.routes.get(
                      "/test/clauses",
                      ctx -> {
                        throw new IndexSearcher.TooManyClauses();
                      });
                  config.routes.get(
                      "/test/runtime",
                      ctx -> {
                        throw new IllegalStateException("a bug");
                      });
                })
            .start("127.0.0.1", 0);
    api = new ApiClient(app.port());
  }

  @AfterAll
  static void stop() throws Exception {
    app.stop();
    searchers.close();
  }

  @ParameterizedTest
  @CsvSource({
    "/test/assertion, 500, internal error; see the server log",
    "/test/stack, 500, internal error; see the server log",
    "/test/runtime, 500, internal error; see the server log",
    "/test/clauses, 400, the query expands to more than 1024 clauses; search for fewer words"
  })
  void failuresBecomeJsonErrors(String path, int status, String message) {
    ApiClient.Response r = api.get(path);
    assertEquals(status, r.status(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertEquals(status, r.json().get("error").get("status").asInt(), r.body());
    assertEquals(message, r.json().get("error").get("message").asText());
  }
}
