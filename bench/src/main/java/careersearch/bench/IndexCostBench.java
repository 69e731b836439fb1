package careersearch.bench;

import careersearch.indexer.corpus.CorpusLayout;
import careersearch.indexer.corpus.CurrencyRates;
import careersearch.indexer.corpus.JsonlPostingsReader;
import careersearch.indexer.corpus.SalaryNormalizer;
import careersearch.indexer.corpus.SalarySurveyReader;
import careersearch.indexer.generator.JobDocument;
import careersearch.indexer.model.JobPosting;
import careersearch.schema.Analyzers;
import careersearch.schema.CareerCodec;
import careersearch.schema.FacetDim;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Where a posting's indexing time goes, step by step on one thread: parsing its JSONL line,
 * building its document, the facet fields, analysing each field (with its token count), adding it
 * to an in-memory index writer (analysis included) and the commit. Each step runs over all the
 * postings in turn, three rounds, the last one reported (the first ones warm the JIT). The
 * end-to-end figure is {@link IndexBench}'s; this one says which part of it to work on.
 *
 * <pre>
 * java -Xmx2g -cp bench/target/careersearch-bench.jar careersearch.bench.IndexCostBench \
 *     --postings synthetic/postings-100000.jsonl [--limit 30000] [--corpus corpus]
 * </pre>
 */
public final class IndexCostBench {
  private IndexCostBench() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> opts = BenchArgs.parse(args, "corpus", "postings", "limit");
    CorpusLayout corpus = new CorpusLayout(Path.of(opts.getOrDefault("corpus", "corpus")));
    Path postings = Path.of(BenchArgs.required(opts, "postings"));
    int limit = Integer.parseInt(opts.getOrDefault("limit", "30000"));
    SalaryNormalizer normalizer =
        new SalaryNormalizer(
            CurrencyRates.fromReports(SalarySurveyReader.read(corpus.salariesCsv())));
    StringBuilder out = new StringBuilder();
    for (int round = 1; round <= 3; round++) {
      out.setLength(0);
      run(postings, limit, normalizer, out);
    }
    System.out.println("### Indexing cost per posting, one thread: " + postings + "\n");
    System.out.print(BenchEnv.describe());
    System.out.println();
    System.out.print(out);
  }

  private static void run(Path file, int limit, SalaryNormalizer normalizer, StringBuilder out)
      throws IOException {
    List<JobPosting> jobs = new ArrayList<>();
    long t0 = System.nanoTime();
    new JsonlPostingsReader(normalizer, true)
        .read(
            file,
            file.toString(),
            job -> {
              if (jobs.size() < limit) {
                jobs.add(job);
              }
            });
    // the reader reads the whole file; charge only the postings kept
    long parse = (System.nanoTime() - t0) * Math.min(limit, jobs.size()) / Math.max(1, lines(file));
    long t1 = System.nanoTime();
    List<Document> docs = new ArrayList<>();
    for (JobPosting job : jobs) {
      docs.add(JobDocument.build(job));
    }
    long t2 = System.nanoTime();
    FacetsConfig facets = FacetDim.facetsConfig();
    List<Document> built = new ArrayList<>();
    for (Document doc : docs) {
      built.add(facets.build(doc));
    }
    long t3 = System.nanoTime();
    Analyzer analyzer = Analyzers.indexWriterAnalyzer();
    Map<String, long[]> perField = new TreeMap<>(); // nanos, tokens, values
    for (Document doc : built) {
      for (IndexableField field : doc.getFields()) {
        if (field.fieldType().indexOptions() == IndexOptions.NONE
            || !field.fieldType().tokenized()) {
          continue;
        }
        long start = System.nanoTime();
        int tokens = 0;
        try (TokenStream stream = field.tokenStream(analyzer, null)) {
          stream.reset();
          while (stream.incrementToken()) {
            tokens++;
          }
          stream.end();
        }
        long[] f = perField.computeIfAbsent(field.name(), k -> new long[3]);
        f[0] += System.nanoTime() - start;
        f[1] += tokens;
        f[2]++;
      }
    }
    long t4 = System.nanoTime();
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setRAMBufferSizeMB(256);
    config.setCodec(new CareerCodec());
    long t5;
    long t6;
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, config)) {
      for (Document doc : built) {
        writer.addDocument(doc);
      }
      t5 = System.nanoTime();
      writer.commit();
      t6 = System.nanoTime();
    }
    int n = jobs.size();
    out.append(String.format(Locale.ROOT, "%,d postings; µs per posting:%n%n", n));
    out.append("| step | µs per posting |\n|---|---:|\n");
    step(out, "parse the JSONL line (Jackson) and normalize the salary", parse, n);
    step(out, "build the document (JobDocument, JSON source)", t2 - t1, n);
    step(out, "facet fields (FacetsConfig.build)", t3 - t2, n);
    step(out, "analysis alone, every tokenized field (detail below)", t4 - t3, n);
    step(out, "IndexWriter.addDocument (analysis + inverting + stored fields)", t5 - t4, n);
    step(out, "commit (flush the segment)", t6 - t5, n);
    out.append("\n| field | µs per posting | tokens per posting | values per posting |\n");
    out.append("|---|---:|---:|---:|\n");
    perField.forEach(
        (name, f) ->
            out.append(
                String.format(
                    Locale.ROOT,
                    "| %s | %.1f | %.1f | %.1f |%n",
                    name,
                    f[0] / 1e3 / n,
                    (double) f[1] / n,
                    (double) f[2] / n)));
  }

  private static void step(StringBuilder out, String what, long nanos, int n) {
    out.append(String.format(Locale.ROOT, "| %s | %.1f |%n", what, nanos / 1e3 / n));
  }

  private static long lines(Path file) throws IOException {
    try (var lines = java.nio.file.Files.lines(file)) {
      return lines.count();
    }
  }
}
