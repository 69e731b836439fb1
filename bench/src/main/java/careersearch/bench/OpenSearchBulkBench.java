package careersearch.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The baseline for the reindex figure: a stock single-node OpenSearch 2.19 (module {@code
 * opensearch-node}, its own JVM with a 2 GB heap) bulk-loads the same synthetic postings over HTTP,
 * as its documentation advises: one primary shard, no replica, dynamic mapping (every string a
 * {@code text} field with a {@code keyword} sub-field), {@code _bulk} requests of {@code --batch}
 * postings from {@code --clients} concurrent clients, then a refresh and a flush so that everything
 * is searchable and on disk, as our reindex's commit. Reports postings/s end to end, the node's CPU
 * per posting and the index size.
 *
 * <pre>
 * mvn -B -Pbench -DskipTests package
 * java -cp bench/target/careersearch-bench.jar careersearch.bench.OpenSearchBulkBench \
 *     --postings synthetic/postings-1000000.jsonl [--home synthetic/opensearch] [--batch 1000] \
 *     [--clients 2] [--refresh-interval 1s]
 * </pre>
 */
public final class OpenSearchBulkBench {
  private OpenSearchBulkBench() {}

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

  public static void main(String[] args) throws Exception {
    Map<String, String> opts =
        BenchArgs.parse(args, "postings", "home", "batch", "clients", "refresh-interval", "port");
    Path postings = Path.of(BenchArgs.required(opts, "postings"));
    Path home = Path.of(opts.getOrDefault("home", "synthetic/opensearch"));
    int batch = Integer.parseInt(opts.getOrDefault("batch", "1000"));
    int clients = Integer.parseInt(opts.getOrDefault("clients", "2"));
    String refreshInterval = opts.getOrDefault("refresh-interval", "1s");
    int port = Integer.parseInt(opts.getOrDefault("port", "9250"));
    if (batch < 1 || clients < 1) {
      throw new IllegalArgumentException("--batch and --clients must be 1 or more");
    }
    String loadBefore = BenchEnv.loadAverage();
    BenchFiles.deleteTree(home);
    try (OpenSearchProcess node = OpenSearchProcess.start(home, port)) {
      String index = "/postings";
      node.check(
          "PUT",
          index,
          "{\"settings\":{\"number_of_shards\":1,\"number_of_replicas\":0,"
              + "\"refresh_interval\":\""
              + refreshInterval
              + "\"}}");

      long cpuStart = node.cpuNanos();
      long start = System.nanoTime();
      long docs = bulkLoad(node, postings, index + "/_bulk", batch, clients);
      double bulkSeconds = (System.nanoTime() - start) / 1e9;
      // searchable and durable, as our reindex's commit
      node.check("POST", index + "/_refresh", "");
      node.check("POST", index + "/_flush", "");
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (node.cpuNanos() - cpuStart) / 1e9;
      String size =
          node.check("GET", "/_cat/indices/postings?h=docs.count,store.size&bytes=b", null)
              .body()
              .trim();
      String[] countAndSize = size.split("\\s+");

      StringBuilder out = new StringBuilder();
      out.append("### Stock OpenSearch bulk load: ").append(postings.getFileName()).append("\n\n");
      out.append(BenchEnv.describe());
      out.append("- load average before: ").append(loadBefore).append('\n');
      out.append("- OpenSearch node: ")
          .append(node.jvmFlags())
          .append(" (its own JVM), OpenSearch 2.19.6, Lucene 9.12.3\n");
      out.append(
          String.format(
              Locale.ROOT,
              "- index: 1 shard, 0 replicas, dynamic mapping, refresh_interval %s; _bulk of %d"
                  + " postings, %d clients%n%n",
              refreshInterval,
              batch,
              clients));
      out.append("| figure | value |\n|---|---|\n");
      BenchEnv.row(
          out,
          "postings sent / in the index",
          fmt("%,d / %,d", docs, Long.parseLong(countAndSize[0])));
      BenchEnv.row(out, "wall time, bulk requests", fmt("%.1f s", bulkSeconds));
      BenchEnv.row(out, "wall time, end to end incl. refresh and flush", fmt("%.1f s", seconds));
      BenchEnv.row(out, "postings/s (end to end)", fmt("%,.0f", docs / seconds));
      BenchEnv.row(
          out,
          "node CPU time (all threads)",
          fmt("%.1f s = %.0f µs per posting", cpuSeconds, cpuSeconds * 1e6 / docs));
      BenchEnv.row(out, "index size on disk", fmt("%,d MB", Long.parseLong(countAndSize[1]) >> 20));
      System.out.print(out);
    }
  }

  /** Sends the file in {@code _bulk} requests from {@code clients} threads; fails on any error. */
  private static long bulkLoad(
      OpenSearchProcess node, Path postings, String path, int batch, int clients)
      throws IOException, InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    Semaphore inFlight = new Semaphore(clients * 2);
    AtomicReference<String> failure = new AtomicReference<>();
    LongAdder sent = new LongAdder();
    try (BufferedReader lines = Files.newBufferedReader(postings, StandardCharsets.UTF_8)) {
      List<String> docs = new ArrayList<>(batch);
      for (String line = lines.readLine(); ; line = lines.readLine()) {
        if (line != null && !line.isBlank()) {
          docs.add(line);
        }
        if (docs.size() == batch || (line == null && !docs.isEmpty())) {
          String body = bulkBody(docs);
          int count = docs.size();
          docs = new ArrayList<>(batch);
          inFlight.acquire();
          pool.execute(
              () -> {
                try {
                  String error = bulkError(node.send("POST", path, body));
                  if (error != null) {
                    failure.compareAndSet(null, error);
                  }
                  sent.add(count);
                } catch (IOException | InterruptedException e) {
                  failure.compareAndSet(null, e.toString());
                } finally {
                  inFlight.release();
                }
              });
        }
        if (line == null || failure.get() != null) {
          break;
        }
      }
    } finally {
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.HOURS);
    }
    if (failure.get() != null) {
      throw new IllegalStateException("bulk request failed: " + failure.get());
    }
    return sent.sum();
  }

  private static String bulkBody(List<String> docs) {
    StringBuilder body = new StringBuilder(docs.size() * 1400);
    for (String doc : docs) {
      Matcher id = ID.matcher(doc);
      if (!id.find()) {
        throw new IllegalArgumentException("a posting without an id: " + doc);
      }
      body.append("{\"index\":{\"_id\":\"").append(id.group(1)).append("\"}}\n");
      body.append(doc).append('\n');
    }
    return body.toString();
  }

  /** The reason of a failed bulk request or of its first failed item, or null. */
  private static String bulkError(HttpResponse<String> response) {
    String body = response.body();
    if (response.statusCode() != 200) {
      return response.statusCode() + " " + body.substring(0, Math.min(500, body.length()));
    }
    int errors = body.indexOf("\"errors\":");
    if (errors >= 0 && body.startsWith("true", errors + 9)) {
      int reason = body.indexOf("\"reason\"");
      return body.substring(Math.max(0, reason), Math.min(body.length(), reason + 300));
    }
    return null;
  }

  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
