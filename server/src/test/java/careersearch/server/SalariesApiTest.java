package careersearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/salaries} on the real corpus: every figure is checked against the same statistic
 * computed here from {@code salaries.csv} ({@link SalaryCsv}), not from the index.
 */
class SalariesApiTest {
  static ApiClient api;

  @BeforeAll
  static void start() {
    api = RealCorpusServer.api();
  }

  /** Asserts every figure of a response against the CSV rows that pass the filter. */
  private static void assertFigures(JsonNode r, Predicate<SalaryCsv.Row> filter) {
    long[] usd = SalaryCsv.usd(filter);
    assertTrue(usd.length >= 5, "the test needs a filter with figures");
    assertEquals(usd.length, r.get("count").asInt());
    assertEquals(usd[0], r.get("min").asLong());
    assertEquals(SalaryCsv.percentile(usd, 10), r.get("p10").asLong());
    assertEquals(SalaryCsv.percentile(usd, 25), r.get("p25").asLong());
    assertEquals(SalaryCsv.percentile(usd, 50), r.get("median").asLong());
    assertEquals(SalaryCsv.percentile(usd, 75), r.get("p75").asLong());
    assertEquals(SalaryCsv.percentile(usd, 90), r.get("p90").asLong());
    assertEquals(usd[usd.length - 1], r.get("max").asLong());
    assertEquals(SalaryCsv.mean(usd), r.get("mean").asLong());
    Map<String, Long> histogram = new LinkedHashMap<>();
    r.get("histogram")
        .fields()
        .forEachRemaining(e -> histogram.put(e.getKey(), e.getValue().asLong()));
    // all six bands, in band order, zeros included
    assertEquals(SalaryCsv.histogram(usd), histogram);
    Map<String, Object[]> byYear = SalaryCsv.byYear(filter);
    assertEquals(List.copyOf(byYear.keySet()), iterable(r.get("median_by_year").fieldNames()));
    byYear.forEach(
        (year, countAndMedian) -> {
          assertEquals(countAndMedian[0], r.get("count_by_year").get(year).asInt(), year);
          JsonNode median = r.get("median_by_year").get(year);
          if (countAndMedian[1] == null) {
            assertTrue(median.isNull(), year);
          } else {
            assertEquals(countAndMedian[1], median.asLong(), year);
          }
        });
  }

  private static List<String> iterable(java.util.Iterator<String> it) {
    List<String> list = new java.util.ArrayList<>();
    it.forEachRemaining(list::add);
    return list;
  }

  private static boolean hasWords(SalaryCsv.Row row, String... words) {
    return Set.copyOf(row.words()).containsAll(List.of(words));
  }

  @Test
  void seniorIn2024() {
    JsonNode r = api.ok("/api/salaries?seniority=senior&year=2024");
    assertFigures(r, row -> row.seniority().equals("senior") && row.year() == 2024);
    assertEquals("USD", r.get("currency").asText());
    assertEquals("year", r.get("period").asText());
  }

  @Test
  void everyReport() {
    JsonNode r = api.ok("/api/salaries");
    assertEquals(74_301, r.get("count").asInt());
    assertFigures(r, row -> true);
  }

  @Test
  void titleWordsMatchWholeWordsInAnyTitle() {
    JsonNode r = api.ok("/api/salaries?q=data+scientist");
    assertFigures(r, row -> hasWords(row, "data", "scientist"));
    assertEquals("[\"data\",\"scientist\"]", r.get("query").get("title_words").toString());
    assertEquals("Data Scientist", r.get("titles").get(0).get("title").asText());
    assertEquals(11_669, r.get("titles").get(0).get("reports").asInt());
    // a plural and other letter case find the same reports
    assertEquals(
        r.get("count").asInt(), api.ok("/api/salaries?q=DATA+Scientists").get("count").asInt());
  }

  @Test
  void aTitleWithLevelWordsNoReportHasIsAskedWithoutThem() {
    // a posting's title, as the page asks for its salary insight: survey titles carry no level
    JsonNode r = api.ok("/api/salaries?q=Senior+Data+Scientist+II&seniority=senior");
    assertFigures(r, row -> hasWords(row, "data", "scientist") && row.seniority().equals("senior"));
    assertEquals("[\"data\",\"scientist\"]", r.get("query").get("title_words").toString());
    assertEquals(
        "[\"senior\",\"data\",\"scientist\",\"ii\"]",
        r.get("query").get("title_words_as_typed").toString());
    // a level word that titles do have stays a title word
    JsonNode lead = api.ok("/api/salaries?q=Lead+Data+Scientist");
    assertFigures(lead, row -> hasWords(row, "lead", "data", "scientist"));
    assertNull(lead.get("query").get("title_words_as_typed"));
  }

  @Test
  void filtersRepeatAndCombine() {
    JsonNode r =
        api.ok(
            "/api/salaries?q=engineer&remote=remote&location=us&location=DE"
                + "&employment=full_time&year=2023,2024&seniority=mid&seniority=senior");
    assertFigures(
        r,
        row ->
            hasWords(row, "engineer")
                && row.remote().equals("remote")
                && Set.of("US", "DE").contains(row.country())
                && row.employment().equals("full_time")
                && Set.of(2023, 2024).contains(row.year())
                && Set.of("mid", "senior").contains(row.seniority()));
    assertEquals("[\"US\",\"DE\"]", r.get("query").get("location").toString());
  }

  @Test
  void tooFewReportsGiveTheCountAndNoFigures() {
    JsonNode r = api.ok("/api/salaries?q=marketing+data+scientist");
    long expected = SalaryCsv.usd(row -> hasWords(row, "marketing", "data", "scientist")).length;
    assertTrue(expected > 0 && expected < 5);
    assertEquals(expected, r.get("count").asLong());
    assertTrue(r.get("message").asText().contains("at least 5 are needed"), r.toString());
    for (String figure : List.of("min", "p10", "median", "max", "mean", "histogram")) {
      assertNull(r.get(figure), figure);
    }
    JsonNode none = api.ok("/api/salaries?q=prompt+engineer&seniority=executive&year=2025");
    assertEquals(
        SalaryCsv.usd(
                row ->
                    hasWords(row, "prompt", "engineer")
                        && row.seniority().equals("executive")
                        && row.year() == 2025)
            .length,
        none.get("count").asInt());
    assertTrue(none.get("count").asInt() < 5);
    assertFalse(none.has("median"));
  }

  private static void assertError(String path, String message) {
    ApiClient.Response r = api.get(path);
    assertEquals(400, r.status(), r.body());
    assertEquals(400, r.json().get("error").get("status").asInt());
    assertEquals(message, r.json().get("error").get("message").asText());
  }

  @Test
  void badValuesListWhatIsAllowed() {
    assertError(
        "/api/salaries?seniority=medior",
        "unknown seniority 'medior'; allowed values: entry, mid, senior, executive");
    assertError(
        "/api/salaries?remote=sometimes",
        "unknown remote 'sometimes'; allowed values: remote, hybrid, onsite");
    assertError(
        "/api/salaries?employment=gig",
        "unknown employment 'gig'; allowed values: full_time, part_time, contract, freelance,"
            + " internship");
    assertError(
        "/api/salaries?year=2019",
        "unknown year '2019'; allowed values: 2020, 2021, 2022, 2023, 2024, 2025");
    assertError(
        "/api/salaries?year=last",
        "unknown year 'last'; allowed values: 2020, 2021, 2022, 2023, 2024, 2025");
    assertError(
        "/api/salaries?salary_band=100k-150k",
        "unknown parameter 'salary_band'; known parameters: q, seniority, employment, remote,"
            + " location, year");
    assertError("/api/salaries?q=a&q=b", "parameter 'q' was given 2 times; give it once");
    assertError(
        "/api/salaries?q=%2F+-",
        "q '/ -' has no title words; give words of a job title, e.g. q=data scientist");
    ApiClient.Response country = api.get("/api/salaries?location=XX");
    assertEquals(400, country.status());
    assertTrue(
        country
            .json()
            .get("error")
            .get("message")
            .asText()
            .startsWith(
                "unknown location 'XX'; give the company's country as an ISO 3166 code;"
                    + " countries with reports: AD, AE,"),
        country.body());
  }
}
