package careersearch.server.eval;

import careersearch.indexer.CorpusIndexer;
import careersearch.indexer.synthetic.SyntheticPostings;
import careersearch.schema.DocType;
import careersearch.schema.Fields;
import careersearch.server.api.SearchRequestParser;
import careersearch.server.lucene.IndexSearchers;
import careersearch.server.lucene.SearchService;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Job search judged at scale: each job-intent query's top 10 against the postings that meet its
 * constraints (precision@10), the hand-written postings' grades (nDCG@10), and the knowledge rules
 * (at most 2 of the top 10 are not postings unless fewer than 8 postings match; the named knowledge
 * document in the top 3). Run over the bundled corpus, N synthetic postings and the hand-written
 * ones:
 *
 * <pre>
 * java -cp server/target/careersearch-server.jar careersearch.server.eval.JobRelevance --n 100000
 * </pre>
 */
public final class JobRelevance {
  static final int DEPTH = 10;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  /** One query's figures; {@code relevantTotal} counts the collection's postings that qualify. */
  public record Result(
      JobQuery query,
      double precision10,
      Double ndcg10,
      long relevantTotal,
      int notPostingsInTop10,
      boolean knowledgeRuleMet,
      List<String> top10) {}

  /** Means over a set of queries. */
  public record Summary(int queries, double precision10, double ndcg10, int knowledgeRuleMisses) {}

  private final SearchService service;
  private final List<Map<String, Object>> postings;

  public JobRelevance(SearchService service, IndexSearchers searchers) {
    this.service = service;
    this.postings = postings(searchers);
  }

  public List<Result> evaluate(List<JobQuery> queries) {
    return queries.stream().map(this::evaluate).toList();
  }

  private Result evaluate(JobQuery query) {
    Map<String, List<String>> params = new LinkedHashMap<>(query.params());
    params.put("q", List.of(query.query()));
    params.put("size", List.of(Integer.toString(DEPTH)));
    List<Map<String, Object>> hits = service.search(SearchRequestParser.parse(params)).hits();
    long relevantTotal = postings.stream().filter(query.constraints()::test).count();
    long relevantInTop = hits.stream().filter(query.constraints()::test).count();
    int notPostings = (int) hits.stream().filter(h -> !"job".equals(h.get("type"))).count();
    long postingsSlots = Math.max(1, DEPTH - Math.min(2, notPostings));
    double precision =
        relevantTotal == 0 ? 0 : relevantInTop / (double) Math.min(postingsSlots, relevantTotal);
    List<String> ids = hits.stream().map(h -> (String) h.get("id")).toList();
    boolean fewPostings = hits.stream().filter(h -> "job".equals(h.get("type"))).count() < 8;
    boolean rule =
        (notPostings <= 2 || fewPostings)
            && (query.knowledgeTop3() == null
                || ids.subList(0, Math.min(3, ids.size())).contains(query.knowledgeTop3()));
    Double ndcg =
        query.grades().isEmpty() ? null : RelevanceMetrics.ndcg(ids, query.grades(), DEPTH);
    return new Result(query, precision, ndcg, relevantTotal, notPostings, rule, ids);
  }

  /** Means overall (key "all") and per category. */
  public static Map<String, Summary> summaries(List<Result> results) {
    Map<String, List<Result>> groups = new TreeMap<>();
    groups.put("all", results);
    results.forEach(
        r -> groups.computeIfAbsent(r.query().category(), k -> new ArrayList<>()).add(r));
    Map<String, Summary> out = new LinkedHashMap<>();
    groups.forEach(
        (name, rs) ->
            out.put(
                name,
                new Summary(
                    rs.size(),
                    rs.stream().mapToDouble(Result::precision10).average().orElse(0),
                    rs.stream()
                        .filter(r -> r.ndcg10() != null)
                        .mapToDouble(Result::ndcg10)
                        .average()
                        .orElse(0),
                    (int) rs.stream().filter(r -> !r.knowledgeRuleMet()).count())));
    return out;
  }

  /** A table of the summaries, then the queries under 0.8 precision. */
  public static String report(List<Result> results) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%-24s %7s %8s %8s %9s%n",
            "category",
            "queries",
            "P@10",
            "nDCG@10",
            "rule-miss"));
    summaries(results)
        .forEach(
            (name, s) ->
                out.append(
                    String.format(
                        Locale.ROOT,
                        "%-24s %7d %8.3f %8.3f %9d%n",
                        name,
                        s.queries(),
                        s.precision10(),
                        s.ndcg10(),
                        s.knowledgeRuleMisses())));
    for (Result r : results) {
      if (r.precision10() < 0.8 || !r.knowledgeRuleMet()) {
        out.append(
            String.format(
                Locale.ROOT,
                "  %-4s P@10 %.2f (of %,d relevant)%s  %s%n",
                r.query().id(),
                r.precision10(),
                r.relevantTotal(),
                r.knowledgeRuleMet() ? "" : " knowledge rule missed",
                r.query().query()));
      }
    }
    return out.toString();
  }

  /** Every posting's source, to count the postings that meet each query's constraints. */
  private static List<Map<String, Object>> postings(IndexSearchers searchers) {
    return searchers.withSearcher(
        searcher -> {
          TermQuery isJob = new TermQuery(new Term(Fields.TYPE, DocType.JOB.key()));
          ScoreDoc[] docs =
              searcher.search(isJob, Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs;
          StoredFields stored = searcher.storedFields();
          List<Map<String, Object>> out = new ArrayList<>(docs.length);
          for (ScoreDoc sd : docs) {
            BytesRef json = stored.document(sd.doc).getBinaryValue(Fields.SOURCE);
            out.add(JSON.readValue(json.bytes, json.offset, json.length, MAP));
          }
          return out;
        });
  }

  /**
   * Builds the evaluation collection in {@code indexDir}: the corpus, {@code n} synthetic postings
   * (seed 42, written next to the index) and the hand-written postings, with vectors from the
   * product's model: the gate holds in hybrid mode, the default.
   */
  public static void buildCollection(Path corpus, Path jobsDir, long n, Path indexDir)
      throws IOException {
    Path synthetic = indexDir.resolveSibling(indexDir.getFileName() + "-synthetic-" + n + ".jsonl");
    new SyntheticPostings(corpus, 42).write(n, synthetic);
    new CorpusIndexer(
            corpus,
            List.of(synthetic, jobsDir.resolve("handwritten-postings.jsonl")),
            false,
            CorpusIndexer.Progress.NONE)
        .embeddingWith(careersearch.embed.Embedders.named(careersearch.embed.Embedders.PRODUCT))
        .reindex(indexDir);
  }

  public static void main(String[] args) throws Exception {
    long n = args.length >= 2 && args[0].equals("--n") ? Long.parseLong(args[1]) : 100_000;
    Path jobsDir = Path.of("server/src/test/resources/relevance/jobs");
    Path dir = Files.createTempDirectory("careersearch-job-eval");
    Path index = dir.resolve("index");
    long start = System.nanoTime();
    buildCollection(Path.of("corpus"), jobsDir, n, index);
    System.out.printf(
        "Built the collection (%,d synthetic postings) in %.0f s%n",
        n, (System.nanoTime() - start) / 1e9);
    try (IndexSearchers searchers = new IndexSearchers(index, Duration.ofHours(1))) {
      SearchService service = new SearchService(searchers);
      List<JobQuery> queries =
          JobQuerySet.load(jobsDir.resolve("queries.tsv"), jobsDir.resolve("grades.tsv"));
      System.out.print(report(new JobRelevance(service, searchers).evaluate(queries)));
    }
  }
}
