package careersearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import careersearch.indexer.IndexSession;
import careersearch.indexer.generator.JobDocument;
import careersearch.indexer.generator.OccupationDocument;
import careersearch.indexer.generator.SalaryReportDocument;
import careersearch.indexer.generator.ToolDocument;
import careersearch.indexer.model.JobPosting;
import careersearch.indexer.model.Occupation;
import careersearch.indexer.model.Salary;
import careersearch.indexer.model.SalaryReport;
import careersearch.indexer.model.Tool;
import careersearch.indexer.model.Tool.ToolOccupation;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links through postings, over a small hand-made index (the corpus's seed postings name no tools in
 * skills or descriptions): which postings ask for a tool and where, tools asked for together, the
 * postings of an occupation, and a posting's pay percentile among made-up reports.
 *
 * <pre>
 * id  title                             skills            description                      posted
 * k1  Senior Machine Learning Engineer  PyTorch, python   ... PyTorch on Kubernetes.       2026-01-10
 * k2  Data Scientist                    -                 ... pytorch and Apache Spark.    2025-05-01
 * k3  PyTorch Engineer                  -                 -                                2025-01-01
 * k4  Software Engineer                 Kubernetes, Python -                               2025-03-01
 * </pre>
 */
class RelatedPostingsApiTest {
  @TempDir static Path indexDir;
  static ServerFixture server;
  static ApiClient api;

  @BeforeAll
  static void start() throws Exception {
    try (IndexSession session = IndexSession.open(indexDir, OpenMode.CREATE)) {
      ToolOccupation ds = new ToolOccupation("15-2051.00", "Data Scientists", false, true);
      ToolOccupation dev = new ToolOccupation("15-1252.00", "Software Developers", true, true);
      session.add(ToolDocument.build(tool("tool:pytorch", "PyTorch", ds)));
      session.add(ToolDocument.build(tool("tool:python", "Python", ds, dev)));
      session.add(ToolDocument.build(tool("tool:kubernetes", "Kubernetes", dev)));
      session.add(ToolDocument.build(tool("tool:apache-spark", "Apache Spark", ds)));
      session.add(
          OccupationDocument.build(
              occupation(
                  "15-2051.00",
                  "Data Scientists",
                  List.of("Data Scientist", "Machine Learning Engineer"),
                  List.of())));
      session.add(
          OccupationDocument.build(
              occupation(
                  "15-1252.00",
                  "Software Developers",
                  List.of("Software Engineer"),
                  List.of("Software Engineer"))));
      session.add(
          JobDocument.build(
              job(
                  "k1",
                  "Senior Machine Learning Engineer",
                  "senior",
                  120_000,
                  160_000,
                  "2026-01-10",
                  "Train models with PyTorch on Kubernetes.",
                  List.of("PyTorch", "python"))));
      session.add(
          JobDocument.build(
              job(
                  "k2",
                  "Data Scientist",
                  "mid",
                  90_000,
                  110_000,
                  "2025-05-01",
                  "We use pytorch and Apache Spark.",
                  List.of())));
      session.add(
          JobDocument.build(
              job(
                  "k3",
                  "PyTorch Engineer",
                  "mid",
                  100_000,
                  100_000,
                  "2025-01-01",
                  null,
                  List.of())));
      session.add(
          JobDocument.build(
              job(
                  "k4",
                  "Software Engineer",
                  "mid",
                  100_000,
                  120_000,
                  "2025-03-01",
                  null,
                  List.of("Kubernetes", "Python"))));
      // 40 senior Machine Learning Engineer reports of 2025: 120,000 to 159,000 in steps of 1,000
      for (int i = 0; i < 40; i++) {
        long usd = 120_000 + i * 1_000L;
        session.add(
            SalaryReportDocument.build(
                new SalaryReport(
                    "salary_report:" + (i + 1),
                    2025,
                    "Machine Learning Engineer",
                    "senior",
                    "full_time",
                    "remote",
                    100,
                    "US",
                    "US",
                    "M",
                    usd,
                    "USD",
                    usd)));
      }
      session.commit(Map.of());
    }
    server = new ServerFixture(indexDir, Duration.ofSeconds(5));
    api = server.api;
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  static Tool tool(String id, String name, ToolOccupation... occupations) {
    return new Tool(id, name, List.of(), List.of(), List.of(occupations), List.of(name));
  }

  static Occupation occupation(
      String code, String title, List<String> alternate, List<String> reported) {
    return new Occupation(
        code,
        title,
        title + " do things.",
        alternate,
        reported,
        List.of("A task."),
        4,
        null,
        List.of());
  }

  static JobPosting job(
      String id,
      String title,
      String seniority,
      long min,
      long max,
      String posted,
      String description,
      List<String> skills) {
    return new JobPosting(
        id,
        title,
        "Acme",
        "Berlin",
        "remote",
        List.of("full_time"),
        seniority,
        new Salary(min, max, "USD", "year", min, max),
        LocalDate.parse(posted),
        null,
        description,
        null,
        skills,
        "test");
  }

  static List<String> list(JsonNode doc, String name, String field) {
    List<String> values = new java.util.ArrayList<>();
    doc.get("related").get(name).forEach(i -> values.add(i.get(field).asText()));
    return values;
  }

  @Test
  void postingsAskingForATool() {
    JsonNode doc = api.ok("/api/documents/tool:pytorch");
    // skills before title before description; "pytorch" in lower case in free text is no name
    assertEquals(List.of("k1", "k3"), list(doc, "postings", "id"));
    assertEquals(
        List.of("asks for it in its skills (\"PyTorch\")", "names it in its title (\"PyTorch\")"),
        list(doc, "postings", "why"));
    assertEquals(
        List.of("tool:python", "tool:apache-spark", "tool:kubernetes"),
        list(doc, "used_with", "id"));
    assertEquals(
        List.of(
            "listed with PyTorch by 1 of its 1 O*NET occupations (Data Scientists); asked for with"
                + " it by 1 posting",
            "listed with PyTorch by 1 of its 1 O*NET occupations (Data Scientists)",
            "asked for with it by 1 posting"),
        list(doc, "used_with", "why"));
  }

  @Test
  void toolsAPostingAsksForAndItsPay() {
    JsonNode doc = api.ok("/api/documents/k1");
    assertEquals(
        List.of("tool:pytorch", "tool:python", "tool:kubernetes"), list(doc, "tools", "id"));
    assertEquals(
        List.of(
            "asked for in the skills (\"PyTorch\")",
            "asked for in the skills (\"python\")",
            "named in the description (\"Kubernetes\")"),
        list(doc, "tools", "why"));
    assertEquals(List.of("occupation:15-2051.00"), list(doc, "occupation", "id"));
    JsonNode pay = doc.get("insights").get("pay");
    // posted in 2026, compared with the latest survey year; midpoint 140,000 is above 20 of the
    // 40 reports and equal to one: (20 + 0.5) / 40
    assertEquals(
        "reports titled \"Machine Learning Engineer\", senior level, 2025",
        pay.get("compared_with").get("basis").asText());
    assertEquals(40, pay.get("count").asInt());
    assertEquals(140_000, pay.get("midpoint_usd_year").asLong());
    assertEquals(51.3, pay.get("percentile").asDouble());
    assertEquals(139_000, pay.get("median").asLong());
    JsonNode asked = doc.get("insights").get("skills_asked");
    assertEquals("python", asked.get(1).get("skill").asText());
    assertEquals("tool:python", asked.get(1).get("tools").get(0).asText());
  }

  @Test
  void postingsOfAnOccupation() {
    JsonNode doc = api.ok("/api/documents/occupation:15-2051.00");
    // an exact title before a core title
    assertEquals(List.of("k2", "k1"), list(doc, "postings", "id"));
    // no tool is a Hot Technology for Data Scientists here; two are for Software Developers
    assertEquals(List.of(), list(doc, "hot_technologies", "id"));
    JsonNode developers = api.ok("/api/documents/occupation:15-1252.00");
    assertEquals(
        List.of("tool:kubernetes", "tool:python"), list(developers, "hot_technologies", "id"));
    assertEquals(List.of("k4"), list(developers, "postings", "id"));
  }
}
