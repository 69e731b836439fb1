package careersearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.indexer.cli.IndexerCli;
import careersearch.indexer.solr.SolrHttp;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing to SolrCloud as the CLI does: the rebuild switched the alias to a new collection and
 * dropped the test cluster's first one; postings are added, replaced and deleted by id through the
 * alias.
 */
class SolrIndexingTest {
  static SolrFixture fixture;
  static ApiClient api;

  @BeforeAll
  static void start() throws Exception {
    fixture = new SolrFixture();
    api = fixture.api();
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @Test
  void rebuildSwitchedTheAliasAndDroppedTheOldCollection() throws Exception {
    SolrTestCloud cloud = SolrTestCloud.get();
    String target = cloud.index().aliasTarget();
    assertTrue(target.startsWith("careersearch_2"), target);
    JsonNode collections = cloud.http().get("/admin/collections?action=LIST&wt=json");
    List<String> names = new java.util.ArrayList<>();
    collections.path("collections").forEach(c -> names.add(c.asText()));
    assertTrue(names.contains(target), names.toString());
    assertFalse(names.contains("careersearch_0"), names.toString());
    assertEquals(
        1, names.stream().filter(n -> n.matches("careersearch_\\d.*")).count(), names.toString());
    assertEquals(target, api.ok("/api/health").get("collection").asText());
  }

  private static String[] concat(String command, String[] options, String... rest) {
    List<String> all = new java.util.ArrayList<>();
    all.add(command);
    all.addAll(List.of(options));
    all.addAll(List.of(rest));
    return all.toArray(String[]::new);
  }

  @Test
  void requestsFailOverToTheNextNode() throws Exception {
    SolrHttp http = SolrHttp.of("http://127.0.0.1:9/solr," + SolrTestCloud.get().urls());
    for (int i = 0; i < 4; i++) {
      assertEquals(
          0,
          http.get("/admin/collections?action=LIST&wt=json")
              .path("responseHeader")
              .path("status")
              .asInt());
    }
    SolrHttp dead = SolrHttp.of("http://127.0.0.1:9/solr");
    SolrHttp.SolrException e =
        assertThrows(SolrHttp.SolrException.class, () -> dead.get("/admin/info/system"));
    assertEquals(503, e.status());
  }

  @Test
  void addReplaceAndDeletePostingsById(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("new.jsonl");
    Files.writeString(
        file,
        "{\"id\": \"solr-1\", \"title\": \"Zeppelin Pilot\", \"company\": \"Skyways\","
            + " \"location\": \"Lyon\", \"remote\": \"onsite\", \"employment\": [\"full_time\"],"
            + " \"seniority\": \"mid\", \"salary\": {\"min\": 60000, \"max\": 70000, \"currency\":"
            + " \"USD\", \"period\": \"year\"}, \"posted_at\": \"2026-04-01\", \"description\":"
            + " \"Fly zeppelins.\", \"url\": \"https://example.org/z\"}\n");
    String[] solr = {
      "--backend",
      "solr",
      "--solr-url",
      SolrTestCloud.get().urls(),
      "--store",
      dir.resolve("store").toString(),
      "--corpus",
      RealCorpus.corpusDir().toString()
    };
    try {
      assertEquals(0, IndexerCli.run(concat("add", solr, file.toString())));
      JsonNode r = api.ok("/api/search?q=zeppelin");
      assertEquals(1, r.get("total").asLong());
      String id = r.get("hits").get(0).get("id").asText();
      assertEquals("solr-1", id);
      assertEquals("Skyways", api.ok("/api/documents/" + id).get("company").asText());
      // resolved at add time, as the rebuild does
      assertEquals("FR", api.ok("/api/documents/" + id).path("place").path("country").asText());

      // the same id again replaces it
      assertEquals(0, IndexerCli.run(concat("add", solr, file.toString())));
      assertEquals(1, api.ok("/api/search?q=zeppelin").get("total").asLong());

      assertEquals(IndexerCli.EXIT_BAD_INPUT, IndexerCli.run(concat("delete", solr, id, "nope")));
      assertEquals(1, api.ok("/api/search?q=zeppelin").get("total").asLong());

      assertEquals(0, IndexerCli.run(concat("delete", solr, id)));
      assertEquals(0, api.ok("/api/search?q=zeppelin").get("total").asLong());
      assertNotEquals(200, api.get("/api/documents/" + id).status());
    } finally {
      // leave the collection as the other Solr-backed classes expect it
      if (api.ok("/api/search?q=zeppelin").get("total").asLong() > 0) {
        SolrTestCloud.get().index().delete(List.of("solr-1"));
      }
    }
  }
}
