package careersearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Serving while a full reindex runs: the real server (own JVM) serves an index while the reindex
 * command (own JVM, as a user runs it) rebuilds that same index from the corpus plus a postings
 * file. Clients rotate over the {@link Workload} the whole time; a poller reads /api/health every
 * 100 ms to see when the server switches to the new commit. Reports latency before, during the
 * reindex, in the 2 s after the switch and after that, and the first request of each query after
 * the switch against the same query warm.
 *
 * <pre>
 * java -cp bench/target/careersearch-bench.jar careersearch.bench.ReindexServingBench \
 *     --index synthetic/index-100000 --postings synthetic/postings-100000.jsonl \
 *     [--clients 1] [--before 20] [--after 30] [--server-jvm "-Xmx1g"] [--indexer-jvm "-Xmx1g"]
 * </pre>
 */
public final class ReindexServingBench {
  private ReindexServingBench() {}

  static final Path INDEXER_JAR = Path.of("indexer/target/careersearch-indexer.jar");

  /** One request: when it started and ended (ns, System.nanoTime), which query, its status. */
  record Sample(long start, long end, int query, int status) {
    double ms() {
      return (end - start) / 1e6;
    }
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> opts =
        BenchArgs.parse(
            args,
            "index",
            "postings",
            "corpus",
            "clients",
            "before",
            "after",
            "server-jvm",
            "indexer-jvm",
            "port");
    Path index = Path.of(BenchArgs.required(opts, "index"));
    Path postings = Path.of(BenchArgs.required(opts, "postings"));
    String corpus = opts.getOrDefault("corpus", "corpus");
    int clients = Integer.parseInt(opts.getOrDefault("clients", "1"));
    int before = Integer.parseInt(opts.getOrDefault("before", "20"));
    int after = Integer.parseInt(opts.getOrDefault("after", "30"));
    String serverJvm = opts.getOrDefault("server-jvm", "-Xmx1g");
    String indexerJvm = opts.getOrDefault("indexer-jvm", "-Xmx1g");
    int port = Integer.parseInt(opts.getOrDefault("port", "7192"));
    if (!Files.isRegularFile(INDEXER_JAR)) {
      throw new IllegalStateException(INDEXER_JAR + " not found; build first");
    }
    String loadBefore = BenchEnv.loadAverage();

    try (BenchServer server = BenchServer.start(index, serverJvm, port)) {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      long firstVersion = version(http, server.base());
      List<List<Sample>> perClient = new ArrayList<>();
      AtomicBoolean stop = new AtomicBoolean();
      List<Thread> threads = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
        perClient.add(samples);
        int offset = c * 3;
        Thread t =
            new Thread(() -> load(http, server.base(), offset, stop, samples), "client-" + c);
        t.start();
        threads.add(t);
      }
      long t0 = System.nanoTime();
      Thread.sleep(before * 1000L);

      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(List.of(indexerJvm.trim().split("\\s+")));
      command.addAll(
          List.of(
              "-jar",
              INDEXER_JAR.toString(),
              "reindex",
              "--corpus",
              corpus,
              "--postings",
              postings.toString(),
              "--index",
              index.toString(),
              "--no-progress"));
      Path log = Path.of("synthetic", "reindex-serving.log");
      long reindexStart = System.nanoTime();
      Process reindex =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      long switchSeen = -1;
      while (switchSeen < 0) {
        if (version(http, server.base()) != firstVersion) {
          switchSeen = System.nanoTime();
        } else if (!reindex.isAlive() && reindex.exitValue() != 0) {
          stop.set(true);
          throw new IllegalStateException("reindex failed; see " + log);
        } else if (System.nanoTime() - reindexStart > TimeUnit.MINUTES.toNanos(30)) {
          stop.set(true);
          reindex.destroy();
          throw new IllegalStateException("no switch within 30 minutes");
        }
        Thread.sleep(100);
      }
      long switched = switchSeen;
      reindex.waitFor(5, TimeUnit.MINUTES);
      long reindexEnd = System.nanoTime();
      Thread.sleep(after * 1000L);
      stop.set(true);
      for (Thread t : threads) {
        t.join(60_000);
      }
      long end = System.nanoTime();

      List<Sample> all = new ArrayList<>();
      perClient.forEach(all::addAll);
      StringBuilder out = new StringBuilder();
      out.append("### Serving while a full reindex runs: ").append(index).append("\n\n");
      out.append(BenchEnv.describe());
      out.append("- load average before: ").append(loadBefore).append('\n');
      out.append("- server: ").append(server.command()).append('\n');
      out.append("- reindex: ")
          .append(String.join(" ", command.subList(1, command.size())))
          .append(String.format(Locale.ROOT, " (%.1f s)", (reindexEnd - reindexStart) / 1e9))
          .append('\n');
      out.append(
          String.format(
              Locale.ROOT,
              "- %d client(s) in a closed loop over the %d workload queries (java.net.http);"
                  + " switch seen %.1f s after the reindex started (/api/health polled every"
                  + " 100 ms; the server looks for a new commit every second)%n%n",
              clients,
              Workload.MIX.size(),
              (switchSeen - reindexStart) / 1e9));
      out.append("| phase | requests | q/s | p50 ms | p95 ms | p99 ms | max ms | errors |\n");
      out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
      long warm = t0 + TimeUnit.SECONDS.toNanos(Math.min(5, before / 2));
      long settled = switchSeen + TimeUnit.SECONDS.toNanos(2);
      phase(out, "before the reindex", all, warm, reindexStart);
      phase(out, "during the reindex (until the switch)", all, reindexStart, switchSeen);
      phase(out, "first 2 s after the switch", all, switchSeen, settled);
      phase(out, "after that", all, settled, end);
      out.append("\nFirst request of each query that started after the switch was seen, vs the");
      out.append(" same query's median after that\n\n");
      out.append("| query | first after switch ms | warm p50 ms | ratio |\n|---|---:|---:|---:|\n");
      for (int q = 0; q < Workload.MIX.size(); q++) {
        int query = q;
        Sample first =
            all.stream()
                .filter(s -> s.query() == query && s.start() >= switched)
                .min((a, b) -> Long.compare(a.start(), b.start()))
                .orElse(null);
        Latencies warmLat = new Latencies();
        all.stream()
            .filter(s -> s.query() == query && s.start() >= settled)
            .forEach(s -> warmLat.add(s.end() - s.start()));
        double w = warmLat.percentile(50);
        out.append(
            String.format(
                Locale.ROOT,
                "| %s | %s | %s | %s |%n",
                Workload.MIX.get(q).name(),
                first == null ? "-" : Latencies.ms(first.ms()),
                Latencies.ms(w),
                first == null ? "-" : String.format(Locale.ROOT, "%.1fx", first.ms() / w)));
      }
      System.out.println(out);
    }
  }

  private static void phase(StringBuilder out, String name, List<Sample> all, long from, long to) {
    Latencies lat = new Latencies();
    long errors = 0;
    for (Sample s : all) {
      if (s.start() >= from && s.start() < to) {
        lat.add(s.end() - s.start());
        if (s.status() != 200) {
          errors++;
        }
      }
    }
    out.append(
        String.format(
            Locale.ROOT,
            "| %s | %d | %.1f | %s | %s | %s | %s | %d |%n",
            name,
            lat.count(),
            lat.count() / Math.max(1e-9, (to - from) / 1e9),
            Latencies.ms(lat.percentile(50)),
            Latencies.ms(lat.percentile(95)),
            Latencies.ms(lat.percentile(99)),
            Latencies.ms(lat.maxMs()),
            errors));
  }

  private static void load(
      HttpClient http, String base, int offset, AtomicBoolean stop, List<Sample> samples) {
    int i = offset;
    while (!stop.get()) {
      int q = i++ % Workload.MIX.size();
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(base + Workload.MIX.get(q).path()))
              .timeout(Duration.ofSeconds(30))
              .build();
      long start = System.nanoTime();
      int status;
      try {
        status = http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
      } catch (IOException e) {
        status = -1;
      } catch (InterruptedException e) {
        return;
      }
      samples.add(new Sample(start, System.nanoTime(), q, status));
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private static long version(HttpClient http, String base)
      throws IOException, InterruptedException {
    HttpResponse<byte[]> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/health"))
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    JsonNode health = JSON.readTree(r.body());
    return health.path("index_version").asLong();
  }
}
