package careersearch.server.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import careersearch.server.query.QueryVocabulary.Entry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The short names a tool's full name implies, and the names a tool is keyed by. */
class ToolNamesTest {
  static final Entry AWS = new Entry("tool", "tool:aws", "Amazon Web Services AWS software");
  static final Entry R = new Entry("tool", "tool:r", "R");

  @Test
  void abbreviationsApacheNamesAndShortLanguages() {
    assertEquals(List.of("aws"), ToolNames.of("Amazon Web Services AWS software"));
    assertEquals(List.of("sql"), ToolNames.of("Structured query language SQL"));
    assertEquals(List.of("spark"), ToolNames.of("Apache Spark"));
    assertEquals(List.of("svn", "subversion svn"), ToolNames.of("Apache Subversion SVN"));
    assertEquals(
        List.of("r programming", "r language", "r programming language"), ToolNames.of("R"));
    // ordinary names imply nothing: "word" is not Microsoft Word
    assertEquals(List.of(), ToolNames.of("Microsoft Word"));
    assertEquals(List.of(), ToolNames.of("Python"));
    // a two-letter capital word is too often an ordinary one (IT, AI)
    assertEquals(List.of(), ToolNames.of("Microsoft Dynamics AX"));
  }

  @Test
  void aShortNameTwoToolsShareNamesNeither() {
    ToolNames names = new ToolNames();
    names.add("Amazon Web Services AWS software", AWS);
    names.add("Another vendor AWS", new Entry("tool", "tool:other", "Another vendor AWS"));
    names.add("Apache Spark", new Entry("tool", "tool:spark", "Apache Spark"));
    assertEquals(Set.of("spark"), names.unambiguous().keySet());
  }

  @Test
  void everyFullNameKeysTheToolTheOneLetterOnesToo() {
    ToolNames names = new ToolNames();
    names.add("R", R);
    names.add("Amazon Web Services AWS software", AWS);
    names.add("AWS", AWS);
    assertEquals(
        Map.of(
            "tool:r", Set.of("r"), "tool:aws", Set.of("amazon web services aws software", "aws")),
        names.fullNames());
  }
}
