package careersearch.indexer.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.indexer.model.Occupation;
import careersearch.indexer.model.Occupation.RelatedOccupation;
import careersearch.indexer.model.OnetTechnology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnetReaderTest {
  private static final Path ONET = corpus("onet");

  /**
   * A path inside the repository's corpus directory. Maven runs tests in {@code indexer/}, an IDE
   * may run them in the repository root; the other corpus tests use this too.
   */
  static Path corpus(String relative) {
    for (Path root : List.of(Path.of("../corpus"), Path.of("corpus"))) {
      if (Files.exists(root.resolve(relative))) {
        return root.resolve(relative);
      }
    }
    throw new IllegalStateException(
        "corpus/" + relative + " not found from " + Path.of("").toAbsolutePath());
  }

  @Test
  void readsEveryOccupation() {
    assertEquals(1016, new OnetReader(ONET).occupations().size());
  }

  @Test
  void dataScientists() {
    Occupation o = occupation(new OnetReader(ONET).occupations(), "15-2051.00");
    assertEquals("Data Scientists", o.title());
    assertTrue(o.description().startsWith("Develop and implement a set of techniques"));
    assertTrue(o.alternateTitles().contains("Applied Scientist"));
    assertEquals(4, o.jobZone());
    assertEquals("Job Zone Four: Considerable Preparation Needed", o.jobZoneName());
    assertEquals(
        new RelatedOccupation("15-2041.00", "Statisticians", "Primary-Short"), o.related().get(0));
    assertTrue(o.tasks().size() > 5);
  }

  @Test
  void occupationsWithoutJobZoneHaveNone() {
    // Job Zones.txt covers 923 of the 1,016 occupations.
    List<Occupation> withoutZone =
        new OnetReader(ONET).occupations().stream().filter(o -> o.jobZone() == null).toList();
    assertEquals(1016 - 923, withoutZone.size());
    assertTrue(withoutZone.stream().allMatch(o -> o.jobZoneName() == null));
  }

  @Test
  void readsEveryTechnologyRow() throws IOException {
    long dataLines;
    try (Stream<String> lines = Files.lines(ONET.resolve("Technology Skills.txt"))) {
      dataLines = lines.skip(1).filter(l -> !l.isBlank()).count();
    }
    List<OnetTechnology> technologies = new OnetReader(ONET).technologies();
    assertEquals(dataLines, technologies.size());
    assertTrue(
        technologies.contains(
            new OnetTechnology(
                "15-2051.00",
                "PyTorch",
                "Data base user interface and query software",
                false,
                true)));
  }

  @Test
  void ordersAndJoinsTables(@TempDir Path dir) throws IOException {
    write(
        dir,
        "Occupation Data.txt",
        "O*NET-SOC Code\tTitle\tDescription",
        "1\tOne\tFirst",
        "2\tTwo\tSecond");
    write(dir, "Alternate Titles.txt", "O*NET-SOC Code\tAlternate Title", "1\tB", "1\tA", "1\tB");
    write(dir, "Sample of Reported Titles.txt", "O*NET-SOC Code\tReported Job Title", "2\tDeuce");
    write(
        dir,
        "Task Statements.txt",
        "O*NET-SOC Code\tTask\tTask Type",
        "1\tsupplemental\tSupplemental",
        "1\tcore 1\tCore",
        "1\tunrated\tn/a",
        "1\tcore 2\tCore");
    write(dir, "Job Zones.txt", "O*NET-SOC Code\tJob Zone", "1\t3");
    write(dir, "Job Zone Reference.txt", "Job Zone\tName", "3\tJob Zone Three");
    write(
        dir,
        "Related Occupations.txt",
        "O*NET-SOC Code\tRelated O*NET-SOC Code\tRelatedness Tier\tIndex",
        "1\t9\tSupplemental\t10",
        "1\t2\tPrimary-Short\t2");

    List<Occupation> occupations = new OnetReader(dir).occupations();

    Occupation one = occupations.get(0);
    assertEquals(List.of("B", "A"), one.alternateTitles());
    assertEquals(List.of("core 1", "core 2", "supplemental", "unrated"), one.tasks());
    assertEquals(3, one.jobZone());
    assertEquals("Job Zone Three", one.jobZoneName());
    assertEquals(
        List.of(
            new RelatedOccupation("2", "Two", "Primary-Short"),
            new RelatedOccupation("9", null, "Supplemental")),
        one.related());
    Occupation two = occupations.get(1);
    assertEquals(List.of("Deuce"), two.reportedTitles());
    assertNull(two.jobZone());
    assertNull(two.jobZoneName());
  }

  @Test
  void missingFile(@TempDir Path dir) {
    CorpusException e =
        assertThrows(CorpusException.class, () -> new OnetReader(dir).technologies());
    assertEquals(dir.resolve("Technology Skills.txt"), e.file());
    assertEquals(0, e.line());
  }

  @Test
  void missingColumn(@TempDir Path dir) throws IOException {
    write(dir, "Technology Skills.txt", "O*NET-SOC Code\tExample\tCommodity Title\tHot Technology");
    CorpusException e =
        assertThrows(CorpusException.class, () -> new OnetReader(dir).technologies());
    assertTrue(e.reason().startsWith("missing column 'In Demand'"), e.getMessage());
  }

  @Test
  void shortRowNamesItsLine(@TempDir Path dir) throws IOException {
    Path file =
        write(
            dir,
            "Technology Skills.txt",
            "O*NET-SOC Code\tExample\tCommodity Title\tHot Technology\tIn Demand",
            "1\tR\tStats\tY\tN",
            "1\tPython");
    CorpusException e =
        assertThrows(CorpusException.class, () -> new OnetReader(dir).technologies());
    assertEquals(file + ":3: expected 5 columns, found 2", e.getMessage());
  }

  @Test
  void flagMustBeYesOrNo(@TempDir Path dir) throws IOException {
    write(
        dir,
        "Technology Skills.txt",
        "O*NET-SOC Code\tExample\tCommodity Title\tHot Technology\tIn Demand",
        "1\tR\tStats\tyes\tN");
    CorpusException e =
        assertThrows(CorpusException.class, () -> new OnetReader(dir).technologies());
    assertEquals(2, e.line());
  }

  private static Occupation occupation(List<Occupation> occupations, String code) {
    return occupations.stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow();
  }

  private static Path write(Path dir, String name, String... lines) throws IOException {
    // CRLF like the O*NET release.
    return Files.writeString(dir.resolve(name), String.join("\r\n", lines) + "\r\n");
  }
}
