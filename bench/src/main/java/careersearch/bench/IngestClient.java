package careersearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the ingest benchmarks share: the admin token they start the server with, an index built by
 * the indexer CLI in its own JVM, and batches of JSON Lines posted to {@code /api/admin/postings}.
 */
final class IngestClient {
  /** The admin token of the benchmark servers (set in their environment only). */
  static final String TOKEN = "bench-admin-token";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  IngestClient(String base) {
    this.base = base;
  }

  /** The server's environment: the admin token. */
  static Map<String, String> serverEnv() {
    return Map.of("CAREERSEARCH_ADMIN_TOKEN", TOKEN);
  }

  /**
   * Builds an index of the corpus (and an empty store beside it) with the indexer CLI.
   *
   * @param embedder {@code -Dcareersearch.embedder}, or null for the default
   */
  static void reindex(Path corpus, Path index, Path store, String embedder, Path log)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx2g");
    if (embedder != null) {
      command.add("-Dcareersearch.embedder=" + embedder);
    }
    command.addAll(
        List.of(
            "-jar",
            ReindexServingBench.INDEXER_JAR.toString(),
            "reindex",
            "--corpus",
            corpus.toString(),
            "--index",
            index.toString(),
            "--store",
            store.toString(),
            "--no-progress"));
    Process reindex =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (reindex.waitFor() != 0) {
      throw new IllegalStateException("reindex failed; see " + log);
    }
  }

  /** A batch's answer: status and body. */
  record Answer(int status, JsonNode body, long nanos) {
    /** The ids the server acknowledged as created or updated. */
    List<String> acknowledged() {
      List<String> ids = new ArrayList<>();
      if (status == 200) {
        body.get("items")
            .forEach(
                i -> {
                  if (!i.get("result").asText().equals("error")) {
                    ids.add(i.get("id").asText());
                  }
                });
      }
      return ids;
    }
  }

  /** Posts one batch of JSON Lines. */
  Answer post(String jsonLines, String query) throws IOException, InterruptedException {
    long start = System.nanoTime();
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/admin/postings" + query))
                .timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(jsonLines))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    long took = System.nanoTime() - start;
    JsonNode body = response.body().isEmpty() ? null : JSON.readTree(response.body());
    return new Answer(response.statusCode(), body, took);
  }

  /** GET with the admin token: the status. */
  int status(String path) throws IOException, InterruptedException {
    return http.send(
            HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + TOKEN)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /** Consecutive batches of {@code size} lines, each one JSON Lines body. */
  static List<String> batches(List<String> lines, int size) {
    List<String> batches = new ArrayList<>();
    for (int i = 0; i < lines.size(); i += size) {
      batches.add(String.join("\n", lines.subList(i, Math.min(lines.size(), i + size))) + "\n");
    }
    return batches;
  }
}
