package careersearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.server.api.Capability;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The search API over HTTP against {@link TestIndex}: totals, facets, bands, sorts, paging. A
 * contract: {@link SearchApiLuceneTest} and {@link SearchApiSolrTest} run it on each backend.
 */
abstract class SearchApiContract extends BackendContract {

  static List<String> ids(JsonNode response) {
    List<String> ids = new ArrayList<>();
    response.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  /** value -> count of one facet dimension, in response order. */
  static Map<String, Long> facet(JsonNode response, String dim) {
    Map<String, Long> counts = new LinkedHashMap<>();
    response
        .get("facets")
        .get(dim)
        .forEach(v -> counts.put(v.get("value").asText(), v.get("count").asLong()));
    return counts;
  }

  @Test
  void browseWithoutTypeLeavesSalaryReportsOutOfHitsButCountsThem() {
    JsonNode r = api.ok("/api/search");
    assertEquals(8, r.get("total").asLong()); // 6 jobs, 1 tool, 1 section
    assertEquals(
        Map.of(
            "section",
            1L,
            "skill",
            0L,
            "tool",
            1L,
            "occupation",
            0L,
            "job",
            6L,
            "salary_report",
            3L),
        facet(r, "type"));
    r.get("hits").forEach(h -> assertFalse(h.get("type").asText().equals("salary_report")));
  }

  @Test
  void typeFilterSelectsSalaryReports() {
    JsonNode r = api.ok("/api/search?type=salary_report");
    assertEquals(3, r.get("total").asLong());
    // single figures: 150000 in 150k-200k, 99999 in 50k-100k, 300000 in 300k-plus
    assertEquals(
        List.of(0L, 1L, 0L, 1L, 0L, 1L), new ArrayList<>(facet(r, "salary_band").values()));
  }

  @Test
  void allSixBandsAreListedInBandOrderWithOverlapCounts() {
    JsonNode r = api.ok("/api/search?type=job");
    assertEquals(6, r.get("total").asLong());
    Map<String, Long> bands = facet(r, "salary_band");
    assertEquals(
        List.of("under-50k", "50k-100k", "100k-150k", "150k-200k", "200k-300k", "300k-plus"),
        new ArrayList<>(bands.keySet()));
    // j3 | j2,j3 | j1,j2 (j2 ends exactly at 100K) | j1,j4 (single 150K) | j6 | j6
    assertEquals(List.of(1L, 2L, 2L, 2L, 1L, 1L), new ArrayList<>(bands.values()));
  }

  @Test
  void rangeEndingExactlyAt100kIsInBothAdjacentBands() {
    assertEquals(
        List.of("j1", "j2"), sorted(ids(api.ok("/api/search?type=job&salary_band=100k-150k"))));
    assertTrue(ids(api.ok("/api/search?type=job&salary_band=50k-100k")).contains("j2"));
  }

  @Test
  void singleFigureOf150kIsOnlyInTheBandItStartsAt() {
    assertTrue(ids(api.ok("/api/search?type=job&salary_band=150k-200k")).contains("j4"));
    assertFalse(ids(api.ok("/api/search?type=job&salary_band=100k-150k")).contains("j4"));
  }

  @Test
  void twoValuesOfOneDimensionAreOredAndItsOwnCountsIgnoreIt() {
    JsonNode r = api.ok("/api/search?type=job&seniority=senior&seniority=entry");
    assertEquals(4, r.get("total").asLong());
    assertEquals(List.of("j1", "j3", "j4", "j5"), sorted(ids(r)));
    // multi-select: seniority counts are computed without the seniority filter
    assertEquals(
        Map.of("entry", 2L, "mid", 1L, "senior", 2L, "executive", 1L), facet(r, "seniority"));
    // other dimensions are counted with it: companies of j1, j3, j4, j5
    assertEquals(Map.of("Beta", 2L, "Acme", 1L, "Gamma", 1L), facet(r, "company"));
  }

  @Test
  void bandPlusSeniorityAreAndedAndEachCountsWithoutItself() {
    JsonNode r = api.ok("/api/search?type=job&salary_band=150k-200k&seniority=senior");
    assertEquals(List.of("j1", "j4"), sorted(ids(r)));
    assertEquals(
        Map.of("entry", 0L, "mid", 0L, "senior", 2L, "executive", 0L), facet(r, "seniority"));
    // bands of the senior jobs j1 (120-160K) and j4 (150K)
    assertEquals(
        List.of(0L, 0L, 1L, 2L, 0L, 0L), new ArrayList<>(facet(r, "salary_band").values()));
  }

  @Test
  void emptyQueryBrowsesASalaryBandSortedAsAsked() {
    JsonNode r = api.ok("/api/search?q=&type=job&salary_band=100k-150k&sort=salary_desc");
    assertEquals(List.of("j1", "j2"), ids(r));
    JsonNode salary = r.get("hits").get(0).get("salary");
    assertEquals(120_000, salary.get("min").asLong());
    assertEquals(160_000, salary.get("max_usd_year").asLong());
    assertEquals("USD", salary.get("currency").asText());
  }

  @Test
  void sortOrders() {
    assertEquals(
        List.of("j6", "j1", "j4", "j2", "j3", "j5"),
        ids(api.ok("/api/search?type=job&sort=salary_desc")));
    assertEquals(
        List.of("j3", "j2", "j1", "j4", "j6", "j5"),
        ids(api.ok("/api/search?type=job&sort=salary_asc")));
    assertEquals(
        List.of("j5", "j3", "j2", "j6", "j1", "j4"),
        ids(api.ok("/api/search?type=job&sort=date_desc")));
  }

  @Test
  void paging() {
    JsonNode r = api.ok("/api/search?type=job&sort=salary_desc&size=2&page=2");
    assertEquals(List.of("j4", "j2"), ids(r));
    assertEquals(6, r.get("total").asLong());
    assertEquals(List.of(), ids(api.ok("/api/search?type=job&size=2&page=4")));
  }

  @Test
  void salaryMinMaxFilterByOverlap() {
    JsonNode r = api.ok("/api/search?type=job&salary_min=150000&salary_max=200000");
    assertEquals(List.of("j1", "j4"), sorted(ids(r)));
    assertEquals(List.of("j6"), ids(api.ok("/api/search?type=job&salary_min=300000")));
  }

  @Test
  void jobHitsCarryTheirFields() {
    JsonNode hit = api.ok("/api/search?q=principal&type=job").get("hits").get(0);
    assertEquals("j4", hit.get("id").asText());
    assertEquals("Gamma", hit.get("company").asText());
    assertEquals("New York", hit.get("location").asText());
    assertEquals("remote", hit.get("remote").asText());
    assertEquals("senior", hit.get("seniority").asText());
    assertEquals("[\"full_time\",\"contract\"]", hit.get("employment").toString());
    assertEquals(150_000, hit.get("salary").get("min_usd_year").asLong());
    assertTrue(hit.get("score").asDouble() > 0);
  }

  @Test
  void sectionAndToolHitsCarryTheirFields() {
    JsonNode r = api.ok("/api/search?q=pytorch&type=tool&type=section");
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    r.get("hits").forEach(h -> byId.put(h.get("id").asText(), h));
    assertEquals(
        "[\"Machine Learning Frameworks\"]", byId.get("tool:pytorch").get("categories").toString());
    assertEquals(
        "[\"Tools and Software Used\",\"Machine Learning Engineer Tools\"]",
        byId.get("section:tools/machine-learning-engineer-tools").get("heading_path").toString());
  }

  @Test
  void snippetsMarkQueryTermsAndEscapeEverythingElse() {
    JsonNode hit = api.ok("/api/search?q=search+ranking&type=job").get("hits").get(0);
    assertEquals("j1", hit.get("id").asText());
    assertEquals(
        "Build and deploy PyTorch models for &lt;b&gt;<mark>search</mark>&lt;&#x2F;b&gt; <mark>ranking</mark>.",
        hit.get("snippet").asText());
  }

  @Test
  void multiWordQueryRanksDocumentsMatchingMostWordsFirst() {
    // no document has all of these words; the ones with most of them come first
    JsonNode r = api.ok("/api/search?q=pytorch+remote+senior+zebra");
    List<String> ids = ids(r);
    assertEquals("j1", ids.get(0)); // PyTorch, remote and senior
    assertTrue(ids.indexOf("j4") < ids.indexOf("j2") || !ids.contains("j2"));
    assertTrue(ids.containsAll(List.of("j1", "j4", "tool:pytorch")));
  }

  @Test
  void documentEndpointReturnsTheWholeDocument() {
    JsonNode doc = api.ok("/api/documents/j1");
    assertEquals("Senior Machine Learning Engineer", doc.get("title").asText());
    assertEquals(
        "Build and deploy PyTorch models for <b>search</b> ranking.",
        doc.get("description").asText());
    assertEquals("[\"PyTorch\",\"Python\"]", doc.get("skills").toString());
    ApiClient.Response missing = api.get("/api/documents/nope");
    assertEquals(404, missing.status());
    assertEquals(404, missing.json().get("error").get("status").asInt());
    assertEquals("no document with id 'nope'", missing.json().get("error").get("message").asText());
  }

  @Test
  void healthCountsDocumentsPerType() {
    JsonNode health = api.ok("/api/health");
    assertEquals("ok", health.get("status").asText());
    assertEquals(6, health.get("documents").get("job").asInt());
    assertEquals(3, health.get("documents").get("salary_report").asInt());
    assertTrue(health.get("index_version").asLong() > 0);
    assertTrue(health.has("opened_at"));
  }

  static List<String> chips(JsonNode r) {
    List<String> chips = new ArrayList<>();
    r.get("query")
        .get("interpreted")
        .forEach(i -> chips.add(i.get("dimension").asText() + "=" + i.get("value").asText()));
    return chips;
  }

  @Test
  void interpretedQueryBoostsWhatItRecognizes() {
    JsonNode r = api.ok("/api/search?q=PyTorch+remote+senior");
    assertEquals(List.of("tool=tool:pytorch", "remote=remote", "seniority=senior"), chips(r));
    List<String> top3 = ids(r).subList(0, 3);
    assertTrue(top3.containsAll(List.of("j1", "tool:pytorch")), top3.toString());
  }

  @Test
  void strictTurnsRecognizedWordsIntoSelectedFilters() {
    JsonNode r = api.ok("/api/search?q=senior+remote&strict=true");
    assertEquals(List.of("j1", "j4"), sorted(ids(r)));
    JsonNode seniority = r.get("facets").get("seniority");
    assertTrue(seniority.get(2).get("selected").asBoolean());
    // seniority counted without its own filter: remote jobs are j1 and j4, both senior
    assertEquals(
        Map.of("entry", 0L, "mid", 0L, "senior", 2L, "executive", 0L), facet(r, "seniority"));

    JsonNode salary = api.ok("/api/search?q=jobs+over+150k&strict=true");
    // j1 (120-160K), j4 (150K) and j6 (250-320K) reach 150K
    assertEquals(List.of("j1", "j4", "j6"), sorted(ids(salary)));
    assertEquals(List.of("type=job", "salary=150000-"), chips(salary));
  }

  @Test
  void misspelledQuerySearchesTheCorrectionAndSaysSo() {
    assumeCapability(Capability.DID_YOU_MEAN);
    JsonNode r = api.ok("/api/search?q=pytorhc");
    assertEquals("pytorch", r.get("did_you_mean").asText());
    assertEquals("pytorch", r.get("query").get("searched").asText());
    assertTrue(ids(r).contains("tool:pytorch"));
    assertTrue(api.ok("/api/search?q=pytorch").get("did_you_mean").isNull());
  }

  @Test
  void suggestionsCompleteAsYouType() {
    assumeCapability(Capability.SUGGEST);
    List<String> texts = new ArrayList<>();
    api.ok("/api/suggest?q=pyt").get("suggestions").forEach(s -> texts.add(s.get("text").asText()));
    assertTrue(texts.contains("PyTorch"), texts.toString());
  }

  private static List<String> sorted(List<String> ids) {
    return ids.stream().sorted().toList();
  }

  /** Every facet count of one dimension, summed: it counts the hits of that dimension only. */
  static long facetSum(JsonNode response, String dim) {
    return facet(response, dim).values().stream().mapToLong(Long::longValue).sum();
  }

  @Test
  void excludedWordRemovesItsDocumentsFromHitsTotalAndFacets() {
    JsonNode data = api.ok("/api/search?q=data");
    JsonNode r = api.ok("/api/search?q=data+-scientist");
    assertEquals(List.of("j2", "j3", "j4", "tool:pytorch"), ids(data).stream().sorted().toList());
    // the PyTorch tool's text says "data scientists"
    assertEquals(List.of("j2", "j3"), ids(r).stream().sorted().toList());
    assertEquals(2, r.get("total").asLong());
    assertFalse(ids(r).contains("j4"), ids(r).toString());
    assertTrue(ids(r).containsAll(List.of("j2", "j3")), ids(r).toString());
    assertEquals(2L, facet(r, "type").get("job"));
    assertEquals(0L, facet(r, "company").getOrDefault("Gamma", 0L));
  }

  @Test
  void excludedPhraseAndPrefixRemoveTheirDocuments() {
    JsonNode phrase = api.ok("/api/search?q=engineer+-%22machine+learning%22");
    assertEquals(List.of("j2", "j6"), ids(phrase).stream().sorted().toList());
    assertEquals(2, phrase.get("total").asLong());
    JsonNode prefix = api.ok("/api/search?q=data+-analy*+-scien*");
    assertEquals(List.of("j2"), ids(prefix));
    assertEquals(1, prefix.get("total").asLong());
  }

  @Test
  void aWordMinusItselfFindsNothing() {
    JsonNode r = api.ok("/api/search?q=data+-data");
    assertEquals(0, r.get("total").asLong());
    assertEquals(List.of(), ids(r));
    assertEquals(0, facetSum(r, "type"));
  }

  @Test
  void excludedRecognizedValueRemovesItsPostingsAndIsNoChip() {
    JsonNode r = api.ok("/api/search?q=-remote");
    assertEquals(List.of(), chips(r));
    assertEquals(List.of("remote"), textsOf(r.get("query").get("excluded")));
    assertFalse(ids(r).contains("j1") || ids(r).contains("j4"), ids(r).toString());
    assertEquals(6, r.get("total").asLong()); // browse's 8 minus j1, j4
    assertEquals(0L, facet(r, "remote").getOrDefault("remote", 0L));
    assertEquals(Map.of("hybrid", 2L, "onsite", 2L), withoutZeros(facet(r, "remote")));
  }

  @Test
  void excludedToolIsNeitherBoostedNorAHit() {
    JsonNode r = api.ok("/api/search?q=machine+learning+-pytorch");
    assertEquals(List.of(), chips(r));
    assertFalse(ids(r).contains("tool:pytorch"), ids(r).toString());
    JsonNode only = api.ok("/api/search?q=-pytorch+-remote");
    assertFalse(ids(only).contains("tool:pytorch"), ids(only).toString());
    // browse's 8 minus the remote j1, j4 and what mentions PyTorch (the tool, the section)
    assertEquals(List.of("j2", "j3", "j5", "j6"), ids(only).stream().sorted().toList());
    assertEquals(4, only.get("total").asLong());
    assertEquals(4L, facet(only, "type").get("job"));
    assertEquals(0L, facet(only, "type").get("tool"));
    assertEquals(0L, facet(only, "type").get("section"));
  }

  @Test
  void tooManyExclusionsAnswer400NamingTheLimit() {
    String q = "data" + "+-x".repeat(17);
    ApiClient.Response r = api.get("/api/search?q=" + q);
    assertEquals(400, r.status(), r.body());
    assertEquals(
        "q has 17 exclusions (-word); at most 16",
        r.json().get("error").get("message").asText(),
        r.body());
    assertEquals(200, api.get("/api/search?q=data" + "+-x".repeat(16)).status());
  }

  private static List<String> textsOf(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static Map<String, Long> withoutZeros(Map<String, Long> counts) {
    Map<String, Long> out = new LinkedHashMap<>(counts);
    out.values().removeIf(v -> v == 0);
    return out;
  }
}
