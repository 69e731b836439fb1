package careersearch.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Search over HTTP: starts the real server ({@code server/target/careersearch-server.jar}) in its
 * own JVM on loopback over an index, then drives it with wrk (Debian package {@code wrk}): per
 * query of the {@link Workload} 1 connection for a fixed time, then the mixed workload with 4
 * connections rotating over the queries. Everything bounded in time; the server is stopped at the
 * end.
 *
 * <pre>
 * java -cp bench/target/careersearch-bench.jar careersearch.bench.HttpBench \
 *     --index synthetic/index-100000 [--server-jvm "-Xmx1g"] [--seconds 10] [--warmup 5]
 *     [--mix-seconds 30] [--clients 4] [--port 7191] [--settle 0]
 *     [--postings synthetic/postings-100000.jsonl [--distinct 5000]]
 * </pre>
 *
 * <p>With {@code --postings}, also workloads of distinct job queries ({@link DistinctQueries}),
 * with and without {@code type=job}: each run (warm-up, 1 client, {@code --clients} clients) gets
 * its own {@code --distinct} queries, so no query is asked in two runs and a run repeats one only
 * when it sends more requests than it has queries (the report says how often).
 */
public final class HttpBench {
  private HttpBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts =
        BenchArgs.parse(
            args,
            "index",
            "server-jvm",
            "seconds",
            "warmup",
            "mix-seconds",
            "clients",
            "port",
            "only",
            "postings",
            "distinct",
            "settle");
    Path index = Path.of(BenchArgs.required(opts, "index"));
    String jvm = opts.getOrDefault("server-jvm", "-Xmx1g");
    int seconds = Integer.parseInt(opts.getOrDefault("seconds", "10"));
    int warmup = Integer.parseInt(opts.getOrDefault("warmup", "5"));
    int mixSeconds = Integer.parseInt(opts.getOrDefault("mix-seconds", "30"));
    int clients = Integer.parseInt(opts.getOrDefault("clients", "4"));
    int port = Integer.parseInt(opts.getOrDefault("port", "7191"));
    String only = opts.get("only");
    DistinctQueries distinct =
        opts.containsKey("postings")
            ? DistinctQueries.fromPostings(Path.of(opts.get("postings")))
            : null;
    int distinctCount = Integer.parseInt(opts.getOrDefault("distinct", "5000"));
    // seconds to wait once the server answers: at 1M it builds its knowledge base in the
    // background for 15-40 s, which would land in the first queries' figures
    int settle = Integer.parseInt(opts.getOrDefault("settle", "0"));

    try (BenchServer server = BenchServer.start(index, jvm, port)) {
      Thread.sleep(TimeUnit.SECONDS.toMillis(settle));
      String base = server.base();
      StringBuilder out = new StringBuilder();
      out.append("### Search over HTTP (server JVM: ")
          .append(jvm)
          .append(", wrk on loopback): ")
          .append(index)
          .append("\n\n");
      out.append(BenchEnv.describe());
      out.append("- server: ").append(server.command()).append('\n');
      out.append("- wrk: ").append(wrkVersion()).append('\n');
      out.append("- settle ")
          .append(settle)
          .append(" s once the server answered, then warm-up ")
          .append(warmup)
          .append(" s per query, then ")
          .append(seconds)
          .append(" s measured with 1 connection (wrk -t1 -c1)\n\n");
      out.append("| query | p50 ms | p95 ms | p99 ms | max ms | q/s | non-2xx |\n");
      out.append("|---|---:|---:|---:|---:|---:|---:|\n");
      List<Workload.Query> perQuery = new ArrayList<>(Workload.QUERIES);
      perQuery.addAll(Workload.JOB_VARIANTS);
      perQuery.addAll(Workload.RADIUS);
      perQuery.addAll(Workload.SENTENCES);
      perQuery.addAll(Workload.LEXICAL_VARIANTS);
      for (Workload.Query q : perQuery) {
        if (only != null && !only.contains(q.name())) {
          continue;
        }
        wrk(base + q.path(), 1, 1, warmup, List.of());
        WrkResult r = wrk(base + q.path(), 1, 1, seconds, List.of());
        out.append(r.row(q.name()));
        System.err.println("done " + q.name() + ": " + r.row(q.name()).strip());
      }
      if (only == null || only.contains("SUGGEST")) {
        List<String> typed = Workload.suggestPaths();
        wrk(base + typed.get(0), 1, 1, warmup, typed);
        WrkResult r = wrk(base + typed.get(0), 1, 1, seconds, typed);
        out.append(r.row("SUGGEST"));
        System.err.println("done SUGGEST: " + r.row("SUGGEST").strip());
      }
      if (distinct != null) {
        out.append(distinctRuns(base, distinct, distinctCount, warmup, seconds, clients));
      }
      out.append("\nload average after the per-query runs: ")
          .append(BenchEnv.loadAverage())
          .append("\n\n");
      if (mixSeconds > 0) {
        List<String> paths = Workload.MIX.stream().map(Workload.Query::path).toList();
        int threads = Math.min(clients, 2);
        wrk(base + paths.get(0), threads, clients, Math.min(10, warmup * 2), paths);
        WrkResult mix = wrk(base + paths.get(0), threads, clients, mixSeconds, paths);
        out.append(
            String.format(
                Locale.ROOT,
                "Mixed workload over HTTP (%d queries above rotating), wrk -t%d -c%d -d%ds:"
                    + " **%.0f queries/s**, p50 %s ms, p95 %s ms, p99 %s ms, max %s ms, non-2xx"
                    + " %d (load average after: %s)%n",
                paths.size(),
                threads,
                clients,
                mixSeconds,
                mix.qps(),
                Latencies.ms(mix.p50Ms()),
                Latencies.ms(mix.p95Ms()),
                Latencies.ms(mix.p99Ms()),
                Latencies.ms(mix.maxMs()),
                mix.non2xx(),
                BenchEnv.loadAverage()));
      }
      System.out.println(out);
    }
  }

  /** The distinct-query workloads, without and with {@code type=job}, as a Markdown table. */
  private static String distinctRuns(
      String base, DistinctQueries queries, int count, int warmup, int seconds, int clients)
      throws IOException, InterruptedException {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%nDistinct job queries (%d per run, none shared between runs; warm-up %d s, then %d"
                + " s measured):%n%n",
            count,
            warmup,
            seconds));
    out.append("| workload | clients | p50 ms | p95 ms | p99 ms | max ms | q/s | non-2xx |");
    out.append(" requests per query |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    int threads = Math.min(clients, 2);
    for (boolean typeJob : new boolean[] {false, true}) {
      List<String> all = queries.paths(3 * count, typeJob ? 2 : 1, typeJob);
      List<String> warm = all.subList(0, count);
      List<String> single = all.subList(count, 2 * count);
      List<String> several = all.subList(2 * count, 3 * count);
      String name = typeJob ? "DISTINCT-job" : "DISTINCT";
      wrk(base + warm.get(0), 1, 1, warmup, warm);
      WrkResult one = wrk(base + single.get(0), 1, 1, seconds, single);
      WrkResult many = wrk(base + several.get(0), threads, clients, seconds, several);
      out.append(distinctRow(name, 1, one, count));
      out.append(distinctRow(name, clients, many, count));
      System.err.println("done " + name);
    }
    return out.toString();
  }

  private static String distinctRow(String name, int clients, WrkResult r, int count) {
    return r.row(name + " | " + clients).stripTrailing()
        + String.format(Locale.ROOT, " %.2f |%n", r.requests() / (double) count);
  }

  /** Figures of one wrk run, in microseconds as wrk reports them. */
  record WrkResult(
      long requests,
      long durationUs,
      long non2xx,
      long socketErrors,
      long p50Us,
      long p95Us,
      long p99Us,
      long maxUs) {
    double qps() {
      return requests / (durationUs / 1e6);
    }

    double p50Ms() {
      return p50Us / 1000.0;
    }

    double p95Ms() {
      return p95Us / 1000.0;
    }

    double p99Ms() {
      return p99Us / 1000.0;
    }

    double maxMs() {
      return maxUs / 1000.0;
    }

    String row(String name) {
      return String.format(
          Locale.ROOT,
          "| %s | %s | %s | %s | %s | %.0f | %d |%n",
          name,
          Latencies.ms(p50Ms()),
          Latencies.ms(p95Ms()),
          Latencies.ms(p99Ms()),
          Latencies.ms(maxMs()),
          qps(),
          non2xx + socketErrors);
    }
  }

  /** Runs wrk with the bundled report script; paths (optional) are rotated over. */
  static WrkResult wrk(String url, int threads, int connections, int seconds, List<String> paths)
      throws IOException, InterruptedException {
    Path script = Files.createTempFile("careersearch-wrk", ".lua");
    try (InputStream in = HttpBench.class.getResourceAsStream("report.lua")) {
      Files.write(script, in.readAllBytes());
    }
    try {
      List<String> command =
          new ArrayList<>(
              List.of(
                  "wrk",
                  "-t" + threads,
                  "-c" + connections,
                  "-d" + seconds + "s",
                  "--timeout",
                  "10s",
                  "-s",
                  script.toString(),
                  url));
      if (!paths.isEmpty()) {
        command.add("--");
        command.addAll(paths);
      }
      Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(wrk.getInputStream().readAllBytes());
      if (!wrk.waitFor(seconds + 60L, TimeUnit.SECONDS)) {
        wrk.destroyForcibly();
        throw new IOException("wrk did not finish");
      }
      for (String line : output.split("\n")) {
        if (line.startsWith("WRK ")) {
          Map<String, Long> v = new HashMap<>();
          for (String kv : line.substring(4).trim().split(" ")) {
            String[] p = kv.split("=");
            v.put(p[0], Long.parseLong(p[1]));
          }
          return new WrkResult(
              v.get("requests"),
              v.get("duration_us"),
              v.get("non2xx"),
              v.get("socket_errors"),
              v.get("p50_us"),
              v.get("p95_us"),
              v.get("p99_us"),
              v.get("max_us"));
        }
      }
      throw new IOException("wrk printed no result:\n" + output);
    } finally {
      Files.deleteIfExists(script);
    }
  }

  private static String wrkVersion() {
    try {
      Process p = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes()).strip();
      p.waitFor(5, TimeUnit.SECONDS);
      return out.lines().findFirst().orElse("?");
    } catch (IOException | InterruptedException e) {
      return "not found: install it with apt-get install wrk";
    }
  }

  static int status(String url) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    return client
        .send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
