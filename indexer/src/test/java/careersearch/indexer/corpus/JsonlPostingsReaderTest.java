package careersearch.indexer.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.indexer.model.JobPosting;
import careersearch.indexer.model.Salary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonlPostingsReaderTest {
  private static final String VALID = "{\"title\":\"Data Engineer\",\"company\":\"Acme\"}";

  @TempDir Path dir;

  private final SalaryNormalizer normalizer =
      new SalaryNormalizer(CurrencyRates.of(Map.of("EUR", 1.1)));

  @Test
  void fullPostingMapsEveryField() throws IOException {
    Path file =
        write(
            "a.jsonl",
            """
            {"id": "acme-42", "title": " ML Engineer ", "company": "Acme GmbH", \
            "location": "Berlin, Germany", "remote": "Hybrid", \
            "employment": ["full_time", "contract"], "seniority": "senior", \
            "salary": {"min": 5000, "max": 6000, "currency": "eur", "period": "month"}, \
            "posted_at": "2024-05-01", "valid_through": "2024-06-30", "description": "Build models.\\nShip them.", \
            "url": "https://jobs.example.com/42", "skills": ["Python", " PyTorch "], \
            "_synthetic": false}
            """);

    List<JobPosting> postings = readAll(file);

    JobPosting expected =
        new JobPosting(
            "acme-42",
            "ML Engineer",
            "Acme GmbH",
            "Berlin, Germany",
            "hybrid",
            List.of("full_time", "contract"),
            "senior",
            new Salary(5000, 6000, "EUR", "month", 66000, 79200),
            LocalDate.of(2024, 5, 1),
            LocalDate.of(2024, 6, 30),
            "Build models.\nShip them.",
            "https://jobs.example.com/42",
            List.of("Python", "PyTorch"),
            "postings/a.jsonl:1");
    assertEquals(List.of(expected), postings);
  }

  @Test
  void minimalPostingHasNullsAndEmptyLists() throws IOException {
    JobPosting p = readAll(write("a.jsonl", VALID)).get(0);

    assertTrue(p.id().matches("job:[0-9a-f]{16}"), p.id());
    // pinned: a content id that changed would re-key every posting without an id of its own
    assertEquals("job:63c7976bab261287", p.id());
    assertEquals(null, p.location());
    assertEquals(null, p.remote());
    assertEquals(List.of(), p.employment());
    assertEquals(null, p.seniority());
    assertEquals(null, p.salary());
    assertEquals(null, p.postedAt());
    assertEquals(null, p.validThrough());
    assertEquals(null, p.description());
    assertEquals(null, p.url());
    assertEquals(List.of(), p.skills());
  }

  @Test
  void hourlySalaryIsTimes2080AndSingleFigureIsMinEqualsMax() throws IOException {
    Path file =
        write(
            "a.jsonl",
            "{\"title\":\"T\",\"company\":\"A\",\"salary\":{\"min\":50,\"currency\":\"USD\","
                + "\"period\":\"hour\"}}",
            "{\"title\":\"T2\",\"company\":\"A\",\"salary\":{\"max\":100000,\"currency\":\"USD\"}}",
            "{\"title\":\"T3\",\"company\":\"A\",\"salary\":{\"min\":42.5,\"max\":50,"
                + "\"currency\":\"USD\",\"period\":\"hour\"}}");

    List<JobPosting> postings = readAll(file);

    assertEquals(new Salary(50, 50, "USD", "hour", 104000, 104000), postings.get(0).salary());
    assertEquals(
        new Salary(100000, 100000, "USD", "year", 100000, 100000), postings.get(1).salary());
    // fractions round to whole units before normalizing
    assertEquals(new Salary(43, 50, "USD", "hour", 89440, 104000), postings.get(2).salary());
  }

  @Test
  void validThroughIsPartOfTheContentIdAndItsAbsenceKeepsTheOldId() throws IOException {
    Path file =
        write(
            "a.jsonl",
            VALID,
            "{\"title\":\"Data Engineer\",\"company\":\"Acme\",\"valid_through\":\"2030-01-31\"}");

    List<JobPosting> postings = readAll(file);

    assertEquals("job:63c7976bab261287", postings.get(0).id());
    assertEquals(LocalDate.of(2030, 1, 31), postings.get(1).validThrough());
    assertTrue(!postings.get(1).id().equals(postings.get(0).id()), postings.get(1).id());
  }

  @Test
  void dailySalaryIsTimes260AndWeeklyTimes52() throws IOException {
    Path file =
        write(
            "a.jsonl",
            "{\"title\":\"T\",\"company\":\"A\",\"salary\":{\"min\":500,\"max\":600,"
                + "\"currency\":\"USD\",\"period\":\"day\"}}",
            "{\"title\":\"T2\",\"company\":\"A\",\"salary\":{\"min\":2000,"
                + "\"currency\":\"EUR\",\"period\":\"Week\"}}");

    List<JobPosting> postings = readAll(file);

    assertEquals(new Salary(500, 600, "USD", "day", 130000, 156000), postings.get(0).salary());
    assertEquals(new Salary(2000, 2000, "EUR", "week", 114400, 114400), postings.get(1).salary());
  }

  @Test
  void singleEmploymentStringIsAList() throws IOException {
    Path file =
        write("a.jsonl", "{\"title\":\"T\",\"company\":\"A\",\"employment\":\"part_time\"}");

    assertEquals(List.of("part_time"), readAll(file).get(0).employment());
  }

  @Test
  void givenIdIsKept() throws IOException {
    Path file = write("a.jsonl", "{\"id\":\"greenhouse:123\",\"title\":\"T\",\"company\":\"A\"}");

    assertEquals("greenhouse:123", readAll(file).get(0).id());
  }

  @Test
  void generatedIdIgnoresKeyOrderAndWhitespace() throws IOException {
    Path a =
        write(
            "a.jsonl",
            "{\"title\":\"Data Engineer\",\"company\":\"Acme\",\"skills\":[\"SQL\"],"
                + "\"salary\":{\"min\":1,\"max\":2,\"currency\":\"USD\"}}");
    Path b =
        write(
            "b.jsonl",
            "  { \"salary\" : { \"currency\":\"USD\", \"max\":2, \"min\":1 },\t\"skills\": [ \"SQL\" ],"
                + " \"company\" : \"Acme\", \"title\" : \"Data Engineer\" , \"_synthetic\": true } ");

    assertEquals(readAll(a).get(0).id(), readAll(b).get(0).id());
  }

  @Test
  void generatedIdDiffersForDifferentContent() throws IOException {
    Path file =
        write(
            "a.jsonl",
            VALID,
            "{\"title\":\"Data Engineer\",\"company\":\"Acme Inc\"}",
            "{\"title\":\"Data Engineer\",\"company\":\"Acme\",\"location\":\"Paris\"}");

    List<String> ids = readAll(file).stream().map(JobPosting::id).toList();

    assertEquals(3, ids.stream().distinct().count(), ids.toString());
  }

  @Test
  void sameContentTwiceIsADuplicateId() throws IOException {
    Path file = write("a.jsonl", VALID, VALID);
    String id = readAll(write("b.jsonl", VALID)).get(0).id();

    CorpusException e = assertThrows(CorpusException.class, () -> readAll(file));

    assertEquals(file + ":2: duplicate id '" + id + "' (first on line 1)", e.getMessage());
  }

  @Test
  void idSeenInAnEarlierFileIsADuplicateNamingThatFileAndLine() throws IOException {
    Path a = write("a.jsonl", "{\"id\":\"x\",\"title\":\"T\",\"company\":\"A\"}", VALID);
    Path b = write("b.jsonl", "", "{\"id\":\"y\",\"title\":\"T\",\"company\":\"A\"}", VALID);
    JsonlPostingsReader reader = new JsonlPostingsReader(normalizer, false);
    List<JobPosting> postings = new ArrayList<>();
    reader.read(a, "postings/a.jsonl", postings::add);
    String contentId = postings.get(1).id();

    CorpusException e =
        assertThrows(CorpusException.class, () -> reader.read(b, "postings/b.jsonl", p -> {}));

    assertEquals(b + ":3: duplicate id '" + contentId + "' (first in " + a + ":2)", e.getMessage());
    assertEquals(3, e.line());
  }

  @Test
  void idsOfEarlierFilesAreSkippedWhenSkippingInvalidLines() throws IOException {
    Path a = write("a.jsonl", "{\"id\":\"x\",\"title\":\"T\",\"company\":\"A\"}");
    Path b =
        write(
            "b.jsonl",
            "{\"id\":\"y\",\"title\":\"T\",\"company\":\"A\"}",
            "{\"id\":\"x\",\"title\":\"U\",\"company\":\"A\"}",
            "{\"id\":\"y\",\"title\":\"V\",\"company\":\"A\"}");
    JsonlPostingsReader reader = new JsonlPostingsReader(normalizer, true);
    List<JobPosting> postings = new ArrayList<>();

    reader.read(a, "postings/a.jsonl", postings::add);
    reader.read(b, "postings/b.jsonl", postings::add);

    assertEquals(List.of("x", "y"), postings.stream().map(JobPosting::id).toList());
    assertEquals(2, reader.skipped());
    assertEquals(
        List.of(
            b + ":2: duplicate id 'x' (first in " + a + ":1)",
            b + ":3: duplicate id 'y' (first on line 1)"),
        reader.problems().stream().map(CorpusException::getMessage).toList());
  }

  /** Separate readers (separate runs, such as two `add` batches) do not share ids. */
  @Test
  void aNewReaderStartsWithNoIds() throws IOException {
    Path a = write("a.jsonl", VALID);

    assertEquals(1, readAll(a).size());
    assertEquals(1, readAll(a).size());
  }

  static Stream<Arguments> badLines() {
    return Stream.of(
        Arguments.of(
            "{\"title\": \"T\",",
            "invalid JSON: Unexpected end-of-input within/between Object entries (column 15)"),
        Arguments.of("{\"title\": T}", null), // any invalid JSON, message checked by prefix
        Arguments.of(
            VALID + " " + VALID,
            "invalid JSON: more content after the end of the posting (column 44)"),
        Arguments.of(
            "{\"title\":\"T\",\"title\":\"U\",\"company\":\"A\"}",
            "invalid JSON: Duplicate field 'title' (column 21)"),
        Arguments.of("[1, 2]", "expected a JSON object, got array"),
        Arguments.of("{\"company\":\"Acme\"}", "missing required field 'title'"),
        Arguments.of("{\"title\":null,\"company\":\"Acme\"}", "missing required field 'title'"),
        Arguments.of("{\"title\":\"  \",\"company\":\"Acme\"}", "title must not be blank"),
        Arguments.of("{\"title\":7,\"company\":\"Acme\"}", "title must be a string"),
        Arguments.of("{\"title\":\"T\"}", "missing required field 'company'"),
        Arguments.of("{\"titel\":\"T\",\"company\":\"A\"}", "unknown field 'titel'"),
        Arguments.of(
            "{\"title\":\"T\",\"company\":\"A\",\"remote\":\"x\"}",
            "unknown remote value 'x' (allowed: remote, hybrid, onsite)"),
        Arguments.of(
            "{\"title\":\"T\",\"company\":\"A\",\"employment\":[\"full_time\",\"permanent\"]}",
            "unknown employment value 'permanent' (allowed: full_time, part_time, contract,"
                + " freelance, internship)"),
        Arguments.of(
            "{\"title\":\"T\",\"company\":\"A\",\"seniority\":\"junior\"}",
            "unknown seniority value 'junior' (allowed: entry, mid, senior, executive)"),
        Arguments.of(
            "{\"title\":\"T\",\"company\":\"A\",\"posted_at\":\"xx\"}",
            "posted_at 'xx' is not an ISO date (yyyy-MM-dd)"),
        Arguments.of(
            "{\"title\":\"T\",\"company\":\"A\",\"posted_at\":\"2024-02-30\"}",
            "posted_at '2024-02-30' is not an ISO date (yyyy-MM-dd)"),
        Arguments.of(
            "{\"title\":\"T\",\"company\":\"A\",\"valid_through\":\"2024-13-01\"}",
            "valid_through '2024-13-01' is not an ISO date (yyyy-MM-dd)"),
        Arguments.of(
            "{\"title\":\"T\",\"company\":\"A\",\"valid_through\":20240101}",
            "valid_through must be a string (yyyy-MM-dd)"),
        Arguments.of(
            "{\"title\":\"T\",\"company\":\"A\",\"url\":\"ftp://example.com/x\"}",
            "url 'ftp://example.com/x' is not an http(s) URL"),
        Arguments.of(
            "{\"title\":\"T\",\"company\":\"A\",\"skills\":\"Python\"}",
            "skills must be a list of strings"),
        Arguments.of(
            "{\"title\":\"T\",\"company\":\"A\",\"skills\":[\"Python\",3]}",
            "skills[1] must be a string"),
        Arguments.of(
            "{\"title\":\"T\",\"company\":\"A\",\"salary\":{\"min\":\"5000\",\"currency\":\"USD\"}}",
            "salary.min must be a number"),
        Arguments.of(
            "{\"title\":\"T\",\"company\":\"A\",\"salary\":{\"min\":5000}}",
            "missing required field 'salary.currency'"),
        Arguments.of(
            "{\"title\":\"T\",\"company\":\"A\",\"salary\":{\"currency\":\"USD\"}}",
            "salary needs min or max"),
        Arguments.of(
            "{\"title\":\"T\",\"company\":\"A\",\"salary\":{\"mn\":1,\"currency\":\"USD\"}}",
            "unknown field 'salary.mn'"),
        Arguments.of(
            "{\"title\":\"T\",\"company\":\"A\",\"salary\":{\"min\":9,\"max\":5,\"currency\":\"USD\"}}",
            "salary min 9 is greater than max 5"),
        Arguments.of(
            "{\"title\":\"T\",\"company\":\"A\",\"salary\":{\"min\":-1,\"currency\":\"USD\"}}",
            "salary must not be negative"),
        Arguments.of(
            "{\"title\":\"T\",\"company\":\"A\",\"salary\":{\"min\":1,\"currency\":\"USD\","
                + "\"period\":\"fortnight\"}}",
            "unknown salary period 'fortnight' (allowed: [year, month, week, day, hour])"),
        Arguments.of(
            "{\"title\":\"T\",\"company\":\"A\",\"salary\":{\"min\":1,\"currency\":\"XYZ\"}}",
            "unknown currency 'XYZ' (no rate in the salary survey; known: [EUR, USD])"),
        Arguments.of(
            "{\"id\":\"first\",\"title\":\"T\",\"company\":\"A\"}",
            "duplicate id 'first' (first on line 1)"));
  }

  @ParameterizedTest
  @MethodSource("badLines")
  void badLineGivesFileLineAndReason(String badLine, String reason) throws IOException {
    // line 1 valid, line 2 blank, line 3 bad
    Path file =
        write("bad.jsonl", "{\"id\":\"first\",\"title\":\"T\",\"company\":\"A\"}", "", badLine);

    CorpusException e = assertThrows(CorpusException.class, () -> readAll(file));

    assertEquals(file, e.file());
    assertEquals(3, e.line());
    if (reason == null) {
      assertTrue(e.getMessage().startsWith(file + ":3: invalid JSON: "), e.getMessage());
    } else {
      assertEquals(file + ":3: " + reason, e.getMessage());
    }
  }

  @Test
  void skipInvalidCountsAndContinues() throws IOException {
    Path file =
        write(
            "a.jsonl",
            VALID,
            "{\"titel\":\"T\",\"company\":\"A\"}",
            "",
            "not json",
            "{\"title\":\"Analyst\",\"company\":\"Acme\"}");
    JsonlPostingsReader reader = new JsonlPostingsReader(normalizer, true);
    List<JobPosting> postings = new ArrayList<>();

    long count = reader.read(file, "postings/a.jsonl", postings::add);

    assertEquals(2, count);
    assertEquals(
        List.of("postings/a.jsonl:1", "postings/a.jsonl:5"),
        postings.stream().map(JobPosting::source).toList());
    assertEquals(2, reader.skipped());
    assertEquals(List.of(2L, 4L), reader.problems().stream().map(CorpusException::line).toList());
    assertEquals(file + ":2: unknown field 'titel'", reader.problems().get(0).getMessage());
  }

  @Test
  void problemsAreCappedButAllAreCounted() throws IOException {
    String[] lines = new String[150];
    java.util.Arrays.fill(lines, "{}");
    Path file = write("a.jsonl", lines);
    JsonlPostingsReader reader = new JsonlPostingsReader(normalizer, true);

    assertEquals(0, reader.read(file, "a", p -> {}));

    assertEquals(150, reader.skipped());
    assertEquals(JsonlPostingsReader.MAX_PROBLEMS, reader.problems().size());
  }

  @Test
  void badUtf8GivesFileAndLine() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes((VALID + "\n").getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes("{\"title\":\"Caf".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28}); // lead byte without continuation
    bytes.writeBytes("\",\"company\":\"A\"}\n".getBytes(StandardCharsets.UTF_8));
    Path file = dir.resolve("a.jsonl");
    Files.write(file, bytes.toByteArray());

    CorpusException e = assertThrows(CorpusException.class, () -> readAll(file));

    assertEquals(file + ":2: invalid UTF-8 at byte 14 of the line", e.getMessage());
  }

  @Test
  void overlongLineIsRejectedAndReadingGoesOn() throws IOException {
    String huge =
        "{\"title\":\"T\",\"company\":\"A\",\"description\":\"" + "x".repeat(1 << 20) + "\"}";
    Path file = write("a.jsonl", VALID, "", huge, "{\"title\":\"After\",\"company\":\"A\"}");
    JsonlPostingsReader reader = new JsonlPostingsReader(normalizer, true);
    List<JobPosting> postings = new ArrayList<>();

    reader.read(file, "a", postings::add);

    assertEquals(
        file + ":3: line longer than 1048576 bytes", reader.problems().get(0).getMessage());
    assertEquals(List.of("a:1", "a:4"), postings.stream().map(JobPosting::source).toList());
  }

  @Test
  void lineOfExactlyTheLimitIsRead() throws IOException {
    String prefix = "{\"title\":\"T\",\"company\":\"A\",\"description\":\"";
    String line = prefix + "x".repeat((1 << 20) - prefix.length() - 2) + "\"}";
    assertEquals(1 << 20, line.length());
    // CRLF: the '\r' does not count towards the limit
    Path file = dir.resolve("a.jsonl");
    Files.writeString(file, line + "\r\n");

    assertEquals(1, readAll(file).size());
  }

  @Test
  void crlfByteOrderMarkAndMissingFinalNewlineAreFine() throws IOException {
    Path file = dir.resolve("a.jsonl");
    Files.writeString(
        file, "\uFEFF" + VALID + "\r\n\r\n{\"title\":\"Analyst\",\"company\":\"Acme\"}");

    List<JobPosting> postings = readAll(file);

    assertEquals(
        List.of("postings/a.jsonl:1", "postings/a.jsonl:3"),
        postings.stream().map(JobPosting::source).toList());
  }

  @Test
  void missingFileIsACorpusException() {
    Path file = dir.resolve("nope.jsonl");

    CorpusException e = assertThrows(CorpusException.class, () -> readAll(file));

    assertEquals(file + ": cannot read: no such file", e.getMessage());
  }

  @Test
  void postingFilesFindsNestedJsonlSortedAndIgnoresOtherFiles() throws IOException {
    Path root = dir.resolve("postings");
    Files.createDirectories(root.resolve("b/deep"));
    Files.createDirectories(root.resolve("a"));
    for (String name :
        List.of("z.jsonl", "b/deep/x.jsonl", "a/y.jsonl", "a/notes.json", "README.md", "b/c.txt")) {
      Files.writeString(root.resolve(name), VALID);
    }
    Files.createDirectories(root.resolve("dir.jsonl")); // a directory is not a file

    assertEquals(
        List.of(root.resolve("a/y.jsonl"), root.resolve("b/deep/x.jsonl"), root.resolve("z.jsonl")),
        JsonlPostingsReader.postingFiles(root));
  }

  @Test
  void postingFilesOfMissingDirIsEmpty() {
    assertEquals(List.of(), JsonlPostingsReader.postingFiles(dir.resolve("missing")));
  }

  private List<JobPosting> readAll(Path file) {
    List<JobPosting> postings = new ArrayList<>();
    long count =
        new JsonlPostingsReader(normalizer, false)
            .read(file, "postings/" + file.getFileName(), postings::add);
    assertEquals(count, postings.size());
    return postings;
  }

  private Path write(String name, String... lines) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }
}
