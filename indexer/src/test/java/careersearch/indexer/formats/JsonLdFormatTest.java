package careersearch.indexer.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import careersearch.indexer.corpus.BadLine;
import careersearch.indexer.corpus.CurrencyRates;
import careersearch.indexer.corpus.PostingJson;
import careersearch.indexer.corpus.SalaryNormalizer;
import careersearch.indexer.model.JobPosting;
import careersearch.indexer.model.Salary;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * schema.org JobPosting JSON-LD: every fixture under {@code formats/} (README there) maps to the
 * canonical objects of {@code formats/jsonld-expected.jsonl}, field by field.
 */
class JsonLdFormatTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final PostingJson postingJson =
      new PostingJson(
          new SalaryNormalizer(
              CurrencyRates.of(
                  Map.of(
                      "USD", 1.0, "EUR", 1.1, "GBP", 1.25, "CAD", 0.75, "PLN", 0.25, "NOK", 0.1,
                      "JPY", 0.007, "CHF", 1.1))));

  @Test
  void everyFixtureMapsToExactlyItsExpectedPostings() throws IOException {
    Map<String, List<String>> expected = expected();
    assertEquals(12, expected.size()); // 10 JSON-LD files, 2 saved HTML pages
    for (Map.Entry<String, List<String>> input : expected.entrySet()) {
      assertEquals(input.getValue(), actual(input.getKey()), input.getKey());
    }
  }

  @Test
  void theFixturesHoldMoreThanFifteenPostingsAndAllButOneAreValid() throws IOException {
    List<String> problems = new ArrayList<>();
    int postings = 0;
    for (String input : expected().keySet()) {
      for (FormatItem item : read(input)) {
        if (item.posting() == null) {
          continue;
        }
        postings++;
        try {
          postingJson.parse(item.posting(), input + ":" + item.where());
        } catch (BadLine e) {
          problems.add(input + " " + item.where() + ": " + e.getMessage());
        }
      }
    }
    assertEquals(21, postings);
    assertEquals(
        List.of("jsonld/10-missing-company.jsonld item 1: missing required field 'company'"),
        problems);
  }

  @Test
  void salariesPerHourDayWeekMonthAndYearNormalizeToUsdPerYear() throws IOException {
    List<Salary> salaries = new ArrayList<>();
    for (FormatItem item : read("jsonld/05-salaries.jsonld")) {
      salaries.add(postingJson.parse(item.posting(), "x").salary());
    }
    assertEquals(
        List.of(
            // 27.50 CAD an hour rounds to 28: x 2080 x 0.75
            new Salary(28, 28, "CAD", "hour", 43680, 43680),
            // a day x 260, a week x 52
            new Salary(650, 800, "EUR", "day", 185900, 228800),
            new Salary(700, 850, "GBP", "week", 45500, 55250),
            new Salary(18000, 24000, "PLN", "month", 54000, 72000),
            new Salary(205000, 205000, "USD", "year", 205000, 205000)),
        salaries);
  }

  @Test
  void theFullPostingReadsBackAsTheModelRecord() throws IOException {
    JobPosting p =
        postingJson.parse(read("jsonld/02-every-property.jsonld").get(0).posting(), "p:item 1");

    assertEquals("CR-2026-0417", p.id());
    assertEquals(LocalDate.of(2027, 1, 31), p.validThrough());
    assertEquals(LocalDate.of(2026, 11, 2), p.postedAt());
    assertEquals("senior", p.seniority());
    assertEquals(List.of("full_time", "contract"), p.employment());
  }

  @Test
  void inputWithoutAJobPostingSaysWhichTypesItHad() throws IOException {
    assertEquals(
        List.of(
            FormatItem.failed(
                "input",
                null,
                "no schema.org JobPosting in the input (types found: Organization, WebSite)")),
        read(
            "[{\"@type\":\"Organization\",\"name\":\"A\"},{\"@type\":\"WebSite\"},{\"x\":1}]",
            "t.jsonld"));
  }

  @Test
  void anHtmlPageWithoutJsonLdIsOneInputError() throws IOException {
    assertEquals(
        List.of(
            FormatItem.failed(
                "input", null, "the HTML page has no <script type=\"application/ld+json\">")),
        read("  <html><body><h1>Jobs</h1><script>var x = 1;</script></body></html>", "p.html"));
  }

  @Test
  void brokenJsonLdIsOneErrorAndNotTextIsAnother() throws IOException {
    assertEquals(
        List.of(
            FormatItem.failed(
                "input",
                "{\"@type\": \"JobPosting\",",
                "invalid JSON-LD: Unexpected end-of-input within/between Object entries"
                    + " (line 1, column 24)")),
        read("{\"@type\": \"JobPosting\",", "t.jsonld"));
    List<FormatItem> notText =
        PostingFormats.read(
            PostingFormat.JSONLD,
            new ByteArrayInputStream(new byte[] {'{', (byte) 0xc3, '}'}),
            FormatOptions.defaults("t"));
    assertEquals("invalid UTF-8 at byte 2 of the input", notText.get(0).error());
  }

  @Test
  void employmentTypesMapOrAreDropped() {
    assertEquals(
        List.of("full_time", "part_time", "contract", "internship"),
        employment(
            "[\"FULL_TIME\", \"part-time\", \"CONTRACTOR\", \"TEMPORARY\", \"INTERN\","
                + " \"PER_DIEM\", \"VOLUNTEER\", \"OTHER\", \"SEASONAL\"]"));
    assertEquals(List.of("full_time", "part_time"), employment("\"Full time, PART_TIME\""));
    assertEquals(List.of(), employment("\"OTHER\""));
  }

  @Test
  void monthsOfExperienceGiveTheSeniorityAtTheDocumentedEdges() {
    assertEquals("entry", seniority("{\"monthsOfExperience\": 24}"));
    assertEquals("mid", seniority("{\"monthsOfExperience\": 25}"));
    assertEquals("mid", seniority("{\"monthsOfExperience\": 59.5}"));
    assertEquals("senior", seniority("{\"monthsOfExperience\": 60}"));
    assertEquals("entry", seniority("\"At least 1 year with Python\""));
    assertEquals("senior", seniority("\"7+ yrs building data platforms\""));
    assertEquals(null, seniority("\"3 years of Java and 5 years of Scala\""));
    assertEquals(null, seniority("\"A degree in statistics\""));
  }

  @Test
  void aMissingTitleIsLeftToPostingJsonToReport() throws IOException {
    ObjectNode posting =
        read("{\"@type\":\"JobPosting\",\"hiringOrganization\":\"Acme\"}", "t.jsonld")
            .get(0)
            .posting();

    assertEquals("{\"company\":\"Acme\"}", posting.toString());
    BadLine e = assertThrows(BadLine.class, () -> postingJson.parse(posting, "t:item 1"));
    assertEquals("missing required field 'title'", e.getMessage());
  }

  // ---- helpers

  private static List<String> employment(String value) {
    JsonNode mapped = map("{\"employmentType\": " + value + "}").get("employment");
    List<String> types = new ArrayList<>();
    if (mapped != null) {
      mapped.forEach(t -> types.add(t.textValue()));
    }
    return types;
  }

  private static String seniority(String value) {
    JsonNode seniority = map("{\"experienceRequirements\": " + value + "}").get("seniority");
    return seniority == null ? null : seniority.textValue();
  }

  private static ObjectNode map(String properties) {
    try {
      ObjectNode node = (ObjectNode) JSON.readTree(properties);
      node.put("@type", "JobPosting");
      return JobPostingMapper.map(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The expected lines of each input, in file order. */
  private static Map<String, List<String>> expected() throws IOException {
    Map<String, List<String>> expected = new LinkedHashMap<>();
    try (InputStream in = resource("jsonld-expected.jsonl")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode item = JSON.readTree(line);
        ObjectNode rest = item.deepCopy();
        rest.remove("input");
        expected
            .computeIfAbsent(item.get("input").textValue(), k -> new ArrayList<>())
            .add(rest.toString());
      }
    }
    return expected;
  }

  /** What the reader gives for an input, in the shape of the expected lines. */
  private static List<String> actual(String input) throws IOException {
    List<String> lines = new ArrayList<>();
    for (FormatItem item : read(input)) {
      ObjectNode line = JSON.createObjectNode().put("where", item.where());
      if (item.posting() != null) {
        line.set("posting", item.posting());
      } else {
        line.put("error", item.error());
      }
      lines.add(line.toString());
    }
    return lines;
  }

  private static List<FormatItem> read(String input) throws IOException {
    try (InputStream in = resource(input)) {
      String name = input.substring(input.lastIndexOf('/') + 1);
      return PostingFormats.read(PostingFormat.JSONLD, in, FormatOptions.defaults(name));
    }
  }

  private static List<FormatItem> read(String text, String name) throws IOException {
    return PostingFormats.read(
        PostingFormat.JSONLD,
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        FormatOptions.defaults(name));
  }

  static InputStream resource(String path) {
    InputStream in = JsonLdFormatTest.class.getResourceAsStream("/formats/" + path);
    if (in == null) {
      throw new IllegalStateException("no test resource formats/" + path);
    }
    return in;
  }
}
