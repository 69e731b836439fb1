package careersearch.bench;

import careersearch.indexer.synthetic.SyntheticPostings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ingest over HTTP (issue 21): synthetic postings posted to {@code POST /api/admin/postings} in
 * batches by one client, each batch written to the postings store (fsynced) and committed to the
 * index before the next is sent; postings/s over the whole run, with the default embedder and with
 * {@code -Dcareersearch.embedder=none}, each on a fresh index of the corpus.
 *
 * <pre>
 * mvn -B -Pbench -DskipTests package
 * java -cp bench/target/careersearch-bench.jar careersearch.bench.IngestBench \
 *     [--postings 100000] [--batch 1000] [--embedders default,none] [--work /work/data/i21-ingest]
 * </pre>
 */
public final class IngestBench {
  private IngestBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts =
        BenchArgs.parse(
            args, "postings", "batch", "embedders", "corpus", "work", "port", "server-jvm");
    int n = Integer.parseInt(opts.getOrDefault("postings", "100000"));
    int batch = Integer.parseInt(opts.getOrDefault("batch", "1000"));
    List<String> embedders = List.of(opts.getOrDefault("embedders", "default,none").split(","));
    Path corpus = Path.of(opts.getOrDefault("corpus", "corpus"));
    Path work = Path.of(opts.getOrDefault("work", "/work/data/i21-ingest"));
    int port = Integer.parseInt(opts.getOrDefault("port", "7194"));
    String serverJvm = opts.getOrDefault("server-jvm", "-Xmx2g");
    String loadBefore = BenchEnv.loadAverage();

    Path postings = work.resolve("synthetic-postings-" + n + ".jsonl");
    if (!Files.exists(postings)) {
      new SyntheticPostings(corpus, 42).write(n, postings);
    }
    List<String> lines = Files.readAllLines(postings);
    List<String> batches = IngestClient.batches(lines, batch);

    StringBuilder table = new StringBuilder();
    table
        .append("| embedder | postings | batches | total s | postings/s | batch p50 ms | batch p95")
        .append(" ms | batch max ms | first 10 batches ms (mean) | last 10 batches ms (mean) |\n");
    table.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (String embedder : embedders) {
      Path dir = work.resolve("embedder-" + embedder);
      BenchFiles.deleteTree(dir);
      Files.createDirectories(dir);
      String flag = embedder.equals("default") ? null : embedder;
      IngestClient.reindex(
          corpus, dir.resolve("index"), dir.resolve("store"), flag, dir.resolve("reindex.log"));
      String jvm = serverJvm + (flag == null ? "" : " -Dcareersearch.embedder=" + flag);
      List<Double> millis = new ArrayList<>();
      long start;
      long end;
      try (BenchServer server =
          BenchServer.start(
              dir.resolve("index"),
              jvm,
              port,
              IngestClient.serverEnv(),
              "--store",
              dir.resolve("store").toString(),
              "--corpus",
              corpus.toString())) {
        IngestClient client = new IngestClient(server.base());
        start = System.nanoTime();
        for (String body : batches) {
          IngestClient.Answer answer = client.post(body, "");
          if (answer.status() != 200 || answer.body().get("errors").asInt() != 0) {
            throw new IllegalStateException(
                "batch refused: " + answer.status() + " " + answer.body());
          }
          millis.add(answer.nanos() / 1e6);
        }
        end = System.nanoTime();
      }
      double seconds = (end - start) / 1e9;
      List<Double> sorted = new ArrayList<>(millis);
      Collections.sort(sorted);
      table.append(
          String.format(
              Locale.ROOT,
              "| %s | %,d | %,d | %.1f | %,.0f | %.0f | %.0f | %.0f | %.0f | %.0f |%n",
              embedder,
              lines.size(),
              batches.size(),
              seconds,
              lines.size() / seconds,
              sorted.get(sorted.size() / 2),
              sorted.get((int) Math.min(sorted.size() - 1, Math.round(sorted.size() * 0.95))),
              sorted.get(sorted.size() - 1),
              mean(millis.subList(0, Math.min(10, millis.size()))),
              mean(millis.subList(Math.max(0, millis.size() - 10), millis.size()))));
    }
    StringBuilder out = new StringBuilder();
    out.append("### Ingest over HTTP: ")
        .append(lines.size())
        .append(" synthetic postings in batches of ")
        .append(batch)
        .append("\n\n");
    out.append(BenchEnv.describe());
    out.append("- load average before: ").append(loadBefore).append('\n');
    out.append("- one client, batches one after another; each batch: checked, appended to the")
        .append(" store with one fsync, one index commit (the suggester follows the batch), then answered\n\n");
    out.append(table);
    System.out.println(out);
  }

  private static double mean(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }
}
