package careersearch.indexer.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.indexer.model.ArticleSection;
import careersearch.indexer.model.ArticleTool;
import careersearch.indexer.model.SkillStatement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SeedArticleParserTest {
  private static final String MLE = "Machine Learning Engineer";
  private static final String DSE = "Data Science Engineer";

  private static SeedArticleParser parser;

  @BeforeAll
  static void parseSeed() throws IOException {
    parser = SeedArticleParser.parse(SeedDocument.read(seedFile()));
  }

  /** Tests run from indexer/, but an IDE may run them from the project root. */
  static Path seedFile() {
    for (String corpus : List.of("../corpus", "corpus")) {
      Path p = Path.of(corpus, "seed", "000_3dbff80adbe6cf2d.txt");
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    throw new IllegalStateException("seed file not found from " + Path.of("").toAbsolutePath());
  }

  @Test
  void documentSplitsBeforeFirstPostingTitle() throws IOException {
    SeedDocument doc = SeedDocument.read(seedFile());
    assertEquals(74, doc.articleLines().size());
    assertEquals("Data Engineer", doc.postingLines().get(0));
    assertEquals(75, doc.postingLineNumber(0));
    assertEquals(11, doc.postingLines().size());
  }

  @Test
  void sectionIdsInArticleOrder() {
    List<String> ids = parser.sections().stream().map(ArticleSection::id).toList();
    assertEquals(
        List.of(
            "section:introduction",
            "section:definitions/machine-learning-engineer",
            "section:definitions/data-science-engineer",
            "section:responsibilities/machine-learning-engineer-responsibilities",
            "section:responsibilities/data-science-engineer-responsibilities",
            "section:required-skills/machine-learning-engineer-skills",
            "section:required-skills/data-science-engineer-skills",
            "section:educational-backgrounds/machine-learning-engineer",
            "section:educational-backgrounds/data-science-engineer",
            "section:tools-and-software-used/machine-learning-engineer-tools",
            "section:tools-and-software-used/data-science-engineer-tools",
            "section:common-industries",
            "section:outlooks",
            "section:practical-tips-for-getting-started",
            "section:conclusion"),
        ids);
    for (int i = 0; i < ids.size(); i++) {
      assertEquals(i + 1, parser.sections().get(i).order());
    }
  }

  @Test
  void headingPathsAndRoles() {
    assertSection(0, List.of("Introduction"), List.of());
    assertSection(1, List.of("Definitions", MLE), List.of(MLE));
    assertSection(2, List.of("Definitions", DSE), List.of(DSE));
    assertSection(5, List.of("Required Skills", MLE + " Skills"), List.of(MLE));
    assertSection(8, List.of("Educational Backgrounds", DSE), List.of(DSE));
    assertSection(9, List.of("Tools and Software Used", MLE + " Tools"), List.of(MLE));
    assertSection(11, List.of("Common Industries"), List.of());
    assertSection(12, List.of("Outlooks"), List.of());
    assertSection(13, List.of("Practical Tips for Getting Started"), List.of());
    assertSection(14, List.of("Conclusion"), List.of());
    assertEquals(MLE + " Skills", parser.sections().get(5).title());
  }

  private static void assertSection(int index, List<String> headingPath, List<String> roles) {
    ArticleSection s = parser.sections().get(index);
    assertEquals(headingPath, s.headingPath(), s.id());
    assertEquals(roles, s.roles(), s.id());
  }

  @Test
  void introductionKeepsTitleLinesAndSkipsTableOfContents() {
    String text = parser.sections().get(0).text();
    assertTrue(
        text.startsWith(
            "Machine Learning Engineer vs. Data Science Engineer\n"
                + "Machine Learning Engineer vs Data Science Engineer: A Comprehensive Comparison\n"
                + "In the rapidly evolving fields"),
        text);
    assertFalse(text.contains("Table of contents"), text);
  }

  @Test
  void listItemsStayOnePerLine() {
    assertEquals(
        "- Designing and implementing machine learning algorithms and models.\n"
            + "- Optimizing models for performance and scalability.\n"
            + "- Collaborating with data scientists to understand data requirements.\n"
            + "- Deploying machine learning models into production environments.\n"
            + "- Monitoring and maintaining model performance over time.",
        parser.sections().get(3).text());
  }

  @Test
  void definitionTextFollowsTheRoleName() {
    assertTrue(
        parser
            .sections()
            .get(1)
            .text()
            .startsWith("A Machine Learning Engineer is a specialized software engineer"));
  }

  @Test
  void practicalTipsAreJoinedToTheirDash() {
    String[] lines = parser.sections().get(13).text().split("\n");
    assertEquals(6, lines.length);
    assertEquals(
        "- Build a Strong Foundation: Start with a solid understanding of programming,"
            + " statistics, and data analysis. Online courses and bootcamps can be beneficial.",
        lines[0]);
    assertTrue(lines[5].startsWith("- Consider Certifications: Earning certifications"));
  }

  @Test
  void conclusionIsItsOwnSection() {
    ArticleSection s = parser.sections().get(14);
    assertTrue(s.text().startsWith("In conclusion, both Machine Learning Engineers"));
    assertTrue(s.text().endsWith("the future is bright for professionals in these fields."));
    assertFalse(parser.sections().get(13).text().contains("In conclusion"));
  }

  @Test
  void allSkillsWithTheirTools() {
    assertEquals(
        List.of(
            skill(
                MLE,
                1,
                "Proficiency in programming languages such as Python, Java, or C++.",
                List.of("Python", "Java", "C++"),
                1),
            skill(
                MLE,
                2,
                "Strong understanding of machine learning algorithms and frameworks"
                    + " (e.g., TensorFlow, PyTorch).",
                List.of("TensorFlow", "PyTorch"),
                2),
            skill(
                MLE,
                3,
                "Experience with data preprocessing and feature Engineering.",
                List.of(),
                3),
            skill(
                MLE,
                4,
                "Knowledge of cloud platforms (e.g., AWS, Azure) for model deployment.",
                List.of("AWS", "Azure"),
                4),
            skill(
                MLE, 5, "Familiarity with version control systems (e.g., Git).", List.of("Git"), 5),
            skill(
                DSE,
                1,
                "Proficiency in data manipulation and analysis using tools like SQL and Pandas.",
                List.of("SQL", "Pandas"),
                6),
            skill(DSE, 2, "Strong programming skills in Python or R.", List.of("Python", "R"), 7),
            skill(
                DSE,
                3,
                "Experience with Data visualization tools (e.g., Tableau, Matplotlib).",
                List.of("Tableau", "Matplotlib"),
                8),
            skill(
                DSE,
                4,
                "Knowledge of Big Data technologies (e.g., Hadoop, Spark).",
                List.of("Hadoop", "Spark"),
                9),
            skill(DSE, 5, "Understanding of Data Warehousing concepts and tools.", List.of(), 10)),
        parser.skills());
  }

  private static SkillStatement skill(
      String role, int n, String text, List<String> tools, int order) {
    String id = "skill:" + SeedArticleParser.slug(role) + "-" + n;
    return new SkillStatement(id, role, text, tools, order);
  }

  @Test
  void allTools() {
    assertEquals(
        List.of(
            new ArticleTool("Python", "Programming Languages", MLE),
            new ArticleTool("R", "Programming Languages", MLE),
            new ArticleTool("Java", "Programming Languages", MLE),
            new ArticleTool("C++", "Programming Languages", MLE),
            new ArticleTool("TensorFlow", "Machine Learning Frameworks", MLE),
            new ArticleTool("Keras", "Machine Learning Frameworks", MLE),
            new ArticleTool("PyTorch", "Machine Learning Frameworks", MLE),
            new ArticleTool("Scikit-learn", "Machine Learning Frameworks", MLE),
            new ArticleTool("Docker", "Deployment Tools", MLE),
            new ArticleTool("Kubernetes", "Deployment Tools", MLE),
            new ArticleTool("AWS SageMaker", "Deployment Tools", MLE),
            new ArticleTool("Git", "Version Control", MLE),
            new ArticleTool("GitHub", "Version Control", MLE),
            new ArticleTool("SQL", "Data Manipulation", DSE),
            new ArticleTool("Pandas", "Data Manipulation", DSE),
            new ArticleTool("NumPy", "Data Manipulation", DSE),
            new ArticleTool("Tableau", "Data Visualization", DSE),
            new ArticleTool("Matplotlib", "Data Visualization", DSE),
            new ArticleTool("Seaborn", "Data Visualization", DSE),
            new ArticleTool("Apache Spark", "Big Data Technologies", DSE),
            new ArticleTool("Hadoop", "Big Data Technologies", DSE),
            new ArticleTool("Amazon Redshift", "Data Warehousing", DSE),
            new ArticleTool("Google BigQuery", "Data Warehousing", DSE)),
        parser.tools());
  }

  @Test
  void slugAndToolMentions() {
    assertEquals("required-skills", SeedArticleParser.slug("  Required Skills: "));
    assertEquals(
        List.of("SQL", "Pandas"),
        SeedArticleParser.mentionedTools("Using tools like SQL and Pandas for cleaning."));
    assertEquals(
        List.of(), SeedArticleParser.mentionedTools("A degree in computer science or Statistics."));
  }
}
