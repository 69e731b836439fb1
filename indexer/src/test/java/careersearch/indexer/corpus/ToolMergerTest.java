package careersearch.indexer.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.indexer.model.ArticleTool;
import careersearch.indexer.model.Occupation;
import careersearch.indexer.model.OnetTechnology;
import careersearch.indexer.model.Tool;
import careersearch.indexer.model.Tool.ToolOccupation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolMergerTest {
  private static final String MLE = "Machine Learning Engineer";
  private static final String DSE = "Data Science Engineer";

  /** The seed article's "Tools and Software Used" lists, as role | category | tools. */
  private static final List<ArticleTool> ARTICLE_TOOLS =
      articleTools(
          MLE + "|Programming Languages|Python, R, Java, C++",
          MLE + "|Machine Learning Frameworks|TensorFlow, Keras, PyTorch, Scikit-learn",
          MLE + "|Deployment Tools|Docker, Kubernetes, AWS SageMaker",
          MLE + "|Version Control|Git, GitHub",
          DSE + "|Data Manipulation|SQL, Pandas, NumPy",
          DSE + "|Data Visualization|Tableau, Matplotlib, Seaborn",
          DSE + "|Big Data Technologies|Apache Spark, Hadoop",
          DSE + "|Data Warehousing|Amazon Redshift, Google BigQuery");

  private static List<OnetTechnology> technologies;
  private static ToolAliases aliases;
  private static List<Tool> tools;

  @BeforeAll
  static void mergeCorpus() {
    OnetReader onet = new OnetReader(OnetReaderTest.corpus("onet"));
    Map<String, String> titles =
        onet.occupations().stream().collect(Collectors.toMap(Occupation::code, Occupation::title));
    technologies = onet.technologies();
    aliases = ToolAliases.read(OnetReaderTest.corpus("tool-aliases.tsv"));
    tools = ToolMerger.merge(ARTICLE_TOOLS, technologies, titles, aliases);
  }

  @Test
  void oneToolPerDistinctName() {
    Set<String> onetNames =
        technologies.stream()
            .map(t -> t.example().toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet());
    long articleOnly =
        ARTICLE_TOOLS.stream()
            .map(a -> aliases.onetName(a.name()).orElse(a.name()).toLowerCase(Locale.ROOT))
            .filter(name -> !onetNames.contains(name))
            .distinct()
            .count();
    assertEquals(onetNames.size() + articleOnly, tools.size());
  }

  @Test
  void articleToolsComeFirstInArticleOrder() {
    List<String> names = tools.subList(0, ARTICLE_TOOLS.size()).stream().map(Tool::name).toList();
    assertEquals(ARTICLE_TOOLS.stream().map(ArticleTool::name).toList(), names);
  }

  @Test
  void pytorchIsOneTool() {
    List<Tool> pytorch =
        tools.stream()
            .filter(
                t ->
                    t.name().equalsIgnoreCase("pytorch")
                        || t.onetNames().stream().anyMatch(n -> n.equalsIgnoreCase("pytorch")))
            .toList();
    assertEquals(1, pytorch.size());
    Tool tool = pytorch.get(0);
    assertEquals("tool:pytorch", tool.id());
    assertEquals("PyTorch", tool.name());
    assertEquals("Machine Learning Frameworks", tool.categories().get(0));
    assertEquals(List.of(MLE), tool.roles());
    assertEquals(List.of("PyTorch"), tool.onetNames());
    assertTrue(
        tool.occupations()
            .contains(new ToolOccupation("15-2051.00", "Data Scientists", false, true)));
    assertTrue(tool.inDemand());
  }

  @Test
  void aliasedToolsJoinTheirOnetName() {
    Tool sageMaker = tool("AWS SageMaker");
    assertEquals(List.of("Amazon Web Services AWS SageMaker"), sageMaker.onetNames());
    assertEquals("Deployment Tools", sageMaker.categories().get(0));
    assertTrue(sageMaker.categories().size() > 1);
    assertTrue(find("Amazon Web Services AWS SageMaker").isEmpty());
    assertEquals(List.of("Oracle Java"), tool("Java").onetNames());
    assertTrue(find("Oracle Java").isEmpty());
    // O*NET spells it "pandas"; the article's spelling wins.
    assertEquals(List.of("pandas"), tool("Pandas").onetNames());
  }

  @Test
  void idsAreUniqueAndReadable() {
    assertEquals(tools.size(), tools.stream().map(Tool::id).distinct().count());
    assertEquals("tool:cpp", tool("C++").id());
    assertEquals("tool:csharp", tool("C#").id());
    assertEquals("tool:aws-sagemaker", tool("AWS SageMaker").id());
  }

  @Test
  void groupsOnetSpellingsIgnoringCase() {
    List<OnetTechnology> rows =
        List.of(
            tech("1", "GRAPHit", "Graphics", false, false),
            tech("2", "GraphIt", "Graphics", true, false),
            tech("3", "GraphIt", "Analytics", false, true),
            tech("4", "GraphIt", "Analytics", false, false),
            tech("4", "GraphIt", "Graphics", true, false),
            tech("5", "Other", "Graphics", false, false));
    List<Tool> merged =
        ToolMerger.merge(
            List.of(new ArticleTool("graphit", "Charts", DSE)),
            rows,
            Map.of("1", "One", "4", "Four"),
            ToolAliases.of(Map.of()));

    assertEquals(2, merged.size());
    Tool graphit = merged.get(0);
    assertEquals("graphit", graphit.name());
    assertEquals(List.of("GraphIt", "GRAPHit"), graphit.onetNames());
    // Graphics: occupations 1, 2, 4; Analytics: 3, 4.
    assertEquals(List.of("Charts", "Graphics", "Analytics"), graphit.categories());
    assertEquals(
        List.of(
            new ToolOccupation("2", null, true, false),
            new ToolOccupation("4", "Four", true, false),
            new ToolOccupation("3", null, false, true),
            new ToolOccupation("1", "One", false, false)),
        graphit.occupations());
    assertEquals("Other", merged.get(1).name());
  }

  @Test
  void onetOnlyToolsUseTheMostFrequentSpelling() {
    List<Tool> merged =
        ToolMerger.merge(
            List.of(),
            List.of(
                tech("1", "numpy", "Libraries", false, false),
                tech("2", "NumPy", "Libraries", false, false),
                tech("3", "NumPy", "Libraries", false, false)),
            Map.of(),
            ToolAliases.of(Map.of()));
    assertEquals("NumPy", merged.get(0).name());
    assertEquals("tool:numpy", merged.get(0).id());
  }

  @Test
  void articleOnlyToolsStandAlone() {
    List<Tool> merged =
        ToolMerger.merge(
            List.of(
                new ArticleTool("Seaborn", "Data Visualization", DSE),
                new ArticleTool("seaborn", "Plots", MLE)),
            List.of(),
            Map.of(),
            ToolAliases.of(Map.of()));
    assertEquals(1, merged.size());
    Tool seaborn = merged.get(0);
    assertEquals("Seaborn", seaborn.name());
    assertEquals(List.of("Data Visualization", "Plots"), seaborn.categories());
    assertEquals(List.of(DSE, MLE), seaborn.roles());
    assertEquals(List.of(), seaborn.occupations());
    assertEquals(List.of(), seaborn.onetNames());
  }

  @Test
  void slugCollisionsAreNumberedInOrder() {
    List<Tool> merged =
        ToolMerger.merge(
            List.of(new ArticleTool("Foo-Bar", "A", MLE), new ArticleTool("foo bar", "A", MLE)),
            List.of(tech("1", "Foo.Bar", "B", false, false)),
            Map.of(),
            ToolAliases.of(Map.of()));
    assertEquals(
        List.of("tool:foo-bar", "tool:foo-bar-2", "tool:foo-bar-3"),
        merged.stream().map(Tool::id).toList());
  }

  @Test
  void slugs() {
    assertEquals("cpp", ToolMerger.slug("C++"));
    assertEquals("csharp", ToolMerger.slug("C#"));
    assertEquals("microsoft-visual-csharp-net", ToolMerger.slug("Microsoft Visual C# .NET"));
    assertEquals("scikit-learn", ToolMerger.slug("  Scikit-learn! "));
    assertEquals("cafe", ToolMerger.slug("Café"));
  }

  @Test
  void aliasesIgnoreCaseAndSkipComments(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("aliases.tsv"),
            "# comment\narticle_name\tonet_name\n\n# another\nJava\tOracle Java\n");
    ToolAliases read = ToolAliases.read(file);
    assertEquals(Optional.of("Oracle Java"), read.onetName("JAVA"));
    assertEquals(Optional.empty(), read.onetName("Python"));
  }

  @Test
  void badAliasLineNamesItsLine(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("aliases.tsv"), "article_name\tonet_name\nJava\tOracle Java\nSQL\n");
    CorpusException e = assertThrows(CorpusException.class, () -> ToolAliases.read(file));
    assertTrue(e.getMessage().startsWith(file + ":3: "), e.getMessage());
  }

  @Test
  void duplicateAliasIsAnError(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("aliases.tsv"), "article_name\tonet_name\nJava\tOracle Java\njava\tJava\n");
    CorpusException e = assertThrows(CorpusException.class, () -> ToolAliases.read(file));
    assertEquals(3, e.line());
  }

  private static Tool tool(String name) {
    return find(name).orElseThrow(() -> new AssertionError("no tool " + name));
  }

  private static Optional<Tool> find(String name) {
    return tools.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  private static OnetTechnology tech(
      String code, String example, String commodity, boolean hot, boolean inDemand) {
    return new OnetTechnology(code, example, commodity, hot, inDemand);
  }

  private static List<ArticleTool> articleTools(String... roleCategoryTools) {
    List<ArticleTool> result = new ArrayList<>();
    for (String line : roleCategoryTools) {
      String[] parts = line.split("\\|");
      for (String name : parts[2].split(", ")) {
        result.add(new ArticleTool(name, parts[1], parts[0]));
      }
    }
    return result;
  }
}
