package careersearch.bench;

import careersearch.schema.CareerCodec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * What stock Lucene itself indexes per second on this machine: the synthetic postings in a ladder
 * of plain setups, from the description alone to a stock-like full document, with no careersearch
 * code in the loop (no corpus, facets, pairs, spelling field or document builders). Each step
 * builds a fresh index with the reindex's writer settings (one thread per core, 256 MB buffer, no
 * compound files) and ends with a commit. The postings are parsed before the clock starts and held
 * in memory, so the figures are Lucene's indexing alone: an upper bound for any Lucene-based
 * reindex of these postings on this machine. Only the first round of the first step runs in a fresh
 * JVM; every later one finds Lucene's indexing code compiled, as a warm reindex does.
 *
 * <pre>
 * java -Xmx3g -cp bench/target/careersearch-bench.jar careersearch.bench.LuceneCeilingBench \
 *     --postings synthetic/postings-300000.jsonl --dir synthetic/ceiling [--rounds 2]
 * </pre>
 */
public final class LuceneCeilingBench {
  private LuceneCeilingBench() {}

  /** The fields of a posting that the steps index. */
  private record Posting(String id, String title, String tags, String description, byte[] json) {}

  /** One setup of the ladder; each adds to the one before. */
  private enum Step {
    BODY("description only: StandardAnalyzer, positions, nothing stored"),
    ENGLISH("description with EnglishAnalyzer (stop words, possessives, Porter)"),
    TITLE_TAGS("+ title and tags (skills, company, location), EnglishAnalyzer"),
    SOURCE("+ the JSON line stored (Lucene's default codec, LZ4)"),
    DEFLATE("+ careersearch's codec (stored fields with DEFLATE)");

    final String what;

    Step(String what) {
      this.what = what;
    }
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = BenchArgs.parse(args, "postings", "dir", "rounds");
    Path postingsFile = Path.of(BenchArgs.required(opts, "postings"));
    Path dir = Path.of(BenchArgs.required(opts, "dir"));
    int rounds = Integer.parseInt(opts.getOrDefault("rounds", "2"));
    if (rounds < 1) {
      throw new IllegalArgumentException("--rounds must be 1 or more, got " + rounds);
    }
    List<Posting> postings = read(postingsFile);
    int threads = Runtime.getRuntime().availableProcessors();

    StringBuilder out = new StringBuilder();
    out.append("### Stock Lucene indexing ceiling: ").append(postingsFile.getFileName());
    out.append("\n\n").append(BenchEnv.describe());
    out.append(
        String.format(Locale.ROOT, "- postings: %,d; threads: %d%n%n", postings.size(), threads));
    out.append(
        "| step | round | postings/s | CPU per posting | index size |\n|---|---:|---:|---:|---:|\n");
    for (Step step : Step.values()) {
      for (int round = 1; round <= rounds; round++) {
        Path index = dir.resolve(step.name().toLowerCase(Locale.ROOT));
        BenchFiles.deleteTree(index);
        var os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        build(step, postings, index, threads);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuMicros = (os.getProcessCpuTime() - cpuStart) / 1e3 / postings.size();
        out.append(
            String.format(
                Locale.ROOT,
                "| %s | %d | %,.0f | %.0f µs | %,d MB |%n",
                step.what,
                round,
                postings.size() / seconds,
                cpuMicros,
                BenchFiles.size(index) >> 20));
        System.err.println(step + " round " + round + " done");
      }
      BenchFiles.deleteTree(dir.resolve(step.name().toLowerCase(Locale.ROOT)));
    }
    System.out.print(out);
  }

  private static void build(Step step, List<Posting> postings, Path index, int threads)
      throws IOException, InterruptedException, ExecutionException {
    Analyzer analyzer = step == Step.BODY ? new StandardAnalyzer() : new EnglishAnalyzer();
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setRAMBufferSizeMB(256);
    config.setUseCompoundFile(false);
    if (step == Step.DEFLATE) {
      config.setCodec(new CareerCodec());
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (FSDirectory dir = FSDirectory.open(index);
        IndexWriter writer = new IndexWriter(dir, config)) {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        workers.add(
            pool.submit(
                () -> {
                  for (int i = first; i < postings.size(); i += threads) {
                    add(writer, step, postings.get(i));
                  }
                }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
      writer.commit();
    } finally {
      pool.shutdown();
    }
  }

  private static void add(IndexWriter writer, Step step, Posting p) {
    Document doc = new Document();
    doc.add(new StringField("id", p.id(), Field.Store.YES));
    doc.add(new TextField("body", p.description(), Field.Store.NO));
    if (step.compareTo(Step.TITLE_TAGS) >= 0) {
      doc.add(new TextField("title", p.title(), Field.Store.NO));
      doc.add(new TextField("tags", p.tags(), Field.Store.NO));
    }
    if (step.compareTo(Step.SOURCE) >= 0) {
      doc.add(new StoredField("source", p.json()));
    }
    try {
      writer.addDocument(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Posting> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Posting> postings = new ArrayList<>();
    try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        JsonNode node = json.readTree(line);
        StringBuilder tags = new StringBuilder();
        node.path("skills").forEach(s -> tags.append(s.asText()).append('\n'));
        tags.append(node.path("company").asText()).append('\n');
        tags.append(node.path("location").asText());
        postings.add(
            new Posting(
                node.path("id").asText(),
                node.path("title").asText(),
                tags.toString(),
                node.path("description").asText(),
                line.getBytes(StandardCharsets.UTF_8)));
      }
    }
    return postings;
  }
}
