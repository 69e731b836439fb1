package careersearch.server;

import static careersearch.server.SearchApiContract.facet;
import static careersearch.server.SearchApiContract.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Expired postings ({@link ExpiryIndex}) over HTTP: left out of job results, their total and facets
 * by default, in with {@code include_expired=true}, and every job hit says {@code expired}.
 */
abstract class ExpiryContract extends BackendContract {

  @Test
  void byDefaultPostingsValidThroughADayBeforeTodayAreLeftOut() {
    JsonNode r = api.ok("/api/search?type=job&sort=date_desc&size=10");

    assertEquals(List.of("x2", "x3", "x4"), sorted(ids(r)));
    assertEquals(3, r.get("total").asLong());
    assertEquals(false, r.get("query").get("include_expired").asBoolean());
    assertEquals(Map.of("x2", false, "x3", false, "x4", false), expired(r));
  }

  @Test
  void theTotalAndEveryFacetCountTheSamePostingsAsTheHits() {
    JsonNode r = api.ok("/api/search?q=data+engineer&type=job");

    assertEquals(3, r.get("total").asLong());
    Map<String, Long> companies = facet(r, "company");
    assertEquals(1L, companies.get("Acme"));
    assertEquals(2L, companies.get("Beta"));
    assertEquals(0L, companies.getOrDefault("Gamma", 0L));
    assertEquals(3L, facet(r, "type").get("job"));
  }

  @Test
  void includeExpiredSearchesThemTooAndMarksThem() {
    JsonNode r = api.ok("/api/search?type=job&include_expired=true");

    assertEquals(5, r.get("total").asLong());
    assertEquals(true, r.get("query").get("include_expired").asBoolean());
    assertEquals(Map.of("x1", true, "x2", false, "x3", false, "x4", false, "x5", true), expired(r));
    assertEquals(1L, facet(r, "company").get("Gamma"));
  }

  @Test
  void aFilterOnAnExpiredPostingsValueFindsNothingUnlessIncluded() {
    assertEquals(0, api.ok("/api/search?company=Gamma").get("total").asLong());
    assertEquals(List.of("x5"), ids(api.ok("/api/search?company=Gamma&include_expired=true")));
  }

  @Test
  void aJobDocumentIsServedExpiredOrNotAndSaysWhich() {
    JsonNode expired = api.ok("/api/documents/x1");
    assertEquals(true, expired.get("expired").asBoolean());
    assertEquals("2020-06-30", expired.get("valid_through").asText());
    assertEquals(false, api.ok("/api/documents/x3").get("expired").asBoolean());
    assertEquals(false, api.ok("/api/documents/tool:pytorch").has("expired"));
  }

  @Test
  void includeExpiredMustBeABoolean() {
    ApiClient.Response r = api.get("/api/search?include_expired=yes");

    assertEquals(400, r.status(), r.body());
    assertEquals(
        "include_expired must be true or false (lower case), was 'yes'",
        r.json().get("error").get("message").asText());
  }

  @Test
  void hitsOfOtherTypesSayNothingOfExpiry() {
    JsonNode r = api.ok("/api/search?type=tool,section");

    assertEquals(2, r.get("total").asLong());
    r.get("hits").forEach(h -> assertEquals(false, h.has("expired"), h.toString()));
  }

  private static Map<String, Boolean> expired(JsonNode response) {
    Map<String, Boolean> expired = new LinkedHashMap<>();
    response
        .get("hits")
        .forEach(h -> expired.put(h.get("id").asText(), h.get("expired").asBoolean()));
    return expired;
  }

  private static List<String> sorted(List<String> ids) {
    return ids.stream().sorted().toList();
  }
}
