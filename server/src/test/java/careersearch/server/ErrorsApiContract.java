package careersearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every bad input gets a JSON 4xx that says what to change; odd queries still search. A contract
 * run on each backend by {@link ErrorsApiLuceneTest} and {@link ErrorsApiSolrTest}.
 */
abstract class ErrorsApiContract extends BackendContract {

  private void assertError(String path, int status, String message) {
    ApiClient.Response r = api.get(path);
    assertEquals(status, r.status(), r.body());
    assertEquals(status, r.json().get("error").get("status").asInt());
    assertEquals(message, r.json().get("error").get("message").asText());
  }

  @Test
  void unknownValuesListTheAllowedOnes() {
    assertError(
        "/api/search?type=jobs",
        400,
        "unknown type 'jobs'; allowed values: section, skill, tool, occupation, job, salary_report");
    assertError(
        "/api/search?seniority=medior",
        400,
        "unknown seniority 'medior'; allowed values: entry, mid, senior, executive");
    assertError(
        "/api/search?salary_band=100-150k",
        400,
        "unknown salary_band '100-150k'; allowed values: under-50k, 50k-100k, 100k-150k, 150k-200k, 200k-300k, 300k-plus");
    assertError(
        "/api/search?sort=newest",
        400,
        "unknown sort 'newest'; allowed values: relevance, salary_desc, salary_asc, date_desc, distance");
  }

  @Test
  void sizeAndPage() {
    assertError("/api/search?size=0", 400, "size must be between 1 and 100, was 0");
    assertError("/api/search?size=101", 400, "size must be between 1 and 100, was 101");
    assertError(
        "/api/search?page=two",
        400,
        "page must be a whole number (digits 0-9 only: no sign, spaces or other characters), was 'two'");
    assertError("/api/search?page=0", 400, "page must be 1 or more, was 0");
  }

  /** Numbers are ASCII digits and booleans true/false, as the README says; nothing looser. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/search?page=%2B1",
        "/api/search?page=%201",
        "/api/search?size=%EF%BC%91",
        "/api/search?size=%D9%A1",
        "/api/search?salary_min=-5",
        "/api/search?salary_max=%2B100000",
        "/api/search?salary_min=%EF%BC%91",
        "/api/search?salary_min=99999999999999999999",
        "/api/search?strict=1",
        "/api/search?strict=yes",
        "/api/search?strict=TRUE",
        "/api/suggest?q=da&size=%2B3",
        "/api/suggest?q=da&size=%D9%A3",
        "/api/search?q=%FF",
        "/api/suggest?q=%C3",
        "/api/salaries?q=%E2%82"
      })
  void looseNumbersBooleansAndBadUtf8Are400(String path) {
    ApiClient.Response r = api.get(path);
    assertEquals(400, r.status(), path + " -> " + r.body());
    String message = r.json().get("error").get("message").asText();
    assertTrue(
        message.contains("digits 0-9 only")
            || message.contains("true or false (lower case)")
            || message.contains("too large")
            || message.startsWith("invalid UTF-8"),
        message);
  }

  @Test
  void exactNumbersAndBooleansStillWork() {
    assertEquals(200, api.get("/api/search?page=1&size=5&salary_min=0&strict=true").status());
    assertEquals(200, api.get("/api/search?strict=false&salary_max=300000").status());
    assertEquals(200, api.get("/api/suggest?q=da&size=3").status());
  }

  @Test
  void salaryBounds() {
    assertError(
        "/api/search?salary_min=200000&salary_max=100000",
        400,
        "salary_min (200000) is greater than salary_max (100000)");
    assertError(
        "/api/search?salary_min=lots",
        400,
        "salary_min must be a whole number of USD per year (e.g. 120000) (digits 0-9 only: no sign, spaces or other characters), was 'lots'");
  }

  @Test
  void unknownParameterAndRoute() {
    ApiClient.Response r = api.get("/api/search?seniorty=senior");
    assertEquals(400, r.status());
    assertTrue(
        r.json().get("error").get("message").asText().startsWith("unknown parameter 'seniorty'"));
    ApiClient.Response route = api.get("/api/nothing-here");
    assertEquals(404, route.status());
    assertEquals(404, route.json().get("error").get("status").asInt());
  }

  /** HEAD answers what GET answers, status and headers, without the body. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/search?q=data",
        "/api/search?page=0",
        "/api/search?nope=1",
        "/api/documents/nope",
        "/api/health",
        "/api/suggest?size=x",
        "/api/nothing-here"
      })
  void headAnswersAsGetDoes(String path) {
    ApiClient.Response get = api.get(path);
    ApiClient.Response head = api.request("HEAD", path);
    assertEquals(get.status(), head.status(), path);
    assertEquals("", head.body(), path);
    assertEquals(
        get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"), path);
  }

  /** A known path with a method it does not take: 405, Allow, the JSON error; unknown paths 404. */
  @ParameterizedTest
  @ValueSource(strings = {"PUT", "DELETE", "PATCH", "POST"})
  void wrongMethodIs405WithAllow(String method) {
    for (String path : new String[] {"/api/search?q=data", "/api/documents/x", "/api/health"}) {
      ApiClient.Response r = api.request(method, path);
      assertEquals(405, r.status(), method + " " + path + " " + r.body());
      assertEquals("GET, HEAD", r.headers().firstValue("Allow").orElse(null));
      assertEquals(405, r.json().get("error").get("status").asInt());
      assertTrue(
          r.json().get("error").get("message").asText().startsWith(method + " is not allowed"));
    }
    ApiClient.Response admin =
        api.request(method.equals("POST") ? "PUT" : method, "/api/admin/reindex");
    assertEquals(405, admin.status(), admin.body());
    assertEquals("POST, GET, HEAD", admin.headers().firstValue("Allow").orElse(null));
    ApiClient.Response unknown = api.request(method, "/api/nothing-here");
    assertEquals(404, unknown.status());
    assertEquals(404, unknown.json().get("error").get("status").asInt());
  }

  /** Every route refuses parameters it does not take, the routes without any included. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/health?verbose=1",
        "/api/documents/x?fields=all",
        "/api/suggest?q=da&limit=3",
        "/api/search?seniorty=senior"
      })
  void unknownParametersAre400OnEveryRoute(String path) {
    ApiClient.Response r = api.get(path);
    assertEquals(400, r.status(), path + " -> " + r.body());
    assertTrue(
        r.json().get("error").get("message").asText().startsWith("unknown parameter '"), r.body());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"senior data",
        "senior)",
        "(senior",
        "AND senior",
        "senior AND",
        "title:senior",
        ":",
        "\"",
        "*",
        "senior~2",
        "[senior TO",
        "/regex/",
        "-",
        "+",
        "!",
        "&&",
        "||"
      })
  void queriesWithStraySyntaxStillSearch(String q) {
    ApiClient.Response r =
        api.get(
            "/api/search?q="
                + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(200, r.status(), q + " -> " + r.body());
    if (q.contains("senior")) {
      assertTrue(r.json().get("total").asLong() > 0, q + " found nothing");
    }
  }
}
