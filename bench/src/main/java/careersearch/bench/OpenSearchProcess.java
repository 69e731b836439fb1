package careersearch.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The stock OpenSearch node of module {@code opensearch-node} in its own JVM with a 2 GB heap, data
 * under {@code home}; stopped (gracefully, its data kept) on close.
 */
final class OpenSearchProcess implements AutoCloseable {
  private static final Path NODE_CLASSES = Path.of("opensearch-node/target/classes");
  private static final Path NODE_CLASSPATH =
      Path.of("opensearch-node/target/opensearch-node.classpath");

  /** How long the node may take to stop (flushing) before it is killed. */
  private static final int STOP_SECONDS = 30;

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final Process process;
  private final List<String> command;
  private final int port;

  private OpenSearchProcess(Process process, List<String> command, int port) {
    this.process = process;
    this.command = command;
    this.port = port;
  }

  /** Starts the node and waits until the cluster is green. */
  static OpenSearchProcess start(Path home, int port) throws IOException, InterruptedException {
    if (!Files.isRegularFile(NODE_CLASSPATH)) {
      throw new IllegalStateException(
          NODE_CLASSPATH + " not found; build first: mvn -B -Pbench -DskipTests package");
    }
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xms2g",
            "-Xmx2g",
            "-cp",
            NODE_CLASSES + ":" + Files.readString(NODE_CLASSPATH).trim(),
            "careersearch.opensearchnode.OpenSearchNode",
            home.toString(),
            Integer.toString(port));
    Files.createDirectories(home);
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("node.log").toFile())
            .start();
    OpenSearchProcess node = new OpenSearchProcess(process, command, port);
    ChildProcess.awaitReady(
        process,
        "OpenSearch",
        home.resolve("node.log"),
        () ->
            node.send("GET", "/_cluster/health?wait_for_status=green&timeout=1s", null).statusCode()
                == 200,
        500,
        STOP_SECONDS);
    return node;
  }

  String base() {
    return "http://127.0.0.1:" + port;
  }

  /** The JVM flags of the node, for reports. */
  String jvmFlags() {
    return String.join(" ", command.subList(1, 3));
  }

  /** CPU time of the node's process (all its threads), from the OS. */
  long cpuNanos() {
    return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
  }

  /** A request with a JSON (or, for {@code _bulk}, NDJSON) body, or none when null. */
  HttpResponse<String> send(String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path));
    if (body != null) {
      request.header(
          "Content-Type", path.endsWith("_bulk") ? "application/x-ndjson" : "application/json");
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Sends and fails unless OpenSearch answers 2xx. */
  HttpResponse<String> check(String method, String path, String body)
      throws IOException, InterruptedException {
    HttpResponse<String> response = send(method, path, body);
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          "OpenSearch answered " + response.statusCode() + " to " + path + ": " + response.body());
    }
    return response;
  }

  @Override
  public void close() throws InterruptedException {
    ChildProcess.stop(process, STOP_SECONDS);
  }
}
