package careersearch.server.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.server.knowledge.OccupationMatcher.How;
import careersearch.server.knowledge.OccupationMatcher.Match;
import java.util.List;
import org.junit.jupiter.api.Test;

class OccupationMatcherTest {
  static final OccupationMatcher MATCHER = new OccupationMatcher();

  static {
    MATCHER.add(
        "15-2051.00",
        "Data Scientists",
        List.of("Data Engineer", "Machine Learning Engineer", "Machine Learning Scientist"),
        List.of());
    MATCHER.add(
        "15-1243.00", "Database Architects", List.of("Data Engineer"), List.of("Data Engineer"));
    MATCHER.add(
        "15-1299.08",
        "Computer Systems Engineers/Architects",
        List.of("Machine Learning Engineer", "Systems Engineer", "Engineer"),
        List.of());
    MATCHER.add(
        "25-1022.00",
        "Mathematical Science Teachers, Postsecondary",
        List.of("Mathematics Professor", "Professor"),
        List.of("Professor"));
    MATCHER.add(
        "25-1112.00",
        "Law Teachers, Postsecondary",
        List.of("Law Professor", "Professor"),
        List.of());
    MATCHER.add("17-2072.00", "Electronics Engineers", List.of("Engineer"), List.of());
  }

  static Match match(String title) {
    return MATCHER.match(title).orElseThrow(() -> new AssertionError("no match: " + title));
  }

  @Test
  void exactTitlesAndPlurals() {
    Match m = match("data scientist");
    assertEquals("15-2051.00", m.code());
    assertEquals(How.EXACT, m.how());
  }

  @Test
  void aReportedTitleBeatsAnAlternateOne() {
    Match m = match("Data Engineer");
    assertEquals("15-1243.00", m.code());
    assertEquals(1, m.others());
    assertTrue(m.byKind());
  }

  @Test
  void titleSimilarityDecidesBetweenAlternateTitles() {
    // "machine learning" is in two titles of Data Scientists, one of the other occupation
    assertEquals("15-2051.00", match("Machine Learning Engineer").code());
  }

  @Test
  void coreTitleDropsLevelWordsAndQualifiers() {
    Match m = match("Senior Data Scientist");
    assertEquals(How.CORE, m.how());
    assertEquals("15-2051.00", m.code());
    assertEquals("Data Scientist", OccupationMatcher.coreTitle("Sr. Data Scientist II, Growth"));
    assertEquals(
        "Software Engineer", OccupationMatcher.coreTitle("Software Engineer Intern (Summer)"));
  }

  @Test
  void aContainedCommonTitleNeedsSupportFromTheOtherWords() {
    Match m = match("Assistant Professor of Applied Mathematics");
    assertEquals(How.CONTAINED, m.how());
    assertEquals("25-1022.00", m.code());
    assertEquals("Professor", m.matchedTitle());
    // two occupations list "Engineer" and neither has a title with "AI"
    assertTrue(MATCHER.match("AI Engineer").isEmpty());
    assertTrue(MATCHER.match("Chef").isEmpty());
  }
}
