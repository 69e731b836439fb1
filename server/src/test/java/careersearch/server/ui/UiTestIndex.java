package careersearch.server.ui;

import careersearch.indexer.IndexSession;
import careersearch.indexer.generator.JobDocument;
import careersearch.indexer.generator.OccupationDocument;
import careersearch.indexer.generator.SalaryReportDocument;
import careersearch.indexer.generator.SectionDocument;
import careersearch.indexer.generator.SkillDocument;
import careersearch.indexer.generator.ToolDocument;
import careersearch.indexer.model.ArticleSection;
import careersearch.indexer.model.JobPosting;
import careersearch.indexer.model.Occupation;
import careersearch.indexer.model.Salary;
import careersearch.indexer.model.SalaryReport;
import careersearch.indexer.model.SkillStatement;
import careersearch.indexer.model.Tool;
import careersearch.places.Gazetteers;
import careersearch.places.PlaceResolver;
import careersearch.server.RealCorpus;
import careersearch.server.TestPostings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;

/**
 * The index of the browser tests: twelve postings with known facet counts, one of each knowledge
 * type, and a few salary reports. Its own data, so that other tests' {@code TestIndex} stays as it
 * is.
 *
 * <pre>
 * id          title                                       seniority  remote  USD/year     bands
 * ds-murm     Senior Data Scientist (murmuration)         senior     remote  120-150K     100-150, 150-200
 * mle-berlin  Machine Learning Engineer (EUR 70-90K)      mid        hybrid  77-99K       50-100
 * de-paris    Data Engineer                               mid        onsite  80-100K      50-100, 100-150
 * da-paris    Junior Data Analyst                         entry      onsite  40-55K       under-50, 50-100
 * pds-ny      Principal Data Scientist                    senior     remote  150K         150-200
 * ml-intern   Machine Learning Intern (USD 25-30/hour)    entry      onsite  52-62.4K     50-100
 * staff-ny    Staff Engineer                              executive  hybrid  250-320K     200-300, 300+
 * xss         &lt;script&gt;alert(1)&lt;/script&gt; Platform Engineer  mid  remote  100-130K  100-150
 * ae-berlin   Analytics Engineer                          mid        hybrid  70-85K       50-100
 * rs-ny       Research Scientist                          senior     onsite  180-220K     150-200, 200-300
 * mlops       Senior MLOps Engineer                       senior     remote  140-170K     100-150, 150-200
 * be-paris    Backend Engineer                            entry      onsite  -            -
 * </pre>
 *
 * Places: Remote (anywhere in the U.S.) is remote in the US; "Remote" has no country; Berlin 3,
 * Paris (France) 3, New York 3. Jobs per country: US 4, DE 3, FR 3.
 *
 * <p>Jobs per band: under-50k 1, 50k-100k 5, 100k-150k 4, 150k-200k 4, 200k-300k 2, 300k-plus 1.
 * Jobs per seniority: senior 4, mid 4, entry 3, executive 1.
 */
public final class UiTestIndex {
  static final TestPostings POSTINGS = new TestPostings("ui-test", "https://example.org/jobs/");

  private UiTestIndex() {}

  public static final String SCRIPT_TITLE = "<script>alert(1)</script> Platform Engineer";

  public static final List<JobPosting> JOBS =
      List.of(
          POSTINGS.job(
              "ds-murm",
              "Senior Data Scientist",
              "murmuration",
              "Remote (anywhere in the U.S.)",
              "remote",
              List.of("full_time"),
              "senior",
              TestPostings.usd(120_000, 150_000),
              "2026-10-01",
              "Senior data scientist, fully remote. Build PyTorch models of civic engagement and"
                  + " explain them to campaign teams.\n\nYou know statistics, Python and PyTorch.",
              List.of("PyTorch", "Python", "SQL")),
          POSTINGS.job(
              "mle-berlin",
              "Machine Learning Engineer",
              "Acme",
              "Berlin, Germany",
              "hybrid",
              List.of("full_time"),
              "mid",
              new Salary(70_000, 90_000, "EUR", "year", 77_000, 99_000),
              "2026-09-15",
              "Train and ship ranking models.",
              List.of("TensorFlow", "Kubernetes")),
          POSTINGS.job(
              "de-paris",
              "Data Engineer",
              "Acme",
              "Paris, France",
              "onsite",
              List.of("full_time"),
              "mid",
              TestPostings.usd(80_000, 100_000),
              "2026-09-01",
              "Maintain data pipelines in Spark.",
              List.of("Spark")),
          POSTINGS.job(
              "da-paris",
              "Junior Data Analyst",
              "Beta",
              "Paris, France",
              "onsite",
              List.of("part_time"),
              "entry",
              TestPostings.usd(40_000, 55_000),
              "2026-08-20",
              "Dashboards in Tableau.",
              List.of("Tableau")),
          POSTINGS.job(
              "pds-ny",
              "Principal Data Scientist",
              "Gamma",
              "New York, NY",
              "remote",
              List.of("full_time", "contract"),
              "senior",
              TestPostings.usd(150_000, 150_000),
              "2026-08-01",
              "Lead the data science team; statistics and experimentation.",
              List.of("R")),
          POSTINGS.job(
              "ml-intern",
              "Machine Learning Intern",
              "Beta",
              "Berlin, Germany",
              "onsite",
              List.of("internship"),
              "entry",
              new Salary(25, 30, "USD", "hour", 52_000, 62_400),
              "2026-07-10",
              "Learn machine learning engineering.",
              List.of()),
          POSTINGS.job(
              "staff-ny",
              "Staff Engineer",
              "Gamma",
              "New York, NY",
              "hybrid",
              List.of("full_time"),
              "executive",
              TestPostings.usd(250_000, 320_000),
              "2026-07-01",
              "Own the platform architecture.",
              List.of("Kubernetes")),
          POSTINGS.job(
              "xss",
              SCRIPT_TITLE,
              "Evil <b>Corp</b>",
              "Remote",
              "remote",
              List.of("full_time"),
              "mid",
              TestPostings.usd(100_000, 130_000),
              "2026-06-01",
              "Platform work. <img src=x onerror=\"window.__xss=1\"> <b>bold</b> & more.",
              List.of("<i>Kubernetes</i>")),
          POSTINGS.job(
              "ae-berlin",
              "Analytics Engineer",
              "Beta",
              "Berlin, Germany",
              "hybrid",
              List.of("full_time"),
              "mid",
              TestPostings.usd(70_000, 85_000),
              "2026-05-01",
              "Model data in dbt.",
              List.of("dbt")),
          POSTINGS.job(
              "rs-ny",
              "Research Scientist",
              "Gamma",
              "New York, NY",
              "onsite",
              List.of("full_time"),
              "senior",
              TestPostings.usd(180_000, 220_000),
              "2026-04-01",
              "Publish and ship research.",
              List.of("JAX")),
          POSTINGS.job(
              "mlops",
              "Senior MLOps Engineer",
              "Acme",
              "Remote",
              "remote",
              List.of("full_time"),
              "senior",
              TestPostings.usd(140_000, 170_000),
              "2026-03-01",
              "Run training infrastructure.",
              List.of("Kubernetes")),
          POSTINGS.job(
              "be-paris",
              "Backend Engineer",
              "Delta",
              "Paris, France",
              "onsite",
              List.of("full_time"),
              "entry",
              null,
              "2026-02-01",
              "Build APIs in Java.",
              List.of("Java")));

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
          "- Machine Learning Frameworks: TensorFlow, Keras, PyTorch, Scikit-learn\n"
              + "- Data Processing: Pandas, NumPy");

  public static final SkillStatement SKILL =
      new SkillStatement(
          "skill:machine-learning-engineer-2",
          "Machine Learning Engineer",
          "Strong understanding of machine learning algorithms and frameworks (e.g., TensorFlow,"
              + " PyTorch).",
          List.of("TensorFlow", "PyTorch"),
          2);

  public static final Occupation DATA_SCIENTISTS =
      new Occupation(
          "15-2051.00",
          "Data Scientists",
          "Develop and implement a set of techniques or analytics applications to transform raw"
              + " data into meaningful information.",
          List.of("Data Analytics Scientist", "Machine Learning Scientist"),
          List.of("Data Scientist"),
          List.of(
              "Analyze, manipulate, or process large sets of data using statistical software.",
              "Apply feature selection algorithms to models predicting outcomes of interest."),
          4,
          "Job Zone Four: Considerable Preparation Needed",
          List.of(
              new Occupation.RelatedOccupation("15-2041.00", "Statisticians", "Primary-Short")));

  /** Salary reports of senior data scientists, and a few others. */
  public static List<SalaryReport> reports() {
    List<SalaryReport> reports = new ArrayList<>();
    long[] seniorDs = {110_000, 125_000, 135_000, 140_000, 150_000, 160_000, 175_000, 190_000};
    for (int i = 0; i < seniorDs.length; i++) {
      reports.add(report(i + 1, 2025, "Data Scientist", "senior", seniorDs[i]));
    }
    reports.add(report(20, 2024, "Data Engineer", "mid", 95_000));
    reports.add(report(21, 2024, "Machine Learning Engineer", "executive", 310_000));
    return reports;
  }

  /**
   * Builds the index in {@code dir}, replacing whatever was there, in one commit; the postings'
   * locations resolved with the corpus's gazetteer, copied beside the index as a rebuild does.
   */
  public static void build(Path dir) throws IOException {
    Path places = RealCorpus.corpusDir().resolve("places");
    PlaceResolver resolver = new PlaceResolver(Gazetteers.of(places));
    try (IndexSession session = IndexSession.open(dir, OpenMode.CREATE)) {
      for (JobPosting job : JOBS) {
        session.add(JobDocument.build(job, resolver.resolve(job.location())));
      }
      session.add(ToolDocument.build(PYTORCH));
      session.add(SectionDocument.build(SECTION));
      session.add(SkillDocument.build(SKILL));
      session.add(OccupationDocument.build(DATA_SCIENTISTS));
      for (SalaryReport report : reports()) {
        session.add(SalaryReportDocument.build(report));
      }
      session.commit(Map.of());
    }
    Gazetteers.copyInto(places, dir);
  }

  private static SalaryReport report(int n, int year, String title, String seniority, long usd) {
    return new SalaryReport(
        "salary_report:" + n,
        year,
        title,
        seniority,
        "full_time",
        "remote",
        100,
        "US",
        "US",
        "M",
        usd,
        "USD",
        usd);
  }
}
