package careersearch.server.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.server.RealCorpus;
import careersearch.server.api.BadRequestException;
import careersearch.server.api.SearchResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Places over the bundled corpus: its five postings are two "Remote (anywhere in the U.S.)", one in
 * Rochester, NY and two in "Seattle, Washington, USA".
 */
class PlacesSearchTest {
  static IndexSearchers searchers;
  static SearchService service;

  @BeforeAll
  static void open() throws Exception {
    searchers = new IndexSearchers(RealCorpus.index(), Duration.ofHours(1));
    service = new SearchService(searchers);
  }

  @AfterAll
  static void close() throws Exception {
    searchers.close();
  }

  static SearchResponse search(String... pairs) {
    return Searches.search(service, pairs);
  }

  static List<String> chips(SearchResponse r) {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> chips = (List<Map<String, Object>>) r.query().get("interpreted");
    return chips.stream().map(c -> c.get("dimension") + "=" + c.get("value")).toList();
  }

  @Test
  void placeWordsBecomeChipsOfTheResolvedFields() {
    assertEquals(List.of("country=CA"), chips(search("q", "data engineer canada")));
    assertEquals(List.of("city=Seattle, WA, US"), chips(search("q", "engineer seattle wa")));
    assertEquals(List.of("city=New York City, NY, US"), chips(search("q", "nyc analyst")));
    assertEquals(List.of("region=US-TX"), chips(search("q", "texas")));
  }

  @Test
  void aRadiusFindsThePostingsWithinItAndTheirDistance() {
    SearchResponse r = search("near", "Seattle, WA", "within_km", "50");
    assertEquals(2, r.total());
    r.hits().forEach(h -> assertEquals(0.0, h.get("distance_km")));
    assertEquals(1, search("near", "Rochester, NY", "within_km", "1").total());
    assertEquals(
        Map.of(
            "city", "Seattle",
            "city_key", "Seattle, WA, US",
            "lat", 47.60621,
            "lon", -122.33207,
            "region", "US-WA",
            "country", "US",
            "country_name", "United States",
            "label", "Seattle, Washington, United States"),
        r.hits().get(0).get("place"));
    SearchResponse remote = search("q", "murmuration", "type", "job");
    assertEquals(
        Map.of(
            "country", "US",
            "country_name", "United States",
            "remote_scope", "US",
            "label", "United States"),
        remote.hits().get(0).get("place"));
  }

  @Test
  void theRadiusBoundaryIsInclusiveOfWhatLiesInside() {
    // half a degree of latitude north of Seattle is 55.6 km away
    assertEquals(0, search("near", "48.10621,-122.33207", "within_km", "55").total());
    SearchResponse in =
        search("near", "48.10621,-122.33207", "within_km", "56", "sort", "distance");
    assertEquals(2, in.total());
    assertEquals(55.6, (Double) in.hits().get(0).get("distance_km"), 0.1);
    // equally near: ordered by relevance, with their scores
    SearchResponse engineers = search("q", "engineer", "near", "Seattle, WA", "sort", "distance");
    float first = ((Number) engineers.hits().get(0).get("score")).floatValue();
    assertTrue(first > 0, engineers.hits().toString());
  }

  @Test
  void remotePostingsJoinARadiusOnlyWhenRemoteIsAsked() {
    assertEquals(2, search("near", "Seattle, WA").total());
    SearchResponse remote = search("near", "Seattle, WA", "q", "remote");
    assertTrue(
        remote.hits().stream().anyMatch(h -> "remote".equals(h.get("remote"))),
        remote.hits().toString());
  }

  @Test
  void countryFacetCountsRemoteScopesAndStayMultiSelect() {
    SearchResponse r = search("type", "job", "country", "US");
    assertEquals(5, r.total());
    SearchResponse.FacetValue us =
        r.facets().get("country").stream().filter(v -> v.value().equals("US")).findFirst().get();
    assertEquals(5, us.count());
    assertEquals("United States", us.label());
    assertTrue(us.selected());
  }

  @Test
  void badPlacesAndRadiiAre400s() {
    BadRequestException unknown =
        assertThrows(BadRequestException.class, () -> search("near", "Seatle"));
    assertTrue(unknown.getMessage().contains("Seattle, WA, US"), unknown.getMessage());
    assertThrows(BadRequestException.class, () -> search("near", "Seattle", "within_km", "0"));
    assertThrows(BadRequestException.class, () -> search("near", "Seattle", "within_km", "1001"));
    assertThrows(BadRequestException.class, () -> search("within_km", "10"));
    assertThrows(BadRequestException.class, () -> search("sort", "distance"));
    assertThrows(BadRequestException.class, () -> search("near", "95,10"));
    BadRequestException country =
        assertThrows(BadRequestException.class, () -> search("near", "Canada"));
    assertTrue(country.getMessage().contains("not a city"), country.getMessage());
  }
}
