package careersearch.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hit every backend shows, and the snippet it picks. */
class ResponseShapeTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

  @Test
  void hitLeadsWithItsOwnFieldsThenTheBackendsThenTheStoredOnes() {
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("company", "Acme");
    source.put("id", "job:1");
    source.put("description", "long text the document endpoint returns");
    source.put("type", "job");
    source.put("title", "ML Engineer");
    source.put("valid_through", "2026-12-01");

    Map<String, Object> hit =
        ResponseShape.hit(
            source, "<mark>ML</mark> Engineer", 3.5f, Map.of("distance_km", 12.0), TODAY);

    assertEquals(
        List.of(
            "id",
            "type",
            "title",
            "snippet",
            "score",
            "distance_km",
            "company",
            "valid_through",
            "expired"),
        List.copyOf(hit.keySet()));
    assertEquals("job:1", hit.get("id"));
    assertEquals(3.5f, hit.get("score"));
    assertFalse(hit.containsKey("description"), "long fields stay on the document endpoint");
    assertEquals(true, hit.get("expired"), "valid through yesterday or before");
  }

  @Test
  void unscoredHitHasANullScore() {
    Map<String, Object> source = new LinkedHashMap<>(Map.of("id", "tool:x", "type", "tool"));
    Map<String, Object> hit = ResponseShape.hit(source, null, null, Map.of(), TODAY);
    assertNull(hit.get("score"));
    assertNull(hit.get("title"));
  }

  @Test
  void snippetIsTheBodyWithAMatchElseTheTitleWithOneElseTheBody() {
    assertEquals(
        "a <mark>b</mark>", ResponseShape.pickSnippet("a <mark>b</mark>", "<mark>T</mark>"));
    assertEquals("<mark>T</mark>", ResponseShape.pickSnippet("opening", "<mark>T</mark>"));
    assertEquals("opening", ResponseShape.pickSnippet("opening", "T"));
    assertEquals("T", ResponseShape.pickSnippet(null, "T"));
  }
}
