package careersearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.schema.DocType;
import careersearch.schema.SalaryBand;
import careersearch.schema.Vocabulary;
import careersearch.server.api.SortOrder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random and hostile values for every parameter of every endpoint, over a real server on the small
 * {@link TestIndex}: the answer is always well-formed JSON, 2xx or 4xx and never 5xx; a 4xx body is
 * {@code {"error": {"status", "message"}}}; nothing a caller sends comes back as markup (no raw
 * {@code <} in any response body, snippets hold only {@code <mark>} tags); echoed values
 * round-trip.
 *
 * <p>Tries are bounded (a few hundred per property) to keep the suite fast; a failure prints the
 * seed, and jqwik retries that seed first on the next run.
 */
class HostileInputProperties {
  /** Strict parsing: one JSON value, no trailing garbage, no duplicate keys. */
  private static final ObjectMapper STRICT_JSON =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private static Path indexDir;
  private static ServerFixture server;
  private static Set<String> documentIds;

  @BeforeContainer
  static void start() throws IOException {
    indexDir = Files.createTempDirectory("careersearch-hostile");
    TestIndex.build(indexDir);
    server = new ServerFixture(indexDir, Duration.ofMinutes(10));
    documentIds =
        Stream.concat(
                TestIndex.JOBS.stream().map(j -> j.id()),
                Stream.of(TestIndex.PYTORCH.id(), TestIndex.SECTION.id()))
            .collect(Collectors.toCollection(java.util.HashSet::new));
    TestIndex.REPORTS.forEach(r -> documentIds.add(r.id()));
  }

  @AfterContainer
  static void stop() throws IOException {
    if (server != null) {
      server.close();
    }
    try (Stream<Path> walk = Files.walk(indexDir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  // ---- properties ----

  @Property(tries = 400)
  void searchAlwaysAnswersJsonAndNever5xx(@ForAll("searchParameters") List<Param> params) {
    Answer answer = get("/api/search", params);
    assertWellFormed(answer);
    if (answer.status() == 200) {
      assertSearchResponse(answer, params);
    }
  }

  @Property(tries = 300)
  void suggestAlwaysAnswersJsonAndNever5xx(@ForAll("suggestParameters") List<Param> params) {
    Answer answer = get("/api/suggest", params);
    assertWellFormed(answer);
    if (answer.status() == 200) {
      assertTrue(answer.json().get("suggestions").isArray(), answer.body());
      assertTrue(answer.json().get("query").isTextual(), answer.body());
    }
  }

  @Property(tries = 300)
  void documentsAnswerJsonForAnyId(@ForAll("hostile") String id) {
    Answer answer = send(HttpRequest.newBuilder(uri("/api/documents/" + pathSegment(id))));
    assertWellFormed(answer);
    if (documentIds.contains(id)) {
      assertEquals(200, answer.status(), answer.body());
    }
    if (answer.status() == 200) {
      assertEquals(id, answer.json().get("id").asText());
    }
  }

  @Property(tries = 200)
  void salariesAlwaysAnswerJsonAndNever5xx(@ForAll("salaryParameters") List<Param> params) {
    Answer answer = get("/api/salaries", params);
    assertWellFormed(answer);
    if (answer.status() == 200) {
      assertTrue(answer.json().get("count").isInt(), answer.body());
    }
  }

  @Property(tries = 200)
  void compareAlwaysAnswersJsonAndNever5xx(
      @ForAll("hostile") String a, @ForAll("hostile") String b) {
    Answer answer = get("/api/compare", List.of(new Param("a", a), new Param("b", b)));
    assertWellFormed(answer);
  }

  @Property(tries = 100)
  void healthRefusesAnyParameters(@ForAll("searchParameters") List<Param> params) {
    Answer answer = get("/api/health", params);
    assertWellFormed(answer);
    if (answer.status() == 414) {
      return; // parameters longer than Jetty's 8 KiB request URI
    }
    if (params.isEmpty()) {
      assertEquals(200, answer.status(), answer.body());
      assertEquals("ok", answer.json().get("status").asText());
    } else {
      assertEquals(400, answer.status(), answer.body());
    }
  }

  @Property(tries = 300)
  void adminRefusesEveryOtherToken(
      @ForAll("authorizations") String authorization,
      @ForAll("hostile") String body,
      @ForAll boolean post) {
    // HTTP trims whitespace around a header value: "Bearer <token> " is the token itself. Checked
    // here, not only in the generator, so that a replayed or shrunk sample cannot bypass it
    Assume.that(!authorization.strip().equalsIgnoreCase("Bearer " + ServerFixture.ADMIN_TOKEN));
    HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/admin/reindex"));
    if (post) {
      request.POST(HttpRequest.BodyPublishers.ofString(body));
    }
    if (!authorization.equals(NO_HEADER)) {
      request.header("Authorization", authorization);
    }
    Answer answer = send(request);
    assertWellFormed(answer);
    assertEquals(403, answer.status(), answer.body());
    assertEquals("idle", server.admin.status().get("state"), "a reindex was started");
  }

  @Property(tries = 300)
  void rawRequestTargetsAnswerJsonAndNever5xx(@ForAll("rawTargets") byte[] target)
      throws IOException {
    RawHttp.Response raw = RawHttp.get(server.app.port(), target);
    Answer answer = new Answer(raw.status(), raw.body(), parse(raw.body()), null);
    assertWellFormed(answer);
    assertTrue(
        raw.headers().getOrDefault("content-type", "").startsWith("application/json"),
        raw.headers().toString());
    assertEquals("nosniff", raw.headers().get("x-content-type-options"), raw.headers().toString());
  }

  @Property(tries = 100)
  void markupInTheQueryComesBackOnlyAsText(
      @ForAll("indexWords") String word, @ForAll("markup") String markup) {
    String q = word + " " + markup;
    Answer answer = get("/api/search", List.of(new Param("q", q)));
    assertEquals(200, answer.status(), answer.body());
    assertSearchResponse(answer, List.of(new Param("q", q)));
    assertTrue(answer.json().get("total").asLong() > 0, "the word should find something: " + q);
  }

  @Example
  void storedMarkupIsEscapedInSnippets() {
    // j1's description holds "<b>search</b>": only <mark> may come back as a tag
    List<Param> q = List.of(new Param("q", "search ranking <script>"));
    Answer answer = get("/api/search", q);
    assertWellFormed(answer);
    assertSearchResponse(answer, q);
    String snippet = answer.json().get("hits").get(0).get("snippet").asText();
    assertTrue(snippet.contains("&lt;b&gt;<mark>search</mark>"), snippet);
  }

  /** Each was found by the properties above; the comment says what it answered before. */
  @Example
  void regressionsFoundByTheseProperties() throws IOException {
    // was 500: the parameter parser leaves "q" with no value, suggest took the first of none
    assertMalformedEscape(raw("/api/suggest?q=%ZZ"), "query string");
    // was 200 browsing everything: the malformed parameter was silently dropped
    assertMalformedEscape(raw("/api/search?q=%ZZ"), "query string");
    // was 500: Jetty passes a malformed escape after ';', the path parameter parser threw
    assertMalformedEscape(raw("/api/documents/;a=b%0%C0"), "path");
    // were HTML pages written by Jetty
    Answer space = raw("/api/search?q=a b");
    assertEquals(400, space.status());
    assertWellFormed(space);
    Answer tooLong = raw("/api/search?q=" + "a".repeat(9000));
    assertEquals(414, tooLong.status());
    assertWellFormed(tooLong);
  }

  private static void assertMalformedEscape(Answer answer, String where) {
    assertWellFormed(answer);
    assertEquals(400, answer.status(), answer.body());
    String message = answer.json().get("error").get("message").asText();
    assertTrue(message.startsWith("malformed percent-encoding"), message);
    assertTrue(message.contains(where), message);
  }

  /** GET with the target sent byte for byte, as no URI class would let it through. */
  private static Answer raw(String target) throws IOException {
    RawHttp.Response r =
        RawHttp.get(server.app.port(), target.getBytes(StandardCharsets.ISO_8859_1));
    return new Answer(r.status(), r.body(), parse(r.body()), null);
  }

  // ---- HTTP semantics (issue 22) ----

  private static final List<String> GET_ROUTES =
      List.of(
          "/api/search",
          "/api/suggest",
          "/api/documents/j1",
          "/api/documents/nope",
          "/api/salaries",
          "/api/compare",
          "/api/health",
          "/api/admin/reindex");

  @Provide
  Arbitrary<String> getRoutes() {
    return Arbitraries.of(GET_ROUTES);
  }

  /** HEAD answers GET's status (and content type), with no body, whatever the route says. */
  @Property(tries = 150)
  void headAnswersWhatGetAnswers(
      @ForAll("getRoutes") String path, @ForAll("searchParameters") List<Param> params) {
    String target = target(path, params);
    Answer get = send(HttpRequest.newBuilder(uri(target)));
    Answer head = send(HttpRequest.newBuilder(uri(target)).method("HEAD", noBody()));
    assertEquals(get.status(), head.status(), target);
    assertEquals("", head.body(), target);
    assertEquals(
        get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"));
  }

  /** Another method on a GET route is a 405 with Allow; on an unknown path a 404; never 2xx/5xx. */
  @Property(tries = 150)
  void wrongMethodsAre405OnKnownPathsAnd404Elsewhere(
      @ForAll("wrongMethods") String method,
      @ForAll("getRoutes") String route,
      @ForAll boolean unknownPath) {
    Assume.that(!(method.equals("POST") && route.equals("/api/admin/reindex")));
    String path = unknownPath ? route + "/more/x" : route;
    Answer answer = send(HttpRequest.newBuilder(uri(path)).method(method, noBody()));
    assertWellFormed(answer);
    if (unknownPath) {
      assertEquals(404, answer.status(), method + " " + path);
    } else {
      assertEquals(405, answer.status(), method + " " + path + " " + answer.body());
      assertTrue(answer.headers().firstValue("Allow").orElse("").contains("GET"));
    }
  }

  /**
   * {@code a -b} finds a subset of what {@code a} finds, none of what {@code b} finds, and a word
   * minus itself finds nothing (issue 22: {@code -b} once widened {@code a} to everything but b).
   */
  @Property(tries = 100)
  void anExclusionOnlyNarrows(
      @ForAll("singleIndexWords") String a, @ForAll("singleIndexWords") String b) {
    Set<String> withA = hitIds(a);
    Set<String> withB = hitIds(b);
    Set<String> aMinusB = hitIds(a + " -" + b);
    assertTrue(withA.containsAll(aMinusB), a + " -" + b + ": " + aMinusB + " not within " + withA);
    Set<String> both = new java.util.HashSet<>(aMinusB);
    both.retainAll(withB);
    assertTrue(both.isEmpty(), a + " -" + b + " still finds " + both);
    assertEquals(Set.of(), hitIds(a + " -" + a), a + " -" + a);
  }

  /** Words every one of which the test index contains, so no spelling correction steps in. */
  @Provide
  Arbitrary<String> singleIndexWords() {
    return Arbitraries.of(
        "data",
        "engineer",
        "machine",
        "learning",
        "pytorch",
        "python",
        "spark",
        "analyst",
        "senior",
        "remote",
        "scientist",
        "paris",
        "tableau",
        "pipelines");
  }

  /** Every hit's id of a query (the test index has fewer documents than a page holds). */
  private static Set<String> hitIds(String q) {
    Answer answer = get("/api/search", List.of(new Param("q", q), new Param("size", "100")));
    assertEquals(200, answer.status(), q + ": " + answer.body());
    assertTrue(answer.json().get("total").asLong() <= 100, q);
    Set<String> ids = new java.util.TreeSet<>();
    answer.json().get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  @Provide
  Arbitrary<String> wrongMethods() {
    return Arbitraries.of("PUT", "DELETE", "PATCH", "POST", "OPTIONS", "TRACE-X", "PROPFIND");
  }

  /** A number with a sign, a space or a non-ASCII digit anywhere is a 400 naming the parameter. */
  @Property(tries = 200)
  void numbersAreAsciiDigitsOnly(
      @ForAll("numericParams") String param,
      @ForAll("digitStrings") String digits,
      @ForAll("notAsciiDigits") String intruder,
      @ForAll int position) {
    int at = Math.floorMod(position, digits.length() + 1);
    String value = digits.substring(0, at) + intruder + digits.substring(at);
    String path = param.equals("suggest size") ? "/api/suggest" : "/api/search";
    String name = param.equals("suggest size") ? "size" : param;
    Answer answer = get(path, List.of(new Param(name, value)));
    assertWellFormed(answer);
    assertEquals(400, answer.status(), name + "=" + value + " -> " + answer.body());
    assertTrue(
        answer.json().get("error").get("message").asText().startsWith(name + " must be"),
        answer.body());
  }

  @Provide
  Arbitrary<String> numericParams() {
    return Arbitraries.of("page", "size", "salary_min", "salary_max", "suggest size");
  }

  @Provide
  Arbitrary<String> digitStrings() {
    return Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(6);
  }

  @Provide
  Arbitrary<String> notAsciiDigits() {
    return Arbitraries.of(
        "+", "-", " ", "\t", "\uFF11", "\u0661", "\u06F5", "\u0966", "\u00B2", ".", "e", "_");
  }

  /** Every route refuses a parameter it does not take. */
  @Property(tries = 150)
  void unknownParametersAre400(
      @ForAll("getRoutes") String path, @ForAll("unknownNames") String name) {
    Answer answer = get(path, List.of(new Param(name, "1")));
    assertWellFormed(answer);
    assertEquals(400, answer.status(), path + "?" + name + " -> " + answer.body());
    assertTrue(
        answer.json().get("error").get("message").asText().startsWith("unknown parameter"),
        answer.body());
  }

  @Provide
  Arbitrary<String> unknownNames() {
    return Arbitraries.oneOf(
        Arbitraries.of("verbose", "Q", "pretty", "callback", "limit", "x", "q ", "_"),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(12).ofMaxLength(20));
  }

  /** A value over its limit gets a message that names that parameter. */
  @Property(tries = 60)
  void overlongValuesNameTheirParameter(
      @ForAll("overlong") Tuple.Tuple3<String, String, Integer> routeParamLimit,
      @ForAll("extra") int extra) {
    String path = routeParamLimit.get1();
    String name = routeParamLimit.get2();
    String value = "a".repeat(routeParamLimit.get3() + extra);
    List<Param> params = new java.util.ArrayList<>(List.of(new Param(name, value)));
    if (path.equals("/api/compare")) {
      params.add(new Param(name.equals("a") ? "b" : "a", "Data Scientist"));
    }
    Answer answer = get(path, params);
    assertWellFormed(answer);
    String message = answer.json().get("error").get("message").asText();
    if (answer.status() == 414 || answer.status() == 431) {
      // past Jetty's request line (or line and headers): the message names that limit, not
      // some route's parameter
      assertTrue(value.length() > 8_000, answer.body());
      assertTrue(message.contains("the request line"), message);
      assertTrue(message.contains("8192 bytes"), message);
      return;
    }
    assertEquals(400, answer.status(), answer.body());
    assertTrue(message.startsWith(name + " is "), answer.body());
  }

  @Provide
  Arbitrary<Tuple.Tuple3<String, String, Integer>> overlong() {
    return Arbitraries.of(
        Tuple.of("/api/search", "q", 1_000),
        Tuple.of("/api/suggest", "q", 100),
        Tuple.of("/api/salaries", "q", 1_000),
        Tuple.of("/api/compare", "a", 200),
        Tuple.of("/api/compare", "b", 200));
  }

  @Provide
  Arbitrary<Integer> extra() {
    // up to past the 8 KiB request line, where Jetty answers 414 before any route
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers().between(1, 2_000)),
        Tuple.of(1, Arbitraries.integers().between(8_000, 9_000)));
  }

  private static String target(String path, List<Param> params) {
    String query =
        params.stream()
            .map(
                p ->
                    URLEncoder.encode(p.name(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(p.value(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return path + (query.isEmpty() ? "" : "?" + query);
  }

  private static HttpRequest.BodyPublisher noBody() {
    return HttpRequest.BodyPublishers.noBody();
  }

  // ---- checks ----

  /** Any answer: 2xx or 4xx, JSON, the error shape for 4xx, security headers, no raw markup. */
  private static void assertWellFormed(Answer answer) {
    int status = answer.status();
    assertTrue(status >= 200 && status < 500, () -> "status " + status + ": " + answer.body());
    assertFalse(status >= 300 && status < 400, () -> "redirect: " + answer.body());
    assertNotNull(answer.json(), () -> "not JSON: " + answer.body());
    // whatever went in, no markup comes out: < > & are \\u escapes in every JSON string
    assertFalse(answer.body().contains("<"), () -> "raw '<' in " + answer.body());
    assertFalse(answer.body().contains("\u2028"), () -> "raw U+2028 in " + answer.body());
    if (answer.headers() != null) {
      assertTrue(
          answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
          answer.headers().toString());
      assertEquals(
          "nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(null), "header");
    }
    if (status >= 400) {
      JsonNode error = answer.json().get("error");
      assertNotNull(error, () -> "no error object: " + answer.body());
      assertEquals(Set.of("error"), fieldNames(answer.json()), answer.body());
      assertEquals(Set.of("status", "message"), fieldNames(error), answer.body());
      assertTrue(error.get("status").isInt(), answer.body());
      assertEquals(status, error.get("status").asInt(), answer.body());
      assertTrue(error.get("message").isTextual(), answer.body());
      assertFalse(error.get("message").asText().isBlank(), answer.body());
    }
  }

  /** A 200 search: its shape, snippets with only {@code <mark>} markup, q echoed as sent. */
  private static void assertSearchResponse(Answer answer, List<Param> params) {
    JsonNode json = answer.json();
    assertTrue(json.get("query").isObject(), answer.body());
    assertTrue(json.get("total").canConvertToLong() && json.get("total").asLong() >= 0);
    assertTrue(json.get("hits").isArray(), answer.body());
    assertTrue(json.get("facets").isObject(), answer.body());
    assertTrue(json.get("timed_out").isBoolean(), answer.body());
    for (JsonNode hit : json.get("hits")) {
      JsonNode snippet = hit.get("snippet");
      if (snippet != null && !snippet.isNull()) {
        String text = snippet.asText().replace("<mark>", "").replace("</mark>", "");
        assertFalse(
            text.contains("<") || text.contains(">"), () -> "markup in snippet: " + snippet);
      }
    }
    List<String> qs = params.stream().filter(p -> p.name().equals("q")).map(Param::value).toList();
    if (qs.size() == 1 && isWellFormedUtf16(qs.get(0))) {
      // what was asked comes back exactly, whatever its characters (as JSON, not as markup)
      assertEquals(qs.get(0).strip(), json.get("query").get("q").asText());
    }
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new java.util.TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** No unpaired surrogates: such a string has no UTF-8 form, URLEncoder sends '?' instead. */
  private static boolean isWellFormedUtf16(String s) {
    return StandardCharsets.UTF_8.newEncoder().canEncode(s);
  }

  // ---- HTTP ----

  record Param(String name, String value) {}

  record Answer(int status, String body, JsonNode json, HttpHeaders headers) {}

  private static Answer get(String path, List<Param> params) {
    String query =
        params.stream()
            .map(
                p ->
                    URLEncoder.encode(p.name(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(p.value(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(uri(path + (query.isEmpty() ? "" : "?" + query))));
  }

  private static URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.app.port() + pathAndQuery);
  }

  private static Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          HTTP.send(
              request.timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(
          response.statusCode(), response.body(), parse(response.body()), response.headers());
    } catch (IOException e) {
      throw new AssertionError("no answer: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static JsonNode parse(String body) {
    try {
      return STRICT_JSON.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  /** Percent-encodes every UTF-8 byte but the unreserved characters of RFC 3986. */
  private static String pathSegment(String s) {
    StringBuilder out = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return out.toString();
  }

  // ---- generators ----

  /** Pieces of hostile input: query syntax, markup, odd Unicode, encodings, numbers. */
  private static final List<String> FRAGMENTS =
      List.of(
          "*",
          "?",
          "~",
          "~2",
          "^3",
          "/regex/",
          "/.*/",
          "field:",
          "title:senior",
          "type:job",
          ":",
          "(((((",
          ")))))",
          "(((((((((((((((((((((((((((((((((((((((((((",
          "\"",
          "\"\"",
          "\"senior",
          "\\",
          "\\\\",
          "\\\"",
          "AND",
          "OR",
          "NOT",
          "&&",
          "||",
          "!",
          "+",
          "-",
          "-senior",
          "+data",
          "[a TO z]",
          "{a TO z}",
          "a*",
          "d*",
          "da*",
          "*data",
          "?ata",
          "data~",
          "data~0.5",
          "{",
          "}",
          "[",
          "]",
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>",
          "</mark>",
          "<mark>",
          "&lt;",
          "&amp;",
          "&#60;",
          "javascript:",
          "%",
          "%25",
          "%00",
          "%ZZ",
          "+",
          "&",
          "=",
          "#",
          "\u0000",
          "\u0001",
          "\u001f",
          "\u007f",
          "\t",
          "\n",
          "\r\n",
          "\u00a0",
          "\u2003",
          "\u3000",
          "\u200b",
          "\u200e",
          "\u202e",
          "\ufeff",
          "\ufffd",
          "\uffff",
          "\ud800",
          "\udfff",
          "\ud83d\ude00",
          "\ud83d",
          "é",
          "e\u0301",
          "ß",
          "İ",
          "ǅ",
          "ﬃ",
          "Ⅻ",
          "١٢٣",
          "数据",
          "ا",
          "\u2028",
          "\u2029",
          "senior",
          "data",
          "engineer",
          "pytorch",
          "remote",
          "machine learning",
          "over 150k",
          "100-150k",
          "$150k+",
          "under 80k",
          ">= 90000",
          "between 1 and 2",
          "99999999999999999999999999k to 999999999999999999999999999999k",
          "1e400k",
          "-1",
          "0",
          "NaN",
          "null",
          "undefined",
          "true",
          "' OR '1'='1",
          "; DROP TABLE",
          "${jndi:ldap://x}",
          "{{7*7}}",
          "../../etc/passwd",
          "..",
          "/",
          "//",
          "C++",
          "C#",
          ".NET",
          "node.js");

  @Provide
  Arbitrary<String> hostile() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.strings().all().ofMaxLength(40)),
        Tuple.of(4, fragmentText()),
        Tuple.of(1, Arbitraries.strings().ascii().ofMinLength(990).ofMaxLength(1010)),
        Tuple.of(1, Arbitraries.strings().all().ofMinLength(200).ofMaxLength(1200)),
        Tuple.of(1, words(60, 70)),
        Tuple.of(
            1,
            Arbitraries.strings()
                .withChars(' ', '\t', '\n', '\r', '\u00a0', '\u2003', '\u3000', '\u001c')
                .ofMaxLength(8)),
        Tuple.of(2, numbers()),
        Tuple.of(1, Arbitraries.just("")));
  }

  /** Fragments glued by random separators: "senior AND (((( /regex/ %00". */
  private Arbitrary<String> fragmentText() {
    Arbitrary<String> sep = Arbitraries.of(" ", "", "  ", "\t", "+", ",", "&", "=");
    return Combinators.combine(
            Arbitraries.of(FRAGMENTS).list().ofMinSize(1).ofMaxSize(8), sep.list().ofSize(8))
        .as(
            (parts, seps) -> {
              StringBuilder s = new StringBuilder();
              for (int i = 0; i < parts.size(); i++) {
                s.append(parts.get(i)).append(seps.get(i));
              }
              return s.toString();
            });
  }

  /** Many short words around the 64-word limit. */
  private Arbitrary<String> words(int min, int max) {
    return Arbitraries.of("ml", "ai", "data", "a", "senior", "mle", "etl", "x", "*", "\"")
        .list()
        .ofMinSize(min)
        .ofMaxSize(max)
        .map(w -> String.join(" ", w));
  }

  @Provide
  Arbitrary<String> numbers() {
    return Arbitraries.oneOf(
        Arbitraries.integers().map(String::valueOf),
        Arbitraries.longs().map(String::valueOf),
        Arbitraries.integers().between(-3, 120).map(String::valueOf),
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(30),
        Arbitraries.of(
            "-0",
            "+1",
            " 7 ",
            "1e3",
            "0x1F",
            "1.5",
            "1,000",
            "١٢",
            "²",
            "2147483648",
            "-2147483649",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775808",
            "NaN",
            "Infinity",
            "100000",
            "10000",
            "101",
            "100",
            "1",
            "0"));
  }

  /** A value fit for the parameter: valid values often enough to reach the search itself. */
  private Arbitrary<String> valueFor(String name) {
    Arbitrary<String> valid =
        switch (name) {
          case "type" -> Arbitraries.of(Arrays.stream(DocType.values()).map(DocType::key).toList());
          case "seniority" -> Arbitraries.of(Vocabulary.SENIORITY);
          case "employment" -> Arbitraries.of(Vocabulary.EMPLOYMENT);
          case "remote" -> Arbitraries.of(Vocabulary.REMOTE);
          case "salary_band" ->
              Arbitraries.of(Arrays.stream(SalaryBand.values()).map(SalaryBand::key).toList());
          case "company" -> Arbitraries.of("Acme", "Beta", "Gamma", "Nobody", "acme");
          case "location" -> Arbitraries.of("Berlin", "Paris", "New York", "Mars");
          case "role", "category" ->
              Arbitraries.of("Machine Learning Engineer", "Machine Learning Frameworks", "x");
          case "sort" -> Arbitraries.of(SortOrder.keys());
          case "strict" -> Arbitraries.of("true", "false", "1", "0", "yes", "no", "TRUE", "");
          case "page", "size" -> Arbitraries.integers().between(1, 12).map(String::valueOf);
          case "salary_min", "salary_max" ->
              Arbitraries.of("0", "50000", "100000", "150000", "999999999");
          case "q" -> fragmentText();
          default -> hostile();
        };
    Arbitrary<String> other =
        switch (name) {
          case "page", "size", "salary_min", "salary_max" -> numbers();
          default -> hostile();
        };
    return Arbitraries.frequencyOf(Tuple.of(3, valid), Tuple.of(2, other));
  }

  private static final List<String> SEARCH_PARAMS =
      List.of(
          "q",
          "type",
          "seniority",
          "employment",
          "remote",
          "company",
          "location",
          "role",
          "category",
          "salary_band",
          "salary_min",
          "salary_max",
          "sort",
          "page",
          "size",
          "strict");

  @Provide
  Arbitrary<List<Param>> searchParameters() {
    Arbitrary<String> names =
        Arbitraries.frequencyOf(
            Tuple.of(12, Arbitraries.of(SEARCH_PARAMS)),
            Tuple.of(1, hostile()),
            Tuple.of(1, Arbitraries.of("Q", "q ", "page[]", "size.1", "", "_", "strict\u0000")));
    return param(names).list().ofMaxSize(6);
  }

  @Provide
  Arbitrary<List<Param>> suggestParameters() {
    Arbitrary<String> names =
        Arbitraries.frequencyOf(Tuple.of(10, Arbitraries.of("q", "size")), Tuple.of(1, hostile()));
    return param(names).list().ofMaxSize(4);
  }

  @Provide
  Arbitrary<List<Param>> salaryParameters() {
    Arbitrary<String> names =
        Arbitraries.frequencyOf(
            Tuple.of(
                10, Arbitraries.of("q", "seniority", "employment", "remote", "location", "year")),
            Tuple.of(1, hostile()));
    return param(names).list().ofMaxSize(5);
  }

  private Arbitrary<Param> param(Arbitrary<String> names) {
    return names.flatMap(
        name ->
            Arbitraries.frequencyOf(
                    Tuple.of(5, valueFor(name)),
                    Tuple.of(1, Arbitraries.of("py", "da", "ma", "senior")))
                .map(value -> new Param(name, value)));
  }

  private static final String NO_HEADER = "(no Authorization header)";

  @Provide
  Arbitrary<String> authorizations() {
    Arbitrary<String> token =
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(64)),
            Tuple.of(
                1,
                Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1000).ofMaxLength(4000)),
            Tuple.of(
                2,
                Arbitraries.of(
                    "",
                    " ",
                    "test-admin-toke",
                    "test-admin-token ",
                    " test-admin-token",
                    "TEST-ADMIN-TOKEN",
                    "test-admin-tokenX",
                    "test-admin-token\t",
                    "null")));
    return Arbitraries.frequencyOf(
            Tuple.of(6, token.map(t -> "Bearer " + t)),
            Tuple.of(1, token),
            Tuple.of(1, token.map(t -> "bearer " + t)),
            Tuple.of(1, token.map(t -> "Basic " + t)),
            Tuple.of(1, Arbitraries.just("Bearer")),
            Tuple.of(1, Arbitraries.just(NO_HEADER)))
        .filter(a -> !a.strip().equalsIgnoreCase("Bearer " + ServerFixture.ADMIN_TOKEN));
  }

  /** Request targets as raw bytes, including what no URI may contain. */
  @Provide
  Arbitrary<byte[]> rawTargets() {
    Arbitrary<String> prefix =
        Arbitraries.of(
            "/api/search?",
            "/api/search?q=",
            "/api/suggest?q=",
            "/api/documents/",
            "/api/health?",
            "/api/admin/reindex?",
            "/api/",
            // not "/": outside /api the web interface's page and assets are served as HTML
            "/api/nothing/",
            "/api/search?size=",
            "/api/documents/j1");
    Arbitrary<byte[]> piece =
        Arbitraries.oneOf(
            Arbitraries.of(
                    "%",
                    "%Z",
                    "%ZZ",
                    "%0",
                    "%00",
                    "%ED%A0%80",
                    "%C0%AF",
                    "%FF",
                    "%E2%82",
                    "%25",
                    "%2F",
                    "%5C",
                    "%2e%2e",
                    "%3Cscript%3E",
                    "&",
                    "=",
                    "==",
                    "&&",
                    "q=",
                    "size=",
                    "page=",
                    "strict=",
                    "?",
                    "#",
                    "..",
                    "/",
                    "//",
                    ";",
                    ";a=b",
                    "+",
                    "%2B",
                    "%u0041",
                    "%%",
                    "%20",
                    "data",
                    "senior",
                    "%E6%95%B0")
                .map(s -> s.getBytes(StandardCharsets.US_ASCII)),
            Arbitraries.strings()
                .withCharRange('!', '~')
                .ofMinLength(1)
                .ofMaxLength(3)
                .map(s -> s.getBytes(StandardCharsets.US_ASCII)),
            // raw bytes that must be escaped in a URI: high bytes, controls (no CR/LF), space
            Arbitraries.integers()
                .between(0, 255)
                .filter(b -> b != '\r' && b != '\n')
                .map(b -> new byte[] {(byte) (int) b}));
    return Combinators.combine(prefix, piece.list().ofMaxSize(10))
        .as(
            (p, pieces) -> {
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              out.writeBytes(p.getBytes(StandardCharsets.US_ASCII));
              pieces.forEach(out::writeBytes);
              return out.toByteArray();
            });
  }

  @Provide
  Arbitrary<String> indexWords() {
    return Arbitraries.of("data", "engineer", "machine learning", "pytorch", "scientist", "senior");
  }

  @Provide
  Arbitrary<String> markup() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "\"><svg/onload=alert(1)>",
            "</mark><script>",
            "<mark>data</mark>",
            "<b>search</b>",
            "&lt;script&gt;",
            "<!--",
            "<![CDATA[",
            "<style>*{}</style>",
            "</title><script>"),
        Arbitraries.strings().withChars("<>&'\"/=data ").ofMinLength(1).ofMaxLength(30));
  }
}
