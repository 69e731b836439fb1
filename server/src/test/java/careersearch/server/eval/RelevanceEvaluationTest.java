package careersearch.server.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.server.RealCorpus;
import careersearch.server.eval.RelevanceEvaluator.Report;
import careersearch.server.eval.RelevanceEvaluator.Summary;
import careersearch.server.lucene.IndexSearchers;
import careersearch.server.lucene.SearchService;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The relevance gate: indexes the real corpus once (about 25 s), evaluates the judged query set in
 * {@code src/test/resources/relevance/} and fails when overall nDCG@10 drops below the baseline
 * recorded in {@code baseline.properties} (minus its epsilon). When a change raises the figures,
 * record the new ones there so that they stay raised.
 */
class RelevanceEvaluationTest {
  static Report report;
  static Properties baseline;

  @BeforeAll
  static void evaluate() throws Exception {
    // the real corpus, indexed once for every test class of this JVM that needs it
    try (IndexSearchers searchers = new IndexSearchers(RealCorpus.index(), Duration.ofHours(1))) {
      report =
          new RelevanceEvaluator(new SearchService(searchers))
              .evaluate(QuerySet.load(resource("queries.tsv"), resource("judgments.tsv")));
    }
    baseline = new Properties();
    try (InputStream in = Files.newInputStream(resource("baseline.properties"))) {
      baseline.load(in);
    }
    System.out.println("Relevance evaluation (src/test/resources/relevance):");
    System.out.println(ReportFormatter.table(report));
    Summary overall = report.overall();
    System.out.println(
        "baseline: "
            + compare("nDCG@10", overall.ndcg10(), "ndcg10")
            + ", "
            + compare("MRR", overall.mrr(), "mrr")
            + ", "
            + compare("R@20", overall.recall20(), "recall20"));
  }

  @Test
  void overallNdcgDoesNotDropBelowTheBaseline() {
    double recorded = figure("ndcg10");
    double epsilon = figure("epsilon");
    double ndcg = report.overall().ndcg10();
    assertTrue(
        ndcg >= recorded - epsilon,
        String.format(
            Locale.ROOT,
            "overall nDCG@10 fell to %.4f, below the baseline %.4f (epsilon %.4f); see the table"
                + " printed above for the queries that got worse",
            ndcg,
            recorded,
            epsilon));
    if (ndcg > recorded + epsilon) {
      System.out.printf(
          Locale.ROOT,
          "overall nDCG@10 %.4f is above the baseline %.4f: record the new figures in"
              + " server/src/test/resources/relevance/baseline.properties%n",
          ndcg,
          recorded);
    }
  }

  @Test
  void everyJudgedDocumentIsInTheIndex() {
    // a judgment on an id the index lacks silently costs points: fix the judgments instead
    assertEquals(
        java.util.List.of(),
        report.missingDocuments(),
        "judged documents missing from the index; update judgments.tsv");
  }

  @Test
  void theSetCoversEveryKindOfQuery() {
    assertTrue(report.results().size() >= 50, "at least 50 judged queries");
    assertEquals(
        Set.of("tool", "role", "mixed", "misspelling", "knowledge", "occupation"),
        report.byCategory().keySet());
  }

  static String compare(String name, double value, String key) {
    return String.format(Locale.ROOT, "%s %.4f (recorded %.4f)", name, value, figure(key));
  }

  static double figure(String key) {
    String value = baseline.getProperty(key);
    if (value == null) {
      throw new IllegalStateException("baseline.properties has no '" + key + "'");
    }
    return Double.parseDouble(value.strip());
  }

  static Path resource(String name) throws URISyntaxException {
    return Path.of(RelevanceEvaluationTest.class.getResource("/relevance/" + name).toURI());
  }
}
