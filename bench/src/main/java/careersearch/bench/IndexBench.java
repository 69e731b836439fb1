package careersearch.bench;

import careersearch.indexer.CorpusIndexer;
import careersearch.schema.DocType;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Indexing benchmark: a full reindex of the corpus plus a synthetic postings file, end to end
 * (reading every source, building and adding every document, the final commit and close), as the
 * reindex command does it. Prints postings/s, index size and heap high-water marks as Markdown.
 *
 * <pre>
 * java -Xmx1g -cp bench/target/careersearch-bench.jar careersearch.bench.IndexBench \
 *     --postings synthetic/postings-100000.jsonl --index synthetic/index-100000 [--corpus corpus] \
 *     [--rounds 1]
 * </pre>
 */
public final class IndexBench {
  private IndexBench() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> opts = BenchArgs.parse(args, "corpus", "postings", "index", "rounds");
    Path corpus = Path.of(opts.getOrDefault("corpus", "corpus"));
    Path postings = Path.of(BenchArgs.required(opts, "postings"));
    Path index = Path.of(BenchArgs.required(opts, "index"));
    int rounds = Integer.parseInt(opts.getOrDefault("rounds", "1"));
    if (rounds < 1) {
      throw new IllegalArgumentException("--rounds must be 1 or more, got " + rounds);
    }
    String loadBefore = BenchEnv.loadAverage();

    HeapWatch heap = new HeapWatch();
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    StringBuilder perRound = new StringBuilder();
    CorpusIndexer.Summary summary = null;
    double seconds = 0;
    double cpuSeconds = 0;
    double jitSeconds = 0;
    for (int round = 1; round <= rounds; round++) {
      // later rounds rebuild the same index in a JVM whose JIT has compiled the indexing code, as
      // a long-running server's second reindex does
      long cpuStart = os.getProcessCpuTime();
      long jitStart = jit.getTotalCompilationTime();
      long start = System.nanoTime();
      summary =
          new CorpusIndexer(corpus, List.of(postings), false, CorpusIndexer.Progress.NONE)
              .reindex(index);
      seconds = (System.nanoTime() - start) / 1e9;
      cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
      jitSeconds = (jit.getTotalCompilationTime() - jitStart) / 1e3;
      perRound.append(
          String.format(
              Locale.ROOT,
              "| %d | %.1f s | %,.0f | %.0f µs | %.1f s |%n",
              round,
              seconds,
              summary.documents().get(DocType.JOB) / seconds,
              cpuSeconds * 1e6 / summary.total(),
              jitSeconds));
    }

    long jobs = summary.documents().get(DocType.JOB);
    long total = summary.total();
    long size = BenchFiles.size(index);
    StringBuilder out = new StringBuilder();
    out.append("### Indexing: corpus + ").append(postings.getFileName()).append("\n\n");
    out.append(BenchEnv.describe());
    out.append("- load average before: ").append(loadBefore).append('\n');
    out.append('\n');
    out.append("| figure | value |\n|---|---|\n");
    BenchEnv.row(out, "documents indexed (all types)", String.format(Locale.ROOT, "%,d", total));
    BenchEnv.row(out, "of which job postings", String.format(Locale.ROOT, "%,d", jobs));
    BenchEnv.row(
        out, "wall time, end to end incl. commit", String.format(Locale.ROOT, "%.1f s", seconds));
    BenchEnv.row(
        out,
        "postings/s (job postings / wall time)",
        String.format(Locale.ROOT, "%,.0f", jobs / seconds));
    BenchEnv.row(
        out, "documents/s (all / wall time)", String.format(Locale.ROOT, "%,.0f", total / seconds));
    BenchEnv.row(
        out,
        "indexing threads (careersearch.indexer.threads)",
        Integer.getInteger(
                "careersearch.indexer.threads", Runtime.getRuntime().availableProcessors())
            .toString());
    BenchEnv.row(
        out,
        "process CPU time (all threads, JIT and GC included)",
        String.format(
            Locale.ROOT, "%.1f s = %.0f µs per document", cpuSeconds, cpuSeconds * 1e6 / total));
    BenchEnv.row(
        out,
        "JIT compilation time (compiler threads, part of the CPU time)",
        String.format(Locale.ROOT, "%.1f s", jitSeconds));
    BenchEnv.row(out, "index size on disk", HeapWatch.mb(size));
    // the heap and GC figures cover the whole JVM, every round
    BenchEnv.row(out, "heap: max live after GC", HeapWatch.mb(heap.maxLiveAfterGc()));
    BenchEnv.row(
        out, "heap: peak used (pool peaks, garbage incl.)", HeapWatch.mb(heap.poolPeaks()));
    BenchEnv.row(out, "heap: -Xmx", HeapWatch.mb(heap.maxHeap()));
    BenchEnv.row(
        out,
        "GC: collections / total pause",
        String.format(Locale.ROOT, "%d / %.1f s", heap.gcCount(), heap.gcMillis() / 1000.0));
    if (rounds > 1) {
      out.append("\nThe figures above are the last of ")
          .append(rounds)
          .append(" rounds in one JVM (heap and GC: all rounds):\n\n")
          .append("| round | wall | postings/s | CPU per document | JIT compilation |\n")
          .append("|---:|---:|---:|---:|---:|\n")
          .append(perRound);
    }
    System.out.println(out);
  }
}
