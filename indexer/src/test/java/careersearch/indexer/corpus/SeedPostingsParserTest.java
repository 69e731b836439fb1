package careersearch.indexer.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.indexer.model.JobPosting;
import careersearch.indexer.model.Salary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedPostingsParserTest {
  private static final String SEED = "seed/000_3dbff80adbe6cf2d.txt:";
  private static final String US_REMOTE = "Remote (anywhere in the U.S.)";
  private static final String SEATTLE = "Seattle, Washington, USA";
  private static final SalaryNormalizer NORMALIZER =
      new SalaryNormalizer(CurrencyRates.of(Map.of()));

  private static List<JobPosting> postings;

  @BeforeAll
  static void parseSeed() throws IOException {
    SeedDocument doc = SeedDocument.read(SeedArticleParserTest.seedFile());
    postings = SeedPostingsParser.parse(doc, NORMALIZER);
  }

  @Test
  void fivePostings() {
    assertEquals(5, postings.size());
  }

  @Test
  void dataEngineer() {
    assertPosting(
        postings.get(0),
        "Data Engineer",
        "murmuration",
        US_REMOTE,
        "remote",
        List.of("full_time"),
        "mid",
        100_000,
        130_000,
        75);
    assertEquals("job:4d483e706b3dfe7d", postings.get(0).id());
  }

  @Test
  void seniorDataScientist() {
    assertPosting(
        postings.get(1),
        "Senior Data Scientist",
        "murmuration",
        US_REMOTE,
        "remote",
        List.of("full_time"),
        "senior",
        120_000,
        150_000,
        77);
  }

  @Test
  void professor() {
    assertPosting(
        postings.get(2),
        "Asst/Assoc Professor of Applied Mathematics & Artificial Intelligence",
        "Rochester Institute of Technology",
        "Rochester, NY",
        "onsite",
        List.of("full_time"),
        "mid",
        75_000,
        150_000,
        79);
  }

  @Test
  void cloudConsultantIntern() {
    assertPosting(
        postings.get(3),
        "Cloud Consultant Intern, AWS Professional Services",
        "Amazon.com",
        SEATTLE,
        "onsite",
        List.of("full_time", "internship"),
        "entry",
        85_000,
        185_000,
        81);
  }

  @Test
  void softwareDevelopmentEngineerIntern() {
    assertPosting(
        postings.get(4),
        "Software Development Engineer Intern, Student Veteran Opportunity",
        "Amazon.com",
        SEATTLE,
        "onsite",
        List.of("full_time", "internship"),
        "entry",
        95_000,
        192_000,
        83);
  }

  @Test
  void idsAreDistinctAndStable() throws IOException {
    List<String> ids = postings.stream().map(JobPosting::id).toList();
    assertEquals(5, ids.stream().distinct().count());
    SeedDocument again = SeedDocument.read(SeedArticleParserTest.seedFile());
    assertEquals(
        ids, SeedPostingsParser.parse(again, NORMALIZER).stream().map(JobPosting::id).toList());
    ids.forEach(id -> assertTrue(id.matches("job:[0-9a-f]{16}"), id));
  }

  private static void assertPosting(
      JobPosting p,
      String title,
      String company,
      String location,
      String remote,
      List<String> employment,
      String seniority,
      long min,
      long max,
      int titleLine) {
    assertEquals(title, p.title());
    assertEquals(company, p.company());
    assertEquals(location, p.location());
    assertEquals(remote, p.remote());
    assertEquals(employment, p.employment());
    assertEquals(seniority, p.seniority());
    assertEquals(new Salary(min, max, "USD", "year", min, max), p.salary());
    assertEquals(SEED + titleLine, p.source());
    assertNull(p.postedAt());
    assertNull(p.description());
    assertNull(p.url());
    assertEquals(List.of(), p.skills());
  }

  @Test
  void remoteAndHybridComeFromTheLocation() {
    assertEquals("remote", SeedPostingsParser.remote("REMOTE - Europe"));
    assertEquals("hybrid", SeedPostingsParser.remote("Berlin (Hybrid)"));
    assertEquals("onsite", SeedPostingsParser.remote("Remoteville, TX"));
  }

  @Test
  void unknownSeniorityLabelNamesFileAndLine(@TempDir Path dir) throws IOException {
    Path file =
        write(
            dir,
            "Article title",
            "Some article text.",
            "Data Engineer",
            "@ murmuration | Remote",
            "Full Time Mid-level / Intermediate USD 100K - 130KWizard",
            "@ Hogwarts | Scotland",
            "Full Time Wizard-level / Archmage USD 10K - 20K");
    CorpusException e =
        assertThrows(
            CorpusException.class,
            () -> SeedPostingsParser.parse(SeedDocument.read(file), NORMALIZER));
    assertEquals(7, e.line());
    assertTrue(e.getMessage().contains(file.getFileName().toString() + ":7:"), e.getMessage());
    assertTrue(
        e.getMessage().contains("unknown seniority label 'Wizard-level / Archmage'"),
        e.getMessage());
  }

  @Test
  void malformedSalaryNamesFileAndLine(@TempDir Path dir) throws IOException {
    Path file =
        write(
            dir,
            "Article title",
            "Data Engineer",
            "@ murmuration | Remote",
            "Full Time Mid-level / Intermediate USD 100 - 130KNext Title",
            "@ Somewhere | Remote",
            "Full Time Senior-level / Expert USD 1K - 2K");
    CorpusException e =
        assertThrows(
            CorpusException.class,
            () -> SeedPostingsParser.parse(SeedDocument.read(file), NORMALIZER));
    assertEquals(4, e.line());
    assertTrue(e.getMessage().contains(file.getFileName().toString() + ":4:"), e.getMessage());
    assertTrue(e.getMessage().contains("malformed posting details"), e.getMessage());
  }

  @Test
  void unknownCurrencyNamesFileAndLine(@TempDir Path dir) throws IOException {
    Path file =
        write(
            dir,
            "Data Engineer",
            "@ murmuration | Remote",
            "Full Time Mid-level / Intermediate XYZ 1K - 2K");
    CorpusException e =
        assertThrows(
            CorpusException.class,
            () -> SeedPostingsParser.parse(SeedDocument.read(file), NORMALIZER));
    assertEquals(3, e.line());
    assertTrue(e.getMessage().contains("unknown currency 'XYZ'"), e.getMessage());
  }

  private static Path write(Path dir, String... lines) throws IOException {
    Path file = dir.resolve("bad_seed.txt");
    Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
    return file;
  }
}
