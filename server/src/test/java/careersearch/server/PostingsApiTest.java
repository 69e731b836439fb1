package careersearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.indexer.CorpusIndexer;
import careersearch.indexer.IndexSession;
import careersearch.indexer.store.PostingsStore;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin API's postings against a real server on a random port: a batch's result per item, all
 * or nothing, waiting until searchable, the limits, the one-writer rule, the record as ingested,
 * and deletions that stay through the admin reindex.
 */
class PostingsApiTest {
  private static final String TOKEN = ServerFixture.ADMIN_TOKEN;
  private static final String NDJSON = "application/x-ndjson";

  @TempDir static Path dir;
  private static ServerFixture server;
  private static ApiClient api;

  @BeforeAll
  static void start() throws Exception {
    Path corpus = SmallCorpus.create(dir.resolve("corpus"), 20);
    Path index = dir.resolve("data/index");
    new CorpusIndexer(corpus, false, CorpusIndexer.Progress.NONE).reindex(index);
    server = new ServerFixture(index, corpus, dir.resolve("data/store"), Duration.ofMillis(200));
    api = server.api;
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  static String posting(String id, String title) {
    return "{\"id\": \""
        + id
        + "\", \"title\": \""
        + title
        + "\", \"company\": \"Ingest Co\", \"location\": \"Lyon, France\", \"employment\":"
        + " [\"full_time\"], \"description\": \"Writes postings.\"}";
  }

  private static ApiClient.Response post(String query, String contentType, String body) {
    return api.send("POST", "/api/admin/postings" + query, TOKEN, contentType, body);
  }

  private static JsonNode adminOk(String path) {
    ApiClient.Response r = api.get(path, "Authorization", "Bearer " + TOKEN);
    assertEquals(200, r.status(), path + " -> " + r.body());
    return r.json();
  }

  private static List<String> results(JsonNode answer) {
    List<String> results = new ArrayList<>();
    answer
        .get("items")
        .forEach(
            i -> {
              String where = i.has("line") ? "line " + i.get("line") : "item " + i.get("item");
              results.add(
                  where
                      + " "
                      + i.get("id").asText()
                      + " "
                      + i.get("result").asText()
                      + (i.has("reason") ? ": " + i.get("reason").asText() : ""));
            });
    return results;
  }

  @Test
  void aJsonLinesBatchReportsEveryItemAndAppliesTheValidOnes() {
    String body =
        String.join(
            "\n",
            posting("http-1", "Ingest Engineer"),
            posting("synthetic-1", "Updated Engineer"),
            "{\"title\": \"No Company\"}",
            posting("http-1", "Again"),
            "");
    ApiClient.Response r = post("", NDJSON, body);

    assertEquals(200, r.status(), r.body());
    JsonNode answer = r.json();
    assertEquals(1, answer.get("created").asInt());
    assertEquals(1, answer.get("updated").asInt());
    assertEquals(2, answer.get("errors").asInt());
    assertTrue(answer.get("applied").asBoolean());
    assertEquals(
        List.of(
            "line 1 http-1 created",
            "line 2 synthetic-1 updated",
            "line 3 null error: missing required field 'company'",
            "line 4 http-1 error: duplicate id 'http-1' (first at line 1)"),
        results(answer));
    assertEquals("after the next refresh (<= 200 ms)", answer.get("searchable").asText());
    assertTrue(answer.get("took_ms").isIntegralNumber() && answer.get("took_ms").asLong() >= 0);
    long seq = answer.get("seq").asLong();
    assertTrue(seq >= 2, r.body());
    assertEquals("Ingest Engineer", waitForDocument("http-1").get("title").asText());
    assertEquals("Updated Engineer", waitForDocument("synthetic-1").get("title").asText());
  }

  @Test
  void aJsonArrayWithWaitIsSearchableWhenTheAnswerComes() {
    ApiClient.Response r =
        post(
            "?wait=true",
            "application/json",
            "[" + posting("http-2", "Waiting Engineer") + ", 42]");

    assertEquals(200, r.status(), r.body());
    assertEquals(
        List.of("item 1 http-2 created", "item 2 null error: expected a JSON object, got a number"),
        results(r.json()));
    assertTrue(r.json().get("searchable").asBoolean(), r.body());
    // no waiting here: the serving searcher has the commit already
    assertEquals(200, api.get("/api/documents/http-2").status());
    assertEquals(
        "http-2",
        api.ok("/api/search?q=%22Waiting+Engineer%22").get("hits").get(0).get("id").asText());
  }

  @Test
  void anAtomicBatchWithAnErrorAppliesNothing() {
    ApiClient.Response r =
        post("?atomic=true", NDJSON, posting("http-3", "Atomic") + "\n{\"title\": \"x\"}\n");

    assertEquals(422, r.status(), r.body());
    assertEquals(false, r.json().get("applied").asBoolean());
    assertEquals(
        List.of("line 1 http-3 created", "line 2 null error: missing required field 'company'"),
        results(r.json()));
    assertEquals(
        404, api.get("/api/admin/postings/http-3", "Authorization", "Bearer " + TOKEN).status());
  }

  @Test
  void getAnswersTheRecordAsIngestedOrTheCorpusRecord() {
    String line = "{ \"id\":\"http-4\",  \"title\": \"Raw Engineer\", \"company\": \"Raw Co\" }";
    assertEquals(200, post("", NDJSON, line + "\n").status());

    JsonNode stored = adminOk("/api/admin/postings/http-4");
    assertEquals("store", stored.get("origin").asText());
    assertEquals(line, stored.get("raw").asText(), "exactly as sent");
    assertEquals("jsonl", stored.get("format").asText());
    assertEquals("POST /api/admin/postings:1", stored.get("source").asText());
    assertTrue(stored.get("seq").asLong() > 0);
    assertEquals(
        "{\"id\":\"http-4\",\"title\":\"Raw Engineer\",\"company\":\"Raw Co\"}",
        stored.get("posting").toString());

    JsonNode corpus = adminOk("/api/admin/postings/synthetic-5");
    assertEquals("corpus", corpus.get("origin").asText());
    assertEquals("postings/synthetic.jsonl:6", corpus.get("corpus_file").asText());
    assertEquals("Engineer 5", corpus.get("posting").get("title").asText());
    assertTrue(corpus.get("raw") == null);

    ApiClient.Response missing =
        api.get("/api/admin/postings/nope", "Authorization", "Bearer " + TOKEN);
    assertEquals(404, missing.status());
    assertEquals("no posting with id 'nope'", missing.json().get("error").get("message").asText());
  }

  @Test
  void wrongTypesTokensAndSizesAreRefused() throws Exception {
    ApiClient.Response type = post("", "text/plain", posting("http-5", "x"));
    assertEquals(415, type.status(), type.body());
    // the types of the formats this build reads, JSON and JSON Lines first
    assertTrue(
        type.json()
            .get("error")
            .get("message")
            .asText()
            .startsWith(
                "Content-Type text/plain is not accepted; send one of application/json,"
                    + " application/x-ndjson"),
        type.body());
    assertEquals(
        403,
        api.send("POST", "/api/admin/postings", null, NDJSON, posting("http-5", "x")).status());
    assertEquals(
        403,
        api.send("POST", "/api/admin/postings", "wrong", NDJSON, posting("http-5", "x")).status());
    assertEquals(403, api.get("/api/admin/postings/synthetic-1").status());
    assertEquals(400, post("?atomic=yes", NDJSON, posting("http-5", "x")).status());
    assertEquals(400, post("?force=1", NDJSON, posting("http-5", "x")).status());
    ApiClient.Response empty = post("", NDJSON, "\n\n");
    assertEquals(400, empty.status());
    assertEquals("the body has no postings", empty.json().get("error").get("message").asText());
    ApiClient.Response notArray = post("", "application/json", "{\"title\": 1}");
    assertEquals(400, notArray.status());

    // declared too large: refused on the headers alone
    String headersOnly =
        "POST /api/admin/postings HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
            + TOKEN
            + "\r\nContent-Type: application/x-ndjson\r\nContent-Length: 40000000\r\n"
            + "Connection: close\r\n\r\n";
    RawHttp.Response declared =
        RawHttp.send(server.app.port(), headersOnly.getBytes(StandardCharsets.US_ASCII));
    assertEquals(413, declared.status(), declared.body());
    assertTrue(declared.body().contains("larger than 33554432 bytes"), declared.body());
    // streamed without a length: cut off at the limit
    byte[] big = new byte[32 * 1024 * 1024 + 10];
    java.util.Arrays.fill(big, (byte) ' ');
    ApiClient.Response streamed =
        api.send(
            "POST",
            "/api/admin/postings",
            TOKEN,
            NDJSON,
            java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(big)));
    assertEquals(413, streamed.status(), streamed.body());
    // other routes keep their limit
    assertTrue(declared.body().contains("\"status\":413"));
  }

  @Test
  void aSecondWriterIsRefusedWithAConflict() throws Exception {
    try (PostingsStore.Writer held = PostingsStore.open(server.storeDir).lockForWriting()) {
      ApiClient.Response r = post("", NDJSON, posting("http-6", "Blocked"));
      assertEquals(409, r.status(), r.body());
      assertEquals(
          "the postings store "
              + server.storeDir
              + " is being written by another writer in this process; wait for it to finish and"
              + " try again",
          r.json().get("error").get("message").asText());
      ApiClient.Response delete =
          api.send("DELETE", "/api/admin/postings/synthetic-2", TOKEN, null, "");
      assertEquals(409, delete.status(), delete.body());
    }
    try (IndexSession running = IndexSession.open(server.indexDir, OpenMode.APPEND)) {
      ApiClient.Response r = post("", NDJSON, posting("http-6", "Blocked"));
      assertEquals(409, r.status(), r.body());
      assertTrue(
          r.json().get("error").get("message").asText().startsWith("another reindex or update"),
          r.body());
    }
    assertEquals(
        404, api.get("/api/admin/postings/http-6", "Authorization", "Bearer " + TOKEN).status());
  }

  @Test
  void deletionsStayThroughTheAdminReindex() throws Exception {
    assertEquals(
        200,
        post("?wait=true", NDJSON, posting("http-7", "Kept") + "\n" + posting("http-8", "Dropped"))
            .status());
    ApiClient.Response corpus =
        api.send("DELETE", "/api/admin/postings/synthetic-7?wait=true", TOKEN, null, "");
    assertEquals(200, corpus.status(), corpus.body());
    assertEquals("corpus", corpus.json().get("origin").asText());
    assertEquals(
        "deleted synthetic-7 (from corpus file postings/synthetic.jsonl:8: the deletion is kept in"
            + " the store and survives reindex)",
        corpus.json().get("message").asText());
    ApiClient.Response stored =
        api.send("DELETE", "/api/admin/postings/http-8?wait=true", TOKEN, null, "");
    assertEquals("store", stored.json().get("origin").asText(), stored.body());
    assertEquals(404, api.get("/api/documents/synthetic-7").status());
    ApiClient.Response again =
        api.send("DELETE", "/api/admin/postings/synthetic-7", TOKEN, null, "");
    assertEquals(404, again.status());

    JsonNode before = api.ok("/api/health").get("postings");
    assertEquals(202, api.post("/api/admin/reindex", TOKEN, "").status());
    JsonNode status = waitForReindex();
    assertEquals("succeeded", status.get("state").asText(), status.toString());
    // corpus + store - deletions: the same postings as before the rebuild
    assertEquals(before.get("from_corpus").asInt(), status.get("postings_from_corpus").asInt());
    assertEquals(before.get("from_store").asInt(), status.get("postings_from_store").asInt());
    assertEquals(1, status.get("corpus_postings_deleted").asInt(), status.toString());
    server.searchers.refresh();
    assertEquals(404, api.get("/api/documents/synthetic-7").status());
    assertEquals(404, api.get("/api/documents/http-8").status());
    assertEquals("Kept", api.ok("/api/documents/http-7").get("title").asText());
    assertEquals(before, api.ok("/api/health").get("postings"));
  }

  private static JsonNode waitForReindex() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (true) {
      JsonNode status = adminOk("/api/admin/reindex");
      if (!status.get("state").asText().equals("running") || System.nanoTime() > deadline) {
        return status;
      }
      Thread.sleep(100);
    }
  }

  private static JsonNode waitForDocument(String id) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (true) {
      ApiClient.Response r = api.get("/api/documents/" + id);
      if (r.status() == 200 || System.nanoTime() > deadline) {
        assertEquals(200, r.status(), r.body());
        return r.json();
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    }
  }
}
