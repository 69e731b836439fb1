package careersearch.server;

import careersearch.indexer.IndexSession;
import careersearch.indexer.generator.JobDocument;
import careersearch.indexer.generator.SalaryReportDocument;
import careersearch.indexer.generator.SectionDocument;
import careersearch.indexer.generator.ToolDocument;
import careersearch.indexer.model.ArticleSection;
import careersearch.indexer.model.JobPosting;
import careersearch.indexer.model.SalaryReport;
import careersearch.indexer.model.Tool;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;

/**
 * A small hand-made index whose every count is known. Salaries are chosen for the band edges: j2
 * ends exactly at 100K, j4 is a single figure of 150K.
 *
 * <pre>
 * id  title                             company seniority  remote  employment           USD
 * j1  Senior Machine Learning Engineer  Acme    senior     remote  full_time            120-160K
 * j2  Data Engineer                     Acme    mid        hybrid  full_time            80-100K
 * j3  Junior Data Analyst               Beta    entry      onsite  part_time            40-55K
 * j4  Principal Data Scientist          Gamma   senior     remote  full_time, contract  150K
 * j5  Machine Learning Intern           Beta    entry      onsite  internship           -
 * j6  Staff Engineer                    Gamma   executive  hybrid  full_time            250-320K
 * </pre>
 */
public final class TestIndex {
  static final TestPostings POSTINGS = new TestPostings("test", "https://example.org/");

  private TestIndex() {}

  public static final List<JobPosting> JOBS =
      List.of(
          POSTINGS.job(
              "j1",
              "Senior Machine Learning Engineer",
              "Acme",
              "Berlin",
              "remote",
              List.of("full_time"),
              "senior",
              TestPostings.usd(120_000, 160_000),
              "2026-01-10",
              "Build and deploy PyTorch models for <b>search</b> ranking.",
              List.of("PyTorch", "Python")),
          POSTINGS.job(
              "j2",
              "Data Engineer",
              "Acme",
              "Paris",
              "hybrid",
              List.of("full_time"),
              "mid",
              TestPostings.usd(80_000, 100_000),
              "2026-02-01",
              "Maintain data pipelines in Spark.",
              List.of("Spark")),
          POSTINGS.job(
              "j3",
              "Junior Data Analyst",
              "Beta",
              "Paris",
              "onsite",
              List.of("part_time"),
              "entry",
              TestPostings.usd(40_000, 55_000),
              "2026-03-01",
              "Dashboards in Tableau.",
              List.of("Tableau")),
          POSTINGS.job(
              "j4",
              "Principal Data Scientist",
              "Gamma",
              "New York",
              "remote",
              List.of("full_time", "contract"),
              "senior",
              TestPostings.usd(150_000, 150_000),
              "2025-12-01",
              "Lead the data science team; PyTorch and statistics.",
              List.of("PyTorch")),
          POSTINGS.job(
              "j5",
              "Machine Learning Intern",
              "Beta",
              "Berlin",
              "onsite",
              List.of("internship"),
              "entry",
              null,
              "2026-03-05",
              "Learn machine learning engineering.",
              List.of()),
          POSTINGS.job(
              "j6",
              "Staff Engineer",
              "Gamma",
              "New York",
              "hybrid",
              List.of("full_time"),
              "executive",
              TestPostings.usd(250_000, 320_000),
              "2026-01-20",
              "Own the platform architecture.",
              List.of("Kubernetes")));

  public static final Tool PYTORCH =
      new Tool(
          "tool:pytorch",
          "PyTorch",
          List.of("Machine Learning Frameworks"),
          List.of("Machine Learning Engineer"),
          List.of(new Tool.ToolOccupation("15-2051.00", "Data Scientists", false, true)),
          List.of("PyTorch"));

  public static final ArticleSection SECTION =
      new ArticleSection(
          "section:tools/machine-learning-engineer-tools",
          List.of("Tools and Software Used", "Machine Learning Engineer Tools"),
          List.of("Machine Learning Engineer"),
          1,
          "- Machine Learning Frameworks: TensorFlow, Keras, PyTorch, Scikit-learn");

  public static final List<SalaryReport> REPORTS =
      List.of(
          report("salary_report:1", "Data Scientist", "senior", 150_000),
          report("salary_report:2", "Data Engineer", "mid", 99_999),
          report("salary_report:3", "Machine Learning Engineer", "executive", 300_000));

  /** Builds the index in {@code dir}, replacing whatever was there, in one commit. */
  public static void build(Path dir) throws IOException {
    build(dir, JOBS);
  }

  /** Builds the index with other jobs (for reload tests). */
  public static void build(Path dir, List<JobPosting> jobs) throws IOException {
    build(dir, jobs, Map.of());
  }

  /** Builds the index with other jobs and commit data (a full rebuild's build id, say). */
  public static void build(Path dir, List<JobPosting> jobs, Map<String, String> commitData)
      throws IOException {
    try (IndexSession session = IndexSession.open(dir, OpenMode.CREATE)) {
      for (JobPosting job : jobs) {
        session.add(JobDocument.build(job));
      }
      session.add(ToolDocument.build(PYTORCH));
      session.add(SectionDocument.build(SECTION));
      for (SalaryReport report : REPORTS) {
        session.add(SalaryReportDocument.build(report));
      }
      session.commit(new java.util.HashMap<>(commitData));
    }
  }

  private static SalaryReport report(String id, String title, String seniority, long usd) {
    return new SalaryReport(
        id, 2024, title, seniority, "full_time", "remote", 100, "US", "US", "M", usd, "USD", usd);
  }
}
