package careersearch.bench;

import careersearch.server.api.SuggestRequest;
import careersearch.server.api.SearchRequest;
import careersearch.server.api.SearchRequestParser;
import careersearch.server.api.SearchResponse;
import careersearch.server.lucene.IndexSearchers;
import careersearch.server.lucene.SearchService;
import careersearch.server.lucene.SuggestService;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * In-process search benchmark: calls {@link SearchService} directly (no HTTP, no JSON), so it shows
 * what the search itself costs. Per query of the {@link Workload}, 1 client: p50/p95/p99 and
 * queries/s; then the mixed workload with N concurrent clients; then the first query after an index
 * switch (a searcher opened afresh, as after a reindex) against a warm one.
 *
 * <pre>
 * java -Xmx1g -cp bench/target/careersearch-bench.jar careersearch.bench.SearchBench \
 *     --index synthetic/index-100000 [--seconds 10] [--warmup 5] [--mix-seconds 30] [--clients 4]
 *     [--switches 5]
 * </pre>
 */
public final class SearchBench {
  private SearchBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts =
        BenchArgs.parse(
            args, "index", "seconds", "warmup", "mix-seconds", "clients", "switches", "only");
    Path index = Path.of(BenchArgs.required(opts, "index"));
    double seconds = Double.parseDouble(opts.getOrDefault("seconds", "10"));
    double warmup = Double.parseDouble(opts.getOrDefault("warmup", "5"));
    double mixSeconds = Double.parseDouble(opts.getOrDefault("mix-seconds", "30"));
    int clients = Integer.parseInt(opts.getOrDefault("clients", "4"));
    int switches = Integer.parseInt(opts.getOrDefault("switches", "5"));
    String only = opts.get("only");

    StringBuilder out = new StringBuilder();
    out.append("### Search in-process (SearchService, no HTTP): ").append(index).append("\n\n");
    out.append(BenchEnv.describe());
    try (IndexSearchers searchers = new IndexSearchers(index, Duration.ofHours(1))) {
      SearchService service = new SearchService(searchers);
      out.append("- documents: ")
          .append(service.health().get("documents"))
          .append("\n- warm-up ")
          .append(warmup)
          .append(" s per query, then ")
          .append(seconds)
          .append(" s measured, 1 client\n\n");
      out.append(
          "| query | what | total hits | p50 ms | p95 ms | p99 ms | max ms | q/s"
              + " | CPU ms p50 |\n");
      out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
      for (Workload.Query q : Workload.QUERIES) {
        if (only != null && !only.contains(q.name())) {
          continue;
        }
        SearchRequest request = SearchRequestParser.parse(q.params());
        SearchResponse first = service.search(request);
        run(service, request, warmup);
        long start = System.nanoTime();
        Latencies cpu = new Latencies();
        Latencies lat = run(service, request, seconds, cpu);
        double elapsed = (System.nanoTime() - start) / 1e9;
        out.append(
            String.format(
                Locale.ROOT,
                "| %s | %s | %,d | %s | %s | %s | %s | %.0f | %s |%n",
                q.name(),
                q.what(),
                first.total(),
                Latencies.ms(lat.percentile(50)),
                Latencies.ms(lat.percentile(95)),
                Latencies.ms(lat.percentile(99)),
                Latencies.ms(lat.maxMs()),
                lat.count() / elapsed,
                Latencies.ms(cpu.percentile(50))));
        System.err.println("done " + q.name());
      }
      if (only == null || only.contains("SUGGEST")) {
        suggestions(new SuggestService(searchers), warmup, seconds, out);
      }
      out.append(
          "\n(CPU ms: the searching thread's CPU time per query, which waiting for a core on a"
              + " busy machine does not inflate)\n");
      out.append("\nload average after the per-query runs: ")
          .append(BenchEnv.loadAverage())
          .append("\n\n");
      if (mixSeconds > 0) {
        mix(service, clients, mixSeconds, out);
      }
    }
    if (switches > 0) {
      switches(index, switches, out);
    }
    System.out.println(out);
  }

  /** Suggestions as you type, one prefix after another, 1 client. */
  private static void suggestions(
      SuggestService suggest, double warmup, double seconds, StringBuilder out) {
    List<SuggestRequest> typed =
        Workload.typedPrefixes().stream()
            .map(p -> new SuggestRequest(p, SuggestRequest.DEFAULT_SIZE))
            .toList();
    Latencies ignored = new Latencies();
    loop(() -> suggest.suggest(typed.get(0)), warmup, ignored, ignored);
    Latencies cpu = new Latencies();
    Latencies lat = new Latencies();
    int[] next = {0};
    long start = System.nanoTime();
    loop(() -> suggest.suggest(typed.get(next[0]++ % typed.size())), seconds, lat, cpu);
    double elapsed = (System.nanoTime() - start) / 1e9;
    out.append(
        String.format(
            Locale.ROOT,
            "| SUGGEST | %s | | %s | %s | %s | %s | %.0f | %s |%n",
            Workload.SUGGEST_WHAT,
            Latencies.ms(lat.percentile(50)),
            Latencies.ms(lat.percentile(95)),
            Latencies.ms(lat.percentile(99)),
            Latencies.ms(lat.maxMs()),
            lat.count() / elapsed,
            Latencies.ms(cpu.percentile(50))));
  }

  /** Runs {@code call} for {@code seconds}, recording wall-clock and CPU time per call. */
  private static void loop(Runnable call, double seconds, Latencies lat, Latencies cpu) {
    long end = System.nanoTime() + (long) (seconds * 1e9);
    long now;
    do {
      long c0 = THREADS.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      call.run();
      now = System.nanoTime();
      cpu.add(THREADS.getCurrentThreadCpuTime() - c0);
      lat.add(now - t0);
    } while (now < end);
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static Latencies run(SearchService service, SearchRequest request, double seconds) {
    return run(service, request, seconds, new Latencies());
  }

  /** Wall-clock latencies; the thread's CPU time per query goes to {@code cpu}. */
  private static Latencies run(
      SearchService service, SearchRequest request, double seconds, Latencies cpu) {
    Latencies lat = new Latencies();
    loop(() -> service.search(request), seconds, lat, cpu);
    return lat;
  }

  /** N clients, each in a closed loop over the mix, starting at a different query. */
  private static void mix(SearchService service, int clients, double seconds, StringBuilder out)
      throws Exception {
    List<SearchRequest> requests = new ArrayList<>();
    for (Workload.Query q : Workload.MIX) {
      requests.add(SearchRequestParser.parse(q.params()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      // warm-up
      runMix(pool, service, requests, clients, Math.min(5, seconds / 3));
      long start = System.nanoTime();
      Latencies all = runMix(pool, service, requests, clients, seconds);
      double elapsed = (System.nanoTime() - start) / 1e9;
      out.append(
          String.format(
              Locale.ROOT,
              "Mixed workload (%d queries above rotating), %d concurrent clients, %.0f s:"
                  + " **%.0f queries/s**, p50 %s ms, p95 %s ms, p99 %s ms, max %s ms"
                  + " (load average after: %s)%n%n",
              requests.size(),
              clients,
              seconds,
              all.count() / elapsed,
              Latencies.ms(all.percentile(50)),
              Latencies.ms(all.percentile(95)),
              Latencies.ms(all.percentile(99)),
              Latencies.ms(all.maxMs()),
              BenchEnv.loadAverage()));
    } finally {
      pool.shutdownNow();
    }
  }

  private static Latencies runMix(
      ExecutorService pool,
      SearchService service,
      List<SearchRequest> requests,
      int clients,
      double seconds)
      throws Exception {
    long end = System.nanoTime() + (long) (seconds * 1e9);
    List<Future<Latencies>> futures = new ArrayList<>();
    AtomicInteger offsets = new AtomicInteger();
    for (int c = 0; c < clients; c++) {
      futures.add(
          pool.submit(
              () -> {
                Latencies lat = new Latencies();
                int i = offsets.getAndIncrement();
                long now;
                do {
                  long t0 = System.nanoTime();
                  service.search(requests.get(i++ % requests.size()));
                  now = System.nanoTime();
                  lat.add(now - t0);
                } while (now < end);
                return lat;
              }));
    }
    Latencies all = new Latencies();
    for (Future<Latencies> f : futures) {
      all.addAll(f.get());
    }
    return all;
  }

  /**
   * A searcher opened afresh and warmed, as the server does after a reindex before the new searcher
   * serves: how long opening it takes (including the per-searcher facet state and the warm-up), the
   * first run of each query on it, and the same query warm (median of the next 20 runs).
   */
  private static void switches(Path index, int times, StringBuilder out) throws Exception {
    out.append(
        "First query on a freshly opened searcher (as after an index switch) vs warm, "
            + times
            + " fresh opens; per query the median over the opens of the first run, and the"
            + " median of 20 warm runs after it\n\n");
    out.append("| query | first ms (median) | first ms (max) | warm ms | first / warm |\n");
    out.append("|---|---:|---:|---:|---:|\n");
    List<SearchRequest> requests = new ArrayList<>();
    for (Workload.Query q : Workload.QUERIES) {
      requests.add(SearchRequestParser.parse(q.params()));
    }
    Latencies open = new Latencies();
    List<Latencies> firsts = new ArrayList<>();
    List<Latencies> warms = new ArrayList<>();
    for (int q = 0; q < requests.size(); q++) {
      firsts.add(new Latencies());
      warms.add(new Latencies());
    }
    for (int t = 0; t < times; t++) {
      long t0 = System.nanoTime();
      try (IndexSearchers searchers = new IndexSearchers(index, Duration.ofHours(1))) {
        // as after a switch: the service warms the new searcher before it answers
        SearchService service = new SearchService(searchers);
        open.add(System.nanoTime() - t0);
        for (int q = 0; q < requests.size(); q++) {
          long s = System.nanoTime();
          service.search(requests.get(q));
          firsts.get(q).add(System.nanoTime() - s);
        }
        for (int q = 0; q < requests.size(); q++) {
          Latencies warm = new Latencies();
          for (int i = 0; i < 20; i++) {
            long s = System.nanoTime();
            service.search(requests.get(q));
            warm.add(System.nanoTime() - s);
          }
          warms.get(q).add((long) (warm.percentile(50) * 1e6));
        }
      }
    }
    for (int q = 0; q < requests.size(); q++) {
      double first = firsts.get(q).percentile(50);
      double warm = warms.get(q).percentile(50);
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %s | %s | %.1fx |%n",
              Workload.QUERIES.get(q).name(),
              Latencies.ms(first),
              Latencies.ms(firsts.get(q).maxMs()),
              Latencies.ms(warm),
              first / warm));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%nOpening a searcher (incl. facet state and warm-up): median %s ms, max %s ms%n",
            Latencies.ms(open.percentile(50)),
            Latencies.ms(open.maxMs())));
  }
}
