package careersearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code related} and {@code insights} of {@code GET /api/documents/{id}} on the real corpus: the
 * exact linked documents of PyTorch, of the seed postings, of an occupation and of article parts;
 * pay percentiles checked against the salary CSV.
 */
class RelatedDocumentsApiTest {
  static ApiClient api;

  static final String DATA_ENGINEER = "job:4d483e706b3dfe7d";
  static final String SENIOR_DATA_SCIENTIST = "job:4adbc9922647f505";
  static final String PROFESSOR = "job:b3897937419a2550";
  static final String CLOUD_CONSULTANT_INTERN = "job:088874bd834f1f0d";
  static final String SDE_INTERN = "job:40d66c570d0f0926";

  @BeforeAll
  static void start() {
    api = RealCorpusServer.api();
  }

  static JsonNode document(String id) {
    return api.ok("/api/documents/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
  }

  /** name -> ids of each related list, in order. */
  static Map<String, List<String>> related(JsonNode doc) {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    doc.get("related")
        .fields()
        .forEachRemaining(
            e -> {
              List<String> ids = new ArrayList<>();
              e.getValue().forEach(item -> ids.add(item.get("id").asText()));
              lists.put(e.getKey(), ids);
            });
    return lists;
  }

  static List<String> whys(JsonNode doc, String list) {
    List<String> whys = new ArrayList<>();
    doc.get("related").get(list).forEach(item -> whys.add(item.get("why").asText()));
    return whys;
  }

  @Test
  void pytorch() {
    JsonNode doc = document("tool:pytorch");
    assertEquals("PyTorch", doc.get("title").asText()); // the stored document is still all there
    assertEquals(
        Map.of(
            "sections",
            List.of(
                "section:required-skills/machine-learning-engineer-skills",
                "section:tools-and-software-used/machine-learning-engineer-tools"),
            "skills",
            List.of("skill:machine-learning-engineer-2"),
            "occupations",
            List.of("occupation:15-1221.00", "occupation:15-2051.00"),
            "postings",
            List.of(),
            "used_with",
            List.of(
                "tool:mathematical-software",
                "tool:tensorflow",
                "tool:openai-chatgpt",
                "tool:apache-spark",
                "tool:scala",
                "tool:amazon-elastic-compute-cloud-ec2",
                "tool:elasticsearch",
                "tool:amazon-redshift",
                "tool:apache-kafka",
                "tool:mongodb")),
        related(doc));
    assertEquals(List.of("names \"PyTorch\"", "names \"PyTorch\""), whys(doc, "sections"));
    assertEquals(
        List.of("O*NET lists PyTorch for it (In Demand)", "O*NET lists PyTorch for it (In Demand)"),
        whys(doc, "occupations"));
    assertEquals(
        "listed with PyTorch by 2 of its 2 O*NET occupations (Computer and Information Research"
            + " Scientists, Data Scientists)",
        whys(doc, "used_with").get(1));
    JsonNode item = doc.get("related").get("skills").get(0);
    assertEquals("skill", item.get("type").asText());
    assertEquals(
        "Strong understanding of machine learning algorithms and frameworks (e.g., TensorFlow,"
            + " PyTorch).",
        item.get("title").asText());
    assertEquals(2, doc.get("insights").get("occupations_total").asInt());
    assertEquals(0, doc.get("insights").get("postings_total").asInt());
  }

  @Test
  void seniorDataScientistAtMurmuration() {
    JsonNode doc = document(SENIOR_DATA_SCIENTIST);
    assertEquals(
        Map.of(
            "tools",
            List.of(),
            "skills",
            List.of(),
            "occupation",
            List.of("occupation:15-2051.00")),
        related(doc));
    assertEquals(
        List.of(
            "\"Senior Data Scientist\" without level words and qualifiers is \"Data Scientists\","
                + " the O*NET title and alternate title of Data Scientists"),
        whys(doc, "occupation"));
    JsonNode match = doc.get("insights").get("occupation_match");
    assertEquals("Data Scientists", match.get("matched_title").asText());
    assertEquals("core", match.get("match").asText());
    // USD 120K-150K, no date: compared with senior "Data Scientist" reports of the latest year
    assertPay(
        doc,
        135_000,
        "reports titled \"Data Scientist\", senior level, 2025",
        row ->
            isTitle(row, "data scientist")
                && row.seniority().equals("senior")
                && row.year() == 2025);
    assertEquals(1, doc.get("insights").get("pay").get("tried").size());
  }

  @Test
  void dataEngineerAtMurmuration() {
    JsonNode doc = document(DATA_ENGINEER);
    assertEquals(
        Map.of(
            "tools",
            List.of(),
            "skills",
            List.of(),
            "occupation",
            List.of("occupation:15-1243.00")),
        related(doc));
    assertEquals(
        List.of(
            "\"Data Engineer\" is the O*NET reported title and alternate title of Database"
                + " Architects; 2 other occupations list it too; chosen because it lists it as"
                + " reported title"),
        whys(doc, "occupation"));
    assertPay(
        doc,
        115_000,
        "reports titled \"Data Engineer\", mid level, 2025",
        row ->
            isTitle(row, "data engineer") && row.seniority().equals("mid") && row.year() == 2025);
  }

  @Test
  void internPayBroadensUntilThereAreEnoughReports() {
    JsonNode doc = document(SDE_INTERN);
    assertEquals(
        Map.of(
            "tools",
            List.of(),
            "skills",
            List.of(),
            "occupation",
            List.of("occupation:15-1252.00")),
        related(doc));
    assertEquals(
        "Software Development Engineer",
        doc.get("insights").get("occupation_match").get("matched_title").asText());
    // entry level: none in 2025, 25 over all years (< 30); so every level and year
    JsonNode tried = doc.get("insights").get("pay").get("tried");
    assertEquals(0, tried.get(0).get("count").asInt());
    assertEquals(
        SalaryCsv.usd(
                row ->
                    isTitle(row, "software development engineer")
                        && row.seniority().equals("entry"))
            .length,
        tried.get(1).get("count").asInt());
    assertPay(
        doc,
        143_500,
        "reports titled \"Software Development Engineer\", all levels and years",
        row -> isTitle(row, "software development engineer"));
  }

  @Test
  void toolsInATitleAndTheSkillsThatNameThem() {
    JsonNode doc = document(CLOUD_CONSULTANT_INTERN);
    assertEquals(
        Map.of(
            "tools",
            List.of("tool:amazon-web-services-aws-software"),
            "skills",
            List.of("skill:machine-learning-engineer-4"),
            "occupation",
            List.of()),
        related(doc));
    assertEquals(List.of("named in the title (\"AWS\")"), whys(doc, "tools"));
    assertNull(doc.get("insights").get("occupation_match").textValue());
    JsonNode pay = doc.get("insights").get("pay");
    assertEquals(0, pay.get("count").asInt());
    assertTrue(pay.get("message").asText().startsWith("too few salary reports"), pay.toString());
    assertEquals(
        "reports titled \"Cloud Consultant\", entry level, 2025",
        pay.get("tried").get(0).get("basis").asText());
  }

  @Test
  void aTitleContainingACommonTitleUsesTheOtherWordsToChoose() {
    JsonNode doc = document(PROFESSOR);
    assertEquals(
        Map.of(
            "tools",
            List.of(),
            "skills",
            List.of(),
            "occupation",
            List.of("occupation:25-1022.00")),
        related(doc));
    JsonNode match = doc.get("insights").get("occupation_match");
    assertEquals("Professor", match.get("matched_title").asText());
    assertEquals("contained", match.get("match").asText());
    assertEquals(34, match.get("other_occupations_with_title").asInt());
  }

  @Test
  void occupation() {
    JsonNode doc = document("occupation:15-2051.00");
    Map<String, List<String>> related = related(doc);
    assertEquals(
        List.of(
            "tool:tensorflow",
            "tool:microsoft-power-bi",
            "tool:apache-spark",
            "tool:scala",
            "tool:docker",
            "tool:hadoop",
            "tool:git",
            "tool:microsoft-azure-software",
            "tool:amazon-web-services-aws-software",
            "tool:c"),
        related.get("hot_technologies"));
    assertEquals(
        "Hot Technology and In Demand for Data Scientists (O*NET); used by 4 occupations",
        whys(doc, "hot_technologies").get(0));
    assertEquals(10, related.get("related_occupations").size());
    assertEquals("occupation:15-2041.00", related.get("related_occupations").get(0));
    assertEquals(
        "O*NET related occupation (Primary-Short)", whys(doc, "related_occupations").get(0));
    assertEquals(List.of(SENIOR_DATA_SCIENTIST), related.get("postings"));
    assertEquals(
        "Analyze, manipulate, or process large sets of data using statistical software.",
        doc.get("insights").get("main_tasks").get(0).asText());
    assertEquals(5, doc.get("insights").get("main_tasks").size());
    JsonNode salary = doc.get("insights").get("salary");
    java.util.Set<String> dataScientistTitles = OnetTitles.of("15-2051.00");
    long[] usd = SalaryCsv.usd(row -> dataScientistTitles.contains(String.join(" ", row.words())));
    assertEquals(usd.length, salary.get("count").asInt());
    assertEquals(SalaryCsv.percentile(usd, 50), salary.get("median").asLong());
    assertEquals(
        "Data Scientist", salary.get("compared_with").get("titles").get(0).get("title").asText());
  }

  @Test
  void sectionsAndSkills() {
    JsonNode tools = document("section:tools-and-software-used/data-science-engineer-tools");
    assertEquals(
        Map.of(
            "tools",
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
            "skills",
            List.of(
                "skill:data-science-engineer-1",
                "skill:data-science-engineer-3",
                "skill:data-science-engineer-4"),
            "occupation",
            List.of("occupation:15-2051.00")),
        related(tools));
    assertEquals(
        "the section is about the Data Science Engineer role; \"Data Science Engineer\" is the"
            + " O*NET alternate title of Data Scientists",
        whys(tools, "occupation").get(0));

    JsonNode skills = document("section:required-skills/machine-learning-engineer-skills");
    assertEquals(
        List.of(
            "tool:python",
            "tool:java",
            "tool:cpp",
            "tool:tensorflow",
            "tool:pytorch",
            "tool:amazon-web-services-aws-software",
            "tool:microsoft-azure-software",
            "tool:git"),
        related(skills).get("tools"));
    assertEquals(
        List.of(
            "skill:machine-learning-engineer-1",
            "skill:machine-learning-engineer-2",
            "skill:machine-learning-engineer-3",
            "skill:machine-learning-engineer-4",
            "skill:machine-learning-engineer-5"),
        related(skills).get("skills"));
    assertEquals("listed in this section", whys(skills, "skills").get(0));

    // "Spark" is an everyday word, but as one of the statement's examples it is Apache Spark
    JsonNode bigData = document("skill:data-science-engineer-4");
    assertEquals(List.of("tool:hadoop", "tool:apache-spark"), related(bigData).get("tools"));
    assertEquals(List.of("names \"Hadoop\"", "names \"Spark\""), whys(bigData, "tools"));
    assertEquals(
        List.of("section:required-skills/data-science-engineer-skills"),
        related(bigData).get("sections"));

    // no tool in "artificial intelligence (AI)", no occupation without a role
    assertEquals(
        Map.of("tools", List.of(), "skills", List.of(), "occupation", List.of()),
        related(document("section:introduction")));
  }

  @Test
  void salaryReportsHaveNoLinksAndUnknownIdsStay404() {
    assertEquals(Map.of(), related(document("salary_report:1")));
    ApiClient.Response missing = api.get("/api/documents/tool:no-such-tool");
    assertEquals(404, missing.status());
    assertEquals(
        "no document with id 'tool:no-such-tool'",
        missing.json().get("error").get("message").asText());
  }

  static boolean isTitle(SalaryCsv.Row row, String words) {
    return String.join(" ", row.words()).equals(words);
  }

  /** The pay insight: midpoint, basis, count and percentile of the midpoint among those rows. */
  static void assertPay(
      JsonNode doc, long midpoint, String basis, Predicate<SalaryCsv.Row> reports) {
    JsonNode pay = doc.get("insights").get("pay");
    long[] usd = SalaryCsv.usd(reports);
    assertEquals(midpoint, pay.get("midpoint_usd_year").asLong());
    assertEquals(basis, pay.get("compared_with").get("basis").asText());
    assertEquals(usd.length, pay.get("count").asInt());
    assertEquals(SalaryCsv.percentile(usd, 50), pay.get("median").asLong());
    assertEquals(SalaryCsv.percentileRank(usd, midpoint), pay.get("percentile").asDouble());
  }
}
