package careersearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Interpretation, synonyms, spelling and suggestions over HTTP on the real corpus. A contract run
 * on each backend by {@link QueryUnderstandingLuceneTest} and {@link QueryUnderstandingSolrTest}.
 */
abstract class QueryUnderstandingContract extends BackendContract {
  static final String SENIOR_DATA_SCIENTIST = "job:4adbc9922647f505";

  JsonNode search(String q, String more) {
    return api.ok("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + more);
  }

  static List<String> ids(JsonNode r) {
    List<String> ids = new ArrayList<>();
    r.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  static List<String> chips(JsonNode r) {
    List<String> chips = new ArrayList<>();
    r.get("query")
        .get("interpreted")
        .forEach(i -> chips.add(i.get("dimension").asText() + "=" + i.get("value").asText()));
    return chips;
  }

  @ParameterizedTest
  @ValueSource(strings = {"PyTorch remote senior", "pytorch REMOTE Senior"})
  void pytorchRemoteSenior(String q) {
    JsonNode r = search(q, "");
    assertEquals(List.of("tool=tool:pytorch", "remote=remote", "seniority=senior"), chips(r));
    List<String> ids = ids(r);
    String firstJob = null;
    for (JsonNode hit : r.get("hits")) {
      if (hit.get("type").asText().equals("job")) {
        firstJob = hit.get("id").asText();
        assertEquals("murmuration", hit.get("company").asText());
        assertEquals("Senior Data Scientist", hit.get("title").asText());
        break;
      }
    }
    assertEquals(SENIOR_DATA_SCIENTIST, firstJob);
    assertTrue(ids.indexOf("tool:pytorch") >= 0 && ids.indexOf("tool:pytorch") < 3, ids.toString());
  }

  @Test
  void interpretedChipsCarryTextAndSalaryBounds() {
    JsonNode r = search("kubernetes jobs over 150k", "");
    assertEquals(List.of("tool=tool:kubernetes", "type=job", "salary=150000-"), chips(r));
    JsonNode salary = r.get("query").get("interpreted").get(2);
    assertEquals("over 150k", salary.get("text").asText());
    assertEquals(150000, salary.get("salary_min").asLong());
    assertTrue(salary.get("salary_max").isNull());
    // the user said "jobs": postings first, the tool they named still in the top 3
    List<String> top = ids(r).subList(0, Math.min(3, ids(r).size()));
    assertTrue(top.contains("tool:kubernetes"), ids(r).toString());
  }

  @Test
  void strictTurnsInterpretationsIntoFilters() {
    JsonNode r = search("senior remote", "&strict=true");
    assertTrue(r.get("query").get("strict").asBoolean());
    assertEquals(List.of(SENIOR_DATA_SCIENTIST), ids(r));
    // the filters show as selected facet values, and their dimension counts ignore them
    JsonNode seniority = r.get("facets").get("seniority");
    assertTrue(seniority.get(2).get("selected").asBoolean());
    assertEquals(1, seniority.get(1).get("count").asLong()); // Data Engineer is mid and remote

    JsonNode amazon = search("amazon intern", "&strict=true");
    assertEquals(2, amazon.get("total").asLong());
    amazon.get("hits").forEach(h -> assertEquals("Amazon.com", h.get("company").asText()));
  }

  @Test
  void strictSalaryExpressionFiltersByOverlap() {
    JsonNode r = search("jobs over 150k", "&strict=true");
    // 85K-185K and 95K-192K reach above 150K; 120K-150K and 75K-150K touch it
    assertEquals(4, r.get("total").asLong());
    assertEquals(List.of("type=job", "salary=150000-"), chips(r));
  }

  @Test
  void aSmallCityIsAPlaceWordWhenPostingsAreThere() {
    // Rochester, NY is under PlaceVocabulary.LARGE_CITY: known only from the city facet's values
    assertEquals(List.of("city=Rochester, NY, US"), chips(search("rochester ny", "")));
  }

  @Test
  void synonymsAndAbbreviationsFindTheTool() {
    assertEquals("tool:kubernetes", ids(search("k8s", "")).get(0));
    assertEquals("tool:scikit-learn", ids(search("sklearn", "")).get(0));
    assertEquals("tool:scikit-learn", ids(search("scikit learn", "")).get(0));
    assertEquals("tool:scikit-learn", ids(search("Scikit-learn", "")).get(0));
    assertEquals(SENIOR_DATA_SCIENTIST, ids(search("sr data scientist", "")).get(0));
  }

  @Test
  void cPlusPlusDoesNotMatchC() {
    List<String> cpp = ids(search("C++", "&type=tool&size=50"));
    assertEquals("tool:cpp", cpp.get(0));
    assertFalse(cpp.contains("tool:c"), cpp.toString());
    List<String> csharp = ids(search("C#", "&type=tool&size=50"));
    assertTrue(csharp.contains("tool:csharp"), csharp.toString());
    assertFalse(csharp.contains("tool:cpp"));
    assertTrue(
        ids(search(".NET", "&type=tool&size=50")).stream().anyMatch(id -> id.contains("net")));
  }

  @Test
  void occupationsAreFoundByTitlesPeopleUse() {
    assertTrue(
        ids(search("data wrangler", "&type=occupation")).get(0).equals("occupation:15-2051.00"));
    List<String> deep = ids(search("deep learning engineer", "&type=occupation&size=3"));
    assertTrue(
        deep.contains("occupation:15-2051.00") || deep.contains("occupation:15-1221.00"),
        deep.toString());
  }

  @Test
  void misspelledQuerySearchesTheCorrectionAndSaysSo() {
    JsonNode r = search("pytorhc", "");
    assertEquals("pytorch", r.get("did_you_mean").asText());
    assertEquals("pytorch", r.get("query").get("searched").asText());
    assertTrue(r.get("query").get("corrected").asBoolean());
    assertEquals("tool:pytorch", ids(r).get(0));

    // "kubernets" stems like "kubernetes", so it finds it as typed; the spelling is offered
    JsonNode k = search("kubernets", "");
    assertEquals("kubernetes", k.get("did_you_mean").asText());
    assertEquals("tool:kubernetes", ids(k).get(0));

    // one unknown word among known ones is still corrected: it could match nothing
    JsonNode mixed = search("tensorflwo models", "");
    assertEquals("tensorflow models", mixed.get("did_you_mean").asText());
    assertEquals("tensorflow models", mixed.get("query").get("searched").asText());
    assertEquals("tool:tensorflow", ids(mixed).get(0));
  }

  @Test
  void wellSpelledQueryHasNoCorrection() {
    JsonNode r = search("pytorch", "");
    assertNull(r.get("did_you_mean").textValue());
    assertFalse(r.get("query").has("corrected"));
  }

  @Test
  void suggestionsCompletePrefixesAndInfixesWithTheirType() {
    JsonNode pyt = api.ok("/api/suggest?q=pyt&size=8");
    List<String> texts = new ArrayList<>();
    pyt.get("suggestions").forEach(s -> texts.add(s.get("text").asText()));
    assertTrue(texts.contains("PyTorch"), texts.toString());
    assertTrue(texts.contains("Python"), texts.toString());
    assertTrue(texts.size() <= 8);

    // infix: "torch" inside PyTorch (after completions of words starting with it)
    JsonNode torch = null;
    for (JsonNode s : api.ok("/api/suggest?q=torch").get("suggestions")) {
      if (s.get("text").asText().equals("PyTorch")) {
        torch = s;
      }
    }
    assertEquals("tool", torch.get("type").asText());
    assertEquals("tool:pytorch", torch.get("id").asText());

    JsonNode company = api.ok("/api/suggest?q=murmur").get("suggestions").get(0);
    assertEquals("murmuration", company.get("text").asText());
    assertEquals("company", company.get("type").asText());
  }

  @Test
  void suggestRejectsBadSize() {
    ApiClient.Response r = api.get("/api/suggest?q=py&size=0");
    assertEquals(400, r.status());
    assertEquals(
        "size must be a whole number between 1 and 20, was '0'",
        r.json().get("error").get("message").asText());
    assertEquals(0, api.ok("/api/suggest?q=").get("suggestions").size());
  }
}
