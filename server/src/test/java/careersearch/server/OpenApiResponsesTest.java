package careersearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import careersearch.schema.DocType;
import careersearch.schema.FacetDim;
import careersearch.schema.SalaryBand;
import careersearch.schema.Vocabulary;
import careersearch.server.api.Near;
import careersearch.server.api.SortOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real responses checked against the schemas of the OpenAPI document served at {@code
 * /api/openapi.json}: this class's own requests over every route and error, and the JSON answers
 * that the suites run before it in this JVM received (see {@link Exchanges}). A field the code adds
 * or drops without the document fails here.
 */
class OpenApiResponsesTest extends TestIndexServer {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static JsonNode doc;
  private static final Map<String, JsonSchema> SCHEMAS = new HashMap<>();

  @BeforeAll
  static void readDocument() throws IOException {
    try (InputStream in = OpenApiResponsesTest.class.getResourceAsStream("/openapi.json")) {
      doc = JSON.readTree(in);
    }
  }

  @Test
  void isServedAsKeptInTheRepository() {
    ApiClient.Response r = api.get("/api/openapi.json");
    assertEquals(200, r.status());
    assertEquals(doc, r.json());
    assertEquals("3.1.0", doc.get("openapi").asText());
    assertEquals(400, api.get("/api/openapi.json?x=1").status());
  }

  @Test
  void everyDocumentedRouteAnswersAndEveryOperationSaysItsResponses() {
    for (Iterator<String> paths = doc.get("paths").fieldNames(); paths.hasNext(); ) {
      String path = paths.next();
      JsonNode item = doc.get("paths").get(path);
      for (Iterator<String> methods = item.fieldNames(); methods.hasNext(); ) {
        JsonNode op = item.get(methods.next());
        assertNotNull(op.get("operationId"), path);
        assertTrue(op.get("responses").has("400") || op.get("responses").has("403"), path);
      }
      ApiClient.Response head = api.request("HEAD", path.replace("{id}", "j1"));
      assertTrue(head.status() != 404 || path.equals("/metrics"), path + " " + head.status());
    }
  }

  @Test
  void aFieldTheDocumentDoesNotListFails() throws IOException {
    List<String> problems = new ArrayList<>();
    JsonNode search = api.ok("/api/search?q=data").deepCopy(); // the suites keep the original
    ((ObjectNode) search).put("new_field", 1);
    ((ObjectNode) search.get("hits").get(0)).put("new_hit_field", "x");
    check("GET", "/api/search", 200, search, problems);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("new_field"), problems.get(0));
    assertTrue(problems.get(0).contains("new_hit_field"), problems.get(0));
    problems.clear();
    check("GET", "/api/nothing", 404, JSON.readTree("{\"error\":{\"status\":404}}"), problems);
    assertEquals(1, problems.size(), "the error shape needs a message");
  }

  @Test
  void parameterEnumsAreTheSchemaVocabulary() {
    Map<String, JsonNode> params = params("/api/search");
    assertEquals(DocType.keys(), enumOf(params.get("type")));
    assertEquals(Vocabulary.SENIORITY, enumOf(params.get("seniority")));
    assertEquals(Vocabulary.EMPLOYMENT, enumOf(params.get("employment")));
    assertEquals(Vocabulary.REMOTE, enumOf(params.get("remote")));
    assertEquals(SalaryBand.keys(), enumOf(params.get("salary_band")));
    assertEquals(
        Arrays.stream(SortOrder.values()).map(SortOrder::key).toList(), enumOf(params.get("sort")));
    assertEquals(
        careersearch.server.api.SearchRequestParser.MAX_SIZE,
        params.get("size").get("schema").get("maximum").asInt());
    assertEquals(
        careersearch.server.api.SearchRequestParser.MAX_QUERY_LENGTH,
        params.get("q").get("schema").get("maxLength").asInt());
    for (FacetDim dim : FacetDim.values()) {
      assertTrue(params.containsKey(dim.param()), "filter " + dim.param() + " is not documented");
    }
    JsonNode withinKm = params.get("within_km").get("schema");
    assertEquals(Near.MIN_KM, withinKm.get("minimum").asInt());
    assertEquals(Near.MAX_KM, withinKm.get("maximum").asInt());
    assertEquals(Near.DEFAULT_KM, withinKm.get("default").asInt());
  }

  @Test
  void smallIndexResponsesMatchTheirSchemas() {
    String auth = "Bearer " + ServerFixture.ADMIN_TOKEN;
    List<String> problems = new ArrayList<>();
    for (String path :
        List.of(
            "/api/search",
            "/api/search?q=engineer&size=2",
            "/api/search?q=scientsit",
            "/api/search?q=data+-intern&strict=true",
            "/api/search?q=remote+senior+python",
            "/api/search?q=data&type=job&seniority=senior&remote=remote&sort=salary_desc&size=3",
            "/api/search?salary_min=90000&salary_max=200000&sort=date_desc",
            "/api/search?type=salary_report&salary_band=100k-150k",
            "/api/search?size=0",
            "/api/search?sort=nope",
            "/api/search?nope=1",
            "/api/suggest?q=dat",
            "/api/suggest?q=ma&size=3",
            "/api/suggest",
            "/api/documents/j1",
            "/api/documents/j5",
            "/api/documents/no-such-document",
            "/api/health",
            "/api/health?x=1",
            "/api/nothing",
            "/api/admin/reindex",
            "/api/openapi.json?x=1")) {
      ApiClient.Response r = api.get(path, "Authorization", auth);
      check("GET", path, r.status(), r.json(), problems);
    }
    ApiClient.Response noToken = api.get("/metrics");
    check("GET", "/metrics", noToken.status(), noToken.json(), problems);
    ApiClient.Response post = api.post("/api/search", null, "");
    check("POST", "/api/search", post.status(), post.json(), problems);
    assertEquals(List.of(), problems);
  }

  @Test
  void realCorpusResponsesMatchTheirSchemas() {
    ApiClient real = RealCorpusServer.api();
    List<String> problems = new ArrayList<>();
    List<String> paths =
        new ArrayList<>(
            List.of(
                "/api/search?q=python&size=5",
                "/api/search?q=pytorhc",
                "/api/search?q=machine+learning+engineer+remote&size=20",
                "/api/documents/tool:pytorch",
                "/api/documents/occupation:15-2051.00",
                "/api/documents/tool:no-such-tool",
                "/api/salaries",
                "/api/salaries?q=data+scientist",
                "/api/salaries?seniority=senior&year=2024",
                "/api/salaries?q=prompt+engineer&seniority=executive&year=2025",
                "/api/salaries?location=XX",
                "/api/compare?a=Data+Scientist&b=Data+Engineer",
                "/api/compare?a=Data+Scientist",
                "/api/compare?a=x&b=y&c=z",
                "/api/health",
                // places (issue 19): radius, distance sort, place chips and facets, their 400s
                "/api/search?near=Seattle%2C+WA&within_km=50",
                "/api/search?q=engineer&near=47.6062%2C-122.3321&within_km=1000&sort=distance",
                "/api/search?q=data+engineer+canada",
                "/api/search?q=engineer+seattle+wa",
                "/api/search?q=texas",
                "/api/search?q=bay+area+engineer",
                "/api/search?type=job&country=US&city=Seattle%2C+WA%2C+US",
                "/api/search?near=Seatle",
                "/api/search?near=Canada",
                "/api/search?near=95%2C10",
                "/api/search?near=Seattle&within_km=0",
                "/api/search?within_km=10",
                "/api/search?sort=distance"));
    for (String type : DocType.keys()) {
      JsonNode hits = real.ok("/api/search?q=data&size=3&type=" + type).get("hits");
      for (JsonNode hit : hits) {
        paths.add(
            "/api/documents/" + URLEncoder.encode(hit.get("id").asText(), StandardCharsets.UTF_8));
      }
    }
    for (String path : paths) {
      ApiClient.Response r = real.get(path);
      check("GET", path, r.status(), r.json(), problems);
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theCheckedResponsesCarryThePlaceFields() {
    // the schemas above can only check what the responses hold: make sure they hold these
    JsonNode near = RealCorpusServer.api().ok("/api/search?near=Seattle%2C+WA&sort=distance");
    assertTrue(near.get("total").asInt() > 0, near.toString());
    JsonNode hit = near.get("hits").get(0);
    assertTrue(hit.get("distance_km").isNumber(), hit.toString());
    assertTrue(hit.get("place").has("city_key"), hit.toString());
    assertEquals(50, near.get("query").get("near").get("within_km").asInt());
    assertTrue(near.get("facets").has("country") && near.get("facets").has("city"));
    Set<String> dimensions = new TreeSet<>();
    for (String q : List.of("data+engineer+canada", "engineer+seattle+wa", "texas", "bay+area")) {
      RealCorpusServer.api()
          .ok("/api/search?q=" + q)
          .get("query")
          .get("interpreted")
          .forEach(chip -> dimensions.add(chip.get("dimension").asText()));
    }
    assertTrue(
        dimensions.containsAll(List.of("country", "city", "region", "metro")),
        dimensions.toString());
  }

  @Test
  void responsesOfTheSuitesRunBeforeMatchTheirSchemas() {
    List<String> problems = new ArrayList<>();
    for (Exchanges.Exchange e : Exchanges.all()) {
      check(e.method(), e.path(), e.status(), e.json(), problems);
    }
    assertEquals(List.of(), problems.stream().distinct().limit(30).toList());
  }

  /** Adds what is wrong with one response to {@code problems}. */
  private static void check(
      String method, String pathAndQuery, int status, JsonNode body, List<String> problems) {
    String path = pathAndQuery.split("\\?", 2)[0];
    String what = method + " " + pathAndQuery + " -> " + status;
    if (method.equals("HEAD") || body == null) {
      return; // no body to check (HEAD, /metrics' text)
    }
    String template = template(path);
    JsonNode response =
        template == null
            ? null
            : doc.at(
                "/paths/"
                    + pointer(template)
                    + "/"
                    + method.toLowerCase(java.util.Locale.ROOT)
                    + "/responses/"
                    + status);
    String schemaRef;
    if (response == null || response.isMissingNode()) {
      if (status < 400) {
        problems.add(what + ": status not in the document");
        return;
      }
      schemaRef = "#/components/schemas/Error"; // unknown routes and methods: the error shape
    } else {
      if (response.has("$ref")) {
        response = doc.at(response.get("$ref").asText().substring(1));
      }
      schemaRef = response.at("/content/application~1json/schema/$ref").asText();
    }
    Set<ValidationMessage> errors = schema(schemaRef).validate(body);
    if (!errors.isEmpty()) {
      problems.add(
          what
              + ": "
              + errors.stream()
                  .map(ValidationMessage::getMessage)
                  .collect(Collectors.toCollection(TreeSet::new)));
    }
  }

  private static synchronized JsonSchema schema(String ref) {
    return SCHEMAS.computeIfAbsent(
        ref,
        r -> {
          ObjectNode root = JSON.createObjectNode();
          root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
          root.put("$ref", r);
          root.set("components", doc.get("components"));
          return FACTORY.getSchema(root);
        });
  }

  /** The documented path template a request path falls under, or null. */
  private static String template(String path) {
    for (Iterator<String> it = doc.get("paths").fieldNames(); it.hasNext(); ) {
      String template = it.next();
      String regex = template.replaceAll("\\{[^/]+}", "[^/]+");
      if (path.matches(regex)) {
        return template;
      }
    }
    return null;
  }

  private static String pointer(String template) {
    return template.replace("~", "~0").replace("/", "~1");
  }

  private static Map<String, JsonNode> params(String path) {
    Map<String, JsonNode> byName = new HashMap<>();
    doc.at("/paths/" + pointer(path) + "/get/parameters")
        .forEach(p -> byName.put(p.get("name").asText(), p));
    return byName;
  }

  private static List<String> enumOf(JsonNode param) {
    JsonNode schema = param.get("schema");
    JsonNode values = schema.has("items") ? schema.get("items").get("enum") : schema.get("enum");
    if (values == null) {
      fail("no enum in " + param);
    }
    List<String> out = new ArrayList<>();
    values.forEach(v -> out.add(v.asText()));
    return out;
  }
}
