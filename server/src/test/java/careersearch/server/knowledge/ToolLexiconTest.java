package careersearch.server.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import careersearch.server.knowledge.ToolLexicon.Mention;
import careersearch.server.knowledge.ToolLexicon.ToolNames;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ToolLexiconTest {
  static final ToolLexicon LEXICON =
      new ToolLexicon(
          List.of(
              new ToolNames("tool:python", List.of("Python"), 131),
              new ToolNames("tool:r", List.of("R"), 93),
              new ToolNames("tool:cpp", List.of("C++"), 110),
              new ToolNames("tool:scikit-learn", List.of("Scikit-learn"), 5),
              new ToolNames("tool:apache-spark", List.of("Apache Spark"), 23),
              new ToolNames("tool:pyspark", List.of("PySpark"), 1),
              new ToolNames("tool:aws", List.of("Amazon Web Services AWS software"), 51),
              new ToolNames("tool:azure", List.of("Microsoft Azure software"), 47),
              new ToolNames("tool:ms-project", List.of("Microsoft Project"), 300),
              new ToolNames("tool:go", List.of("Go"), 27),
              new ToolNames("tool:typescript", List.of("TypeScript"), 40),
              new ToolNames("tool:shell", List.of("Shell script"), 60),
              new ToolNames("tool:ai-software", List.of("Artificial intelligence software"), 9),
              new ToolNames(
                  "tool:ni-vision",
                  List.of("National Instruments NI Vision Builder for Automated Inspection AI"),
                  1),
              new ToolNames(
                  "tool:vba", List.of("Microsoft Visual Basic for Applications VBA"), 60)),
          // lower-case words of everyday prose
          Set.of("go", "spark", "project", "typescript", "shell", "script"));

  static List<String> ids(List<Mention> mentions) {
    return mentions.stream().map(Mention::toolId).toList();
  }

  @Test
  void namesWrittenAsKnown() {
    assertEquals(
        List.of(
            "tool:python", "tool:cpp", "tool:scikit-learn", "tool:apache-spark", "tool:pyspark"),
        ids(LEXICON.inText("Python and C++, Scikit-learn on Apache Spark (PySpark).")));
    // one-unit names only as written; names of several words ignore case
    assertEquals(List.of("tool:apache-spark"), ids(LEXICON.inText("python, PYTHON, apache spark")));
  }

  @Test
  void oneLetterNamesStandAlone() {
    assertEquals(List.of("tool:python", "tool:r"), ids(LEXICON.inText("Python or R.")));
    assertEquals(List.of(), ids(LEXICON.inText("R&D, C-level, r")));
  }

  @Test
  void everydayWordsAndPhrasesAreNoToolsInText() {
    assertEquals(
        List.of("tool:typescript"),
        ids(LEXICON.inText("Go further with TypeScript; a Project in Spark. Shell script it.")));
    assertEquals(List.of(), ids(LEXICON.inText("artificial intelligence and AI")));
  }

  @Test
  void shortFormsOfOnetNames() {
    assertEquals(
        List.of("tool:aws", "tool:azure", "tool:vba", "tool:azure"),
        List.of(
            ids(LEXICON.inText("Deploy on AWS.")).get(0),
            ids(LEXICON.inText("Azure Functions")).get(0),
            ids(LEXICON.inText("Excel VBA macros")).get(0),
            ids(LEXICON.inText("Microsoft Azure")).get(0)));
    assertEquals(
        List.of("AWS"), LEXICON.inText("Deploy on AWS.").stream().map(Mention::surface).toList());
  }

  @Test
  void listEntriesMatchAsAWhole() {
    assertEquals(List.of("tool:apache-spark"), ids(LEXICON.inEntry("Spark")));
    assertEquals(List.of("tool:ms-project"), ids(LEXICON.inEntry("project")));
    assertEquals(List.of("tool:shell"), ids(LEXICON.inEntry("shell script")));
    assertEquals(List.of("tool:python"), ids(LEXICON.inEntry("python")));
    // not a name as a whole: read as free text
    assertEquals(List.of("tool:python", "tool:r"), ids(LEXICON.inEntry("Python or R")));
    assertEquals(List.of(), ids(LEXICON.inEntry("Machine learning")));
  }
}
