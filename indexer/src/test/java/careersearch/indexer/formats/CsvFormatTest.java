package careersearch.indexer.formats;

import static careersearch.indexer.formats.JsonLdFormatTest.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import careersearch.indexer.corpus.BadLine;
import careersearch.indexer.corpus.CurrencyRates;
import careersearch.indexer.corpus.PostingJson;
import careersearch.indexer.corpus.SalaryNormalizer;
import careersearch.indexer.model.JobPosting;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV postings: the fixtures under {@code formats/csv/}, quoting, unicode, the column map. */
class CsvFormatTest {
  private final PostingJson postingJson =
      new PostingJson(
          new SalaryNormalizer(
              CurrencyRates.of(Map.of("USD", 1.0, "EUR", 1.1, "JPY", 0.007, "CAD", 0.75))));

  @Test
  void quotedCommasLineBreaksDoubledQuotesAndUnicodeMapExactly() throws IOException {
    List<FormatItem> items = read("csv/postings.csv", Map.of());

    // rows are numbered by the line they start on: the second row spans lines 3-6, 7 is blank
    assertEquals(
        List.of("row 2", "row 3", "row 8", "row 9", "row 10"),
        items.stream().map(FormatItem::where).toList());
    assertEquals(
        "{\"title\":\"Data Engineer, Platform\",\"company\":\"Müller & Söhne GmbH\","
            + "\"location\":\"München, Germany\",\"remote\":\"hybrid\","
            + "\"employment\":[\"full_time\",\"contract\"],\"seniority\":\"senior\","
            + "\"salary\":{\"min\":75000,\"max\":90000,\"currency\":\"EUR\",\"period\":\"year\"},"
            + "\"posted_at\":\"2026-11-03\",\"valid_through\":\"2027-01-31\","
            + "\"description\":\"Build the pipelines behind our ordering platform.\","
            + "\"url\":\"https://jobs.mueller-soehne.example/42\","
            + "\"skills\":[\"Python\",\"SQL\",\"C, C++\"]}",
        items.get(0).posting().toString());
    assertEquals(
        "{\"title\":\"Junior Data Engineer\",\"company\":\"Kōyō Data KK\","
            + "\"location\":\"東京, Japan\",\"remote\":\"onsite\",\"employment\":[\"full_time\"],"
            + "\"seniority\":\"entry\","
            + "\"salary\":{\"min\":5000000,\"max\":6500000,\"currency\":\"JPY\"},"
            + "\"posted_at\":\"2026-11-10\","
            + "\"description\":\"We say \\\"ship it\\\" a lot.\\nYou will learn Spark from us.\\n\\n"
            + "Second paragraph, after a blank line.\",\"skills\":[\"Spark\",\"SQL\"]}",
        items.get(1).posting().toString());
    assertEquals(
        "{\"title\":\"Growth Analyst 🚀\",\"company\":\"Spree Mobility GmbH\","
            + "\"location\":\"Remote (Germany)\",\"remote\":\"remote\","
            + "\"employment\":[\"part_time\"],"
            + "\"salary\":{\"min\":28,\"max\":32,\"currency\":\"EUR\",\"period\":\"hour\"},"
            + "\"description\":\"Measure what moves riders 🛴 — funnels, cohorts, tests.\","
            + "\"url\":\"https://spree.example/jobs/7\",\"skills\":[\"SQL\",\"Looker\"]}",
        items.get(2).posting().toString());
    assertEquals(
        "{\"title\":\"Office Data Assistant\",\"company\":\"Harbor & Finch Ltd\"}",
        items.get(3).posting().toString());
    assertEquals("the row has 17 cells, the header 16", items.get(4).error());
  }

  @Test
  void eachRowKeepsItsTextAsItCame() throws IOException {
    List<FormatItem> items = read("csv/postings.csv", Map.of());

    assertEquals(
        "Junior Data Engineer,Kōyō Data KK,\"東京, Japan\",onsite,full_time,entry,5000000,"
            + "6500000,JPY,,2026-11-10,,\"We say \"\"ship it\"\" a lot.\nYou will learn Spark"
            + " from us.\n\nSecond paragraph, after a blank line.\",,\"Spark, SQL\",18",
        items.get(1).raw());
    assertEquals("Office Data Assistant,Harbor & Finch Ltd,,,,,,,,,,,,,,20", items.get(3).raw());
  }

  @Test
  void theRowsArePostingsOfTheFormat() throws IOException {
    List<FormatItem> items = read("csv/postings.csv", Map.of());

    JobPosting tokyo = postingJson.parse(items.get(1).posting(), "postings.csv:row 3");
    assertEquals("year", tokyo.salary().period());
    assertEquals(Math.round(5_000_000 * 0.007), tokyo.salary().minUsdYear());
    assertEquals("東京, Japan", tokyo.location());
  }

  @Test
  void aColumnMapNamesTheColumnsOfAnExport() throws IOException {
    Map<String, String> map;
    try (InputStream in = resource("csv/ats-export.map")) {
      map = CsvColumnMap.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "ats.map");
    }
    List<FormatItem> items = read("csv/ats-export.csv", map);

    assertEquals(2, items.size());
    JobPosting first = postingJson.parse(items.get(0).posting(), "x");
    assertEquals("MLH-311", first.id());
    assertEquals("Senior Data Scientist", first.title());
    assertEquals("Toronto, ON", first.location());
    assertEquals(135000, first.salary().min());
    // blank salary cells: no salary
    assertEquals(
        "{\"title\":\"Data Steward\",\"company\":\"Maple Leaf Health\",\"location\":\"Ottawa, ON\","
            + "\"posted_at\":\"2026-10-05\",\"employment\":[\"full_time\"],\"id\":\"MLH-312\"}",
        items.get(1).posting().toString());
  }

  @Test
  void unknownColumnsAreAnErrorOfTheHeaderUnlessMappedOrUnderscored() throws IOException {
    List<FormatItem> items = parse("title,company,titel,_note\nT,A,x,y\n");

    assertEquals(1, items.size());
    assertEquals("row 1", items.get(0).where());
    assertEquals("title,company,titel,_note", items.get(0).raw());
    assertEquals(
        "unknown column 'titel' (allowed: id, title, company, location, remote, employment,"
            + " seniority, salary_currency, salary_max, salary_min, salary_period, posted_at,"
            + " valid_through, description, url, skills; map others with --map, or start their"
            + " names with _ to ignore them)",
        items.get(0).error());
    assertEquals(
        "{\"title\":\"T\",\"company\":\"A\"}",
        parse("title,company,titel,_note\nT,A,x,y\n", Map.of("titel", "_typo"))
            .get(0)
            .posting()
            .toString());
  }

  @Test
  void twoColumnsOfOneFieldAreAnError() throws IOException {
    assertEquals(
        "columns 'title' and 'Job Title' are both the field 'title'",
        parse("title,Job Title,company\n", Map.of("Job Title", "title")).get(0).error());
  }

  @Test
  void aBadHeaderOrBrokenQuotingIsAnErrorSayingWhere() throws IOException {
    assertEquals(List.of(FormatItem.failed("input", null, "no header row")), parse(""));
    FormatItem repeated = parse("title,title\nT,A\n").get(0);
    assertEquals("row 1", repeated.where());
    assertEquals(
        "invalid CSV header: The header contains a duplicate name: \"title\" in [title, title]."
            + " If this is valid then use CSVFormat.Builder.setDuplicateHeaderMode().",
        repeated.error());
    List<FormatItem> broken = parse("title,company\nT,A\n\"unclosed,A\n");
    assertEquals(2, broken.size());
    assertEquals("row 3", broken.get(1).where());
    assertEquals(
        "invalid CSV: (startline 3) EOF reached before encapsulated token finished; the rest of"
            + " the input was not read",
        broken.get(1).error());
  }

  @Test
  void listCellsSplitOnSemicolonsWhenTheyHaveOneElseOnCommas() throws IOException {
    List<FormatItem> items =
        parse(
            "title,company,skills,employment\nT,A,\"C, C++; Go\",full_time\nT2,A,\"Go, Rust\",\n");

    assertEquals("[\"C, C++\",\"Go\"]", items.get(0).posting().get("skills").toString());
    assertEquals("[\"Go\",\"Rust\"]", items.get(1).posting().get("skills").toString());
    assertEquals(false, items.get(1).posting().has("employment"));
  }

  @Test
  void aFigureThatIsNotANumberIsLeftForPostingJsonToReport() throws IOException {
    FormatItem item = parse("title,company,salary_min,salary_currency\nT,A,50k,USD\n").get(0);

    BadLine e = assertThrows(BadLine.class, () -> postingJson.parse(item.posting(), "x"));
    assertEquals("salary.min must be a number", e.getMessage());
  }

  @Test
  void theMapFileRejectsWhatItCannotMean(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.map");
    Files.writeString(file, "# ok\nJob = title\nCity\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CsvColumnMap.read(file));
    assertEquals(file + ":3: expected 'Header Name = field', got 'City'", e.getMessage());
    assertEquals(
        "m:1: unknown field 'titel' (allowed: id, title, company, location, remote, employment,"
            + " seniority, salary_currency, salary_max, salary_min, salary_period, posted_at,"
            + " valid_through, description, url, skills)",
        assertThrows(IllegalArgumentException.class, () -> CsvColumnMap.parse("Job = titel", "m"))
            .getMessage());
    assertEquals(
        "m:2: header 'Job' is mapped twice",
        assertThrows(
                IllegalArgumentException.class,
                () -> CsvColumnMap.parse("Job = title\nJob = company", "m"))
            .getMessage());
    assertEquals(
        Map.of("A = B", "title", "Note", "_ignored"),
        CsvColumnMap.parse("\uFEFFA = B = title\n\nNote=_ignored\n", "m"));
  }

  private static List<FormatItem> read(String fixture, Map<String, String> map) throws IOException {
    try (InputStream in = resource(fixture)) {
      return PostingFormats.read(PostingFormat.CSV, in, new FormatOptions(map, fixture));
    }
  }

  private static List<FormatItem> parse(String text) throws IOException {
    return parse(text, Map.of());
  }

  private static List<FormatItem> parse(String text, Map<String, String> map) throws IOException {
    return PostingFormats.read(
        PostingFormat.CSV,
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        new FormatOptions(map, "t.csv"));
  }
}
