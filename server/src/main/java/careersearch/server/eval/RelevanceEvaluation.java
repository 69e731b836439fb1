package careersearch.server.eval;

import careersearch.indexer.CorpusIndexer;
import careersearch.server.api.NotFoundException;
import careersearch.server.eval.RelevanceEvaluator.Report;
import careersearch.server.lucene.IndexSearchers;
import careersearch.server.lucene.SearchService;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Command line: evaluates the search service against the judged query set and prints nDCG@10, the
 * reciprocal rank and recall@20 per query, then the means per category and overall. No HTTP: it
 * calls {@link SearchService} on the index directory directly.
 *
 * <pre>
 * java -cp server/target/careersearch-server.jar careersearch.server.eval.RelevanceEvaluation \
 *     --index data/index [--queries ...] [--judgments ...] [--hits 10]
 * </pre>
 */
@Command(
    name = "relevance-evaluation",
    mixinStandardHelpOptions = true,
    description =
        "Evaluates search relevance against judged queries: nDCG@10, MRR and recall@20 per query"
            + " and overall.")
public final class RelevanceEvaluation implements Callable<Integer> {
  static final String RESOURCES = "server/src/test/resources/relevance/";

  @Option(
      names = "--index",
      defaultValue = "data/index",
      description = "Index directory (default ${DEFAULT-VALUE}).")
  Path index;

  @Option(
      names = "--corpus",
      description = "Build the index from this corpus first when the index directory has none.")
  Path corpus;

  @Option(
      names = "--queries",
      defaultValue = RESOURCES + "queries.tsv",
      description = "Judged queries, TSV (default ${DEFAULT-VALUE}).")
  Path queries;

  @Option(
      names = "--judgments",
      defaultValue = RESOURCES + "judgments.tsv",
      description = "Graded judgments, TSV (default ${DEFAULT-VALUE}).")
  Path judgments;

  @Option(
      names = "--hits",
      defaultValue = "0",
      description =
          "Also list each query's first N hits with their grades and the judged documents it"
              + " missed (default ${DEFAULT-VALUE}: table only).")
  int hits;

  @Option(
      names = "--only",
      split = ",",
      description = "Evaluate only these query ids or categories (comma-separated).")
  List<String> only;

  private final PrintStream out;

  public RelevanceEvaluation() {
    this(System.out);
  }

  RelevanceEvaluation(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new RelevanceEvaluation()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    try {
      return evaluate();
    } catch (IllegalArgumentException | NoSuchFileException e) {
      // a malformed or missing set file, a missing index: say what to change, no stack trace
      System.err.println(
          e instanceof NoSuchFileException ? "no such file: " + e.getMessage() : e.getMessage());
      return 1;
    }
  }

  private int evaluate() throws Exception {
    List<JudgedQuery> set = QuerySet.load(queries, judgments);
    if (only != null && !only.isEmpty()) {
      set = set.stream().filter(q -> only.contains(q.id()) || only.contains(q.category())).toList();
      if (set.isEmpty()) {
        throw new IllegalArgumentException(
            "--only " + String.join(",", only) + " matches no query id or category");
      }
    }
    ensureIndex();
    try (IndexSearchers searchers = new IndexSearchers(index, Duration.ofHours(1))) {
      SearchService service = new SearchService(searchers);
      Report report = new RelevanceEvaluator(service).evaluate(set);
      if (hits > 0) {
        out.println(ReportFormatter.details(report, hits, id -> title(service, id)));
      }
      out.print(ReportFormatter.table(report));
      if (!report.missingDocuments().isEmpty()) {
        out.println();
        out.println(
            "WARNING: judged documents not in the index (update "
                + judgments
                + "): "
                + String.join(", ", report.missingDocuments()));
      }
    }
    return 0;
  }

  private void ensureIndex() throws Exception {
    if (Files.isDirectory(index)) {
      try (FSDirectory dir = FSDirectory.open(index)) {
        if (DirectoryReader.indexExists(dir)) {
          return;
        }
      }
    }
    if (corpus == null) {
      throw new IllegalArgumentException(
          "no index at "
              + index
              + "; build one with `careersearch-indexer reindex --corpus corpus --index "
              + index
              + "` or pass --corpus corpus");
    }
    out.println("No index at " + index + ": building it from " + corpus + " ...");
    new CorpusIndexer(corpus, false, CorpusIndexer.Progress.NONE).reindex(index);
  }

  private static String title(SearchService service, String id) {
    try {
      return String.valueOf(service.document(id).get("title"));
    } catch (NotFoundException e) {
      return "(not in the index)";
    }
  }
}
