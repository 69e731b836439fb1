package careersearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /api/compare} on the real corpus. */
class CompareApiTest {
  static ApiClient api;

  @BeforeAll
  static void start() {
    api = RealCorpusServer.api();
  }

  static ApiClient.Response compare(String a, String b) {
    return api.get(
        "/api/compare?a="
            + URLEncoder.encode(a, StandardCharsets.UTF_8)
            + "&b="
            + URLEncoder.encode(b, StandardCharsets.UTF_8));
  }

  static JsonNode ok(String a, String b) {
    ApiClient.Response r = compare(a, b);
    assertEquals(200, r.status(), r.body());
    return r.json();
  }

  static List<String> ids(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.get("items").forEach(i -> ids.add(i.isTextual() ? i.asText() : i.get("id").asText()));
    return ids;
  }

  static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(t -> texts.add(t.asText()));
    return texts;
  }

  @Test
  void theArticlesTwoRolesComeWithTheArticlesContent() {
    JsonNode r = ok("Machine Learning Engineer", "Data Science Engineer");
    JsonNode a = r.get("a");
    JsonNode b = r.get("b");
    assertEquals("article", a.get("source").asText());
    assertEquals("article", b.get("source").asText());
    assertEquals(
        List.of(
            "Designing and implementing machine learning algorithms and models.",
            "Optimizing models for performance and scalability.",
            "Collaborating with data scientists to understand data requirements.",
            "Deploying machine learning models into production environments.",
            "Monitoring and maintaining model performance over time."),
        texts(a.get("responsibilities")));
    assertEquals(
        "Building and maintaining Data pipelines and ETL processes.",
        b.get("responsibilities").get(0).asText());
    assertTrue(a.get("description").asText().startsWith("A Machine Learning Engineer is a"));
    assertEquals(2, b.get("education").size());

    // tools: each role's article tool list plus the tools its skill statements name
    assertEquals(List.of("tool:python", "tool:r"), ids(r.get("tools").get("shared")));
    assertEquals(
        "Machine Learning Engineer: in the article's Machine Learning Engineer tools (Programming"
            + " Languages); Data Science Engineer: named in the article's skill \"Strong"
            + " programming skills in Python or R.\"",
        r.get("tools").get("shared").get("items").get(0).get("why").asText());
    assertEquals(
        List.of(
            "tool:java",
            "tool:cpp",
            "tool:tensorflow",
            "tool:keras",
            "tool:pytorch",
            "tool:scikit-learn",
            "tool:docker",
            "tool:kubernetes",
            "tool:aws-sagemaker",
            "tool:git",
            "tool:github",
            "tool:amazon-web-services-aws-software",
            "tool:microsoft-azure-software"),
        ids(r.get("tools").get("only_a")));
    assertEquals(
        List.of(
            "tool:sql",
            "tool:pandas",
            "tool:numpy",
            "tool:tableau",
            "tool:matplotlib",
            "tool:seaborn",
            "tool:apache-spark",
            "tool:hadoop",
            "tool:amazon-redshift",
            "tool:google-bigquery"),
        ids(r.get("tools").get("only_b")));
    assertEquals(0, r.get("skills").get("shared").get("count").asInt());
    assertEquals(
        List.of(
            "skill:machine-learning-engineer-1",
            "skill:machine-learning-engineer-2",
            "skill:machine-learning-engineer-3",
            "skill:machine-learning-engineer-4",
            "skill:machine-learning-engineer-5"),
        ids(r.get("skills").get("only_a")));
    assertEquals(5, r.get("skills").get("only_b").get("count").asInt());
    assertEquals(List.of("Programming Languages"), ids(r.get("skill_areas").get("shared")));
    assertEquals(
        List.of("Machine Learning Frameworks", "Deployment Tools", "Version Control"),
        ids(r.get("skill_areas").get("only_a")));

    // pay: the role's own title, or the titles of its occupation when the survey lacks it
    assertEquals(
        SalaryCsv.usd(row -> String.join(" ", row.words()).equals("machine learning engineer"))
            .length,
        a.get("salary").get("count").asInt());
    JsonNode bSalary = b.get("salary");
    java.util.Set<String> dataScientistTitles = OnetTitles.of("15-2051.00");
    assertEquals(0, bSalary.get("tried").get(0).get("count").asInt());
    assertEquals(
        SalaryCsv.usd(row -> dataScientistTitles.contains(String.join(" ", row.words()))).length,
        bSalary.get("count").asInt());
    assertEquals("occupation:15-2051.00", b.get("occupation").get("id").asText());
    // the seed posting of the roles' O*NET occupation
    assertEquals("job:4adbc9922647f505", a.get("postings").get(0).get("id").asText());
  }

  @Test
  void otherRolesComeFromOnetAndTheReports() {
    JsonNode r = ok("Data Scientist", "Software Engineer");
    JsonNode a = r.get("a");
    JsonNode b = r.get("b");
    assertEquals("onet", a.get("source").asText());
    assertEquals("occupation:15-2051.00", a.get("occupation").get("id").asText());
    assertEquals("occupation:15-1252.00", b.get("occupation").get("id").asText());
    assertEquals(
        "Analyze, manipulate, or process large sets of data using statistical software.",
        a.get("responsibilities").get(0).asText());
    assertEquals(10, b.get("responsibilities").size());
    assertEquals(
        SalaryCsv.usd(row -> String.join(" ", row.words()).equals("data scientist")).length,
        a.get("salary").get("count").asInt());
    assertEquals(
        SalaryCsv.usd(row -> String.join(" ", row.words()).equals("software engineer")).length,
        b.get("salary").get("count").asInt());
    int shared = r.get("tools").get("shared").get("count").asInt();
    assertEquals(
        a.get("tools_total").asInt(), shared + r.get("tools").get("only_a").get("count").asInt());
    assertEquals(
        b.get("tools_total").asInt(), shared + r.get("tools").get("only_b").get("count").asInt());
    assertTrue(ids(r.get("tools").get("shared")).contains("tool:python"));
    assertEquals(
        "job:4adbc9922647f505", a.get("postings").get(0).get("id").asText()); // its title matches
    assertEquals("its title is \"Data Scientist\"", a.get("postings").get(0).get("why").asText());

    // an O*NET code works as well, and a title only the salary survey knows
    JsonNode byCode = ok("15-2051.00", "AI Engineer");
    assertEquals("Data Scientists", byCode.get("a").get("role").asText());
    assertEquals("salary_reports", byCode.get("b").get("source").asText());
    assertTrue(byCode.get("b").get("occupation").isNull());
    assertEquals(
        SalaryCsv.usd(row -> String.join(" ", row.words()).equals("ai engineer")).length,
        byCode.get("b").get("salary").get("count").asInt());
  }

  @Test
  void unknownRolesAre404WithCloseTitles() {
    ApiClient.Response r = compare("Machine Learning Enginer", "Quantum Baker");
    assertEquals(404, r.status(), r.body());
    String message = r.json().get("error").get("message").asText();
    assertTrue(
        message.startsWith(
            "no role matches a='Machine Learning Enginer' (close titles: Machine Learning"
                + " Engineer, "),
        message);
    assertTrue(
        message.contains("no role matches b='Quantum Baker' (close titles: Bakers"), message);

    ApiClient.Response one = compare("Data Scientist", "Zzyzx");
    assertEquals(404, one.status());
    assertTrue(
        one.json().get("error").get("message").asText().startsWith("no role matches b='Zzyzx'. "),
        one.body());
  }

  @Test
  void missingOrUnknownParametersAre400() {
    ApiClient.Response missing = api.get("/api/compare?a=Data+Scientist");
    assertEquals(400, missing.status());
    assertEquals(
        "parameter 'b' is required: give two roles, e.g. a=Machine Learning Engineer&b=Data"
            + " Science Engineer",
        missing.json().get("error").get("message").asText());
    ApiClient.Response unknown = api.get("/api/compare?a=x&b=y&c=z");
    assertEquals(400, unknown.status());
    assertEquals(
        "unknown parameter 'c'; known parameters: a, b (two role titles)",
        unknown.json().get("error").get("message").asText());
  }
}
