package careersearch.server.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.server.RealCorpus;
import careersearch.server.lucene.IndexSearchers;
import careersearch.server.lucene.SearchService;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job-intent gate: the judged job queries over the bundled corpus, {@link #SYNTHETIC} synthetic
 * postings (seed 42) and the hand-written ones. Fails when precision@10, overall or in a category,
 * falls below {@code relevance/jobs/baseline.properties} minus its epsilon. The full evaluation at
 * 100,000 postings is {@code JobRelevance.main}.
 */
class JobRelevanceTest {
  static final long SYNTHETIC = 20_000;
  static final Path JOBS = Path.of("src/test/resources/relevance/jobs");

  @TempDir static Path dir;
  static List<JobRelevance.Result> results;
  static Properties baseline;

  @BeforeAll
  static void evaluate() throws Exception {
    Path index = dir.resolve("index");
    JobRelevance.buildCollection(RealCorpus.corpusDir(), JOBS, SYNTHETIC, index);
    try (IndexSearchers searchers = new IndexSearchers(index, Duration.ofHours(1))) {
      SearchService service = new SearchService(searchers);
      List<JobQuery> queries =
          JobQuerySet.load(JOBS.resolve("queries.tsv"), JOBS.resolve("grades.tsv"));
      results = new JobRelevance(service, searchers).evaluate(queries);
    }
    System.out.printf(
        "Job relevance at %,d synthetic postings:%n%s", SYNTHETIC, JobRelevance.report(results));
    baseline = new Properties();
    try (InputStream in = Files.newInputStream(JOBS.resolve("baseline.properties"))) {
      baseline.load(in);
    }
  }

  @Test
  void precisionDoesNotDropOverallOrInAnyCategory() {
    double epsilon = Double.parseDouble(baseline.getProperty("epsilon"));
    List<String> dropped = new ArrayList<>();
    for (Map.Entry<String, JobRelevance.Summary> e : JobRelevance.summaries(results).entrySet()) {
      String recorded = baseline.getProperty("precision10." + e.getKey());
      if (recorded == null) {
        dropped.add(e.getKey() + " has no recorded precision10." + e.getKey());
      } else if (e.getValue().precision10() < Double.parseDouble(recorded) - epsilon) {
        dropped.add(
            String.format(
                "%s: P@10 %.3f, recorded %s", e.getKey(), e.getValue().precision10(), recorded));
      }
    }
    assertTrue(dropped.isEmpty(), "job precision@10 fell: " + dropped);
  }

  @Test
  void everyQueryHasPostingsThatAnswerIt() {
    List<String> none =
        results.stream()
            .filter(r -> r.relevantTotal() == 0)
            .map(r -> r.query().id() + " " + r.query().query())
            .toList();
    assertTrue(none.isEmpty(), "queries no posting of the collection answers: " + none);
  }

  @Test
  void knowledgeKeepsItsPlaceButDoesNotCrowdOutPostings() {
    long misses = results.stream().filter(r -> !r.knowledgeRuleMet()).count();
    long allowed = Long.parseLong(baseline.getProperty("knowledge_rule_misses"));
    assertTrue(
        misses <= allowed, misses + " queries break the knowledge rule (recorded " + allowed + ")");
  }
}
