package careersearch.indexer.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import careersearch.indexer.model.ArticleSection;
import careersearch.indexer.model.JobPosting;
import careersearch.indexer.model.Occupation;
import careersearch.indexer.model.Salary;
import careersearch.indexer.model.SkillStatement;
import careersearch.indexer.model.Tool;
import careersearch.schema.Fields;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** What a builder writes into a source, the server reads back as the same model record. */
class SourceJsonTest {
  private static <T> T readBack(Document doc, Class<T> type) throws IOException {
    BytesRef json = doc.getBinaryValue(Fields.SOURCE);
    return SourceJson.read(json.bytes, json.offset, json.length, type);
  }

  private static String source(Document doc) {
    return doc.getBinaryValue(Fields.SOURCE).utf8ToString();
  }

  @Test
  void occupation() throws IOException {
    Occupation o =
        new Occupation(
            "15-2051.00",
            "Data Scientists",
            "Develop and implement methods.",
            List.of("Data Miner"),
            List.of("Data Analyst"),
            List.of("Analyze data."),
            null,
            null,
            List.of(new Occupation.RelatedOccupation("15-2041.00", "Statisticians", "Primary")));
    assertEquals(o, readBack(OccupationDocument.build(o), Occupation.class));
  }

  @Test
  void toolWithItsComputedFlagsInTheSource() throws IOException {
    Tool t =
        new Tool(
            "tool:pytorch",
            "PyTorch",
            List.of("Machine Learning Frameworks"),
            List.of(),
            List.of(new Tool.ToolOccupation("15-2051.00", "Data Scientists", true, false)),
            List.of("PyTorch"));
    Document doc = ToolDocument.build(t);
    assertEquals(t, readBack(doc, Tool.class));
    assertEquals(
        "{\"id\":\"tool:pytorch\",\"type\":\"tool\",\"title\":\"PyTorch\",\"name\":\"PyTorch\","
            + "\"categories\":[\"Machine Learning Frameworks\"],\"hot_technology\":true,"
            + "\"in_demand\":false,\"onet_names\":[\"PyTorch\"],\"occupations\":[{\"code\":"
            + "\"15-2051.00\",\"title\":\"Data Scientists\",\"hot_technology\":true,"
            + "\"in_demand\":false}]}",
        source(doc));
  }

  @Test
  void sectionAndSkillStatement() throws IOException {
    ArticleSection s =
        new ArticleSection(
            "section:tools/ml", List.of("Tools", "ML"), List.of("ML Engineer"), 3, "- PyTorch");
    assertEquals(s, readBack(SectionDocument.build(s), ArticleSection.class));
    SkillStatement k =
        new SkillStatement("skill:ml-1", "ML Engineer", "Know PyTorch.", List.of(), 1);
    Document doc = SkillDocument.build(k);
    // the statement is the title, and a list left out when empty reads back empty
    assertEquals(
        "{\"id\":\"skill:ml-1\",\"type\":\"skill\",\"title\":\"Know PyTorch.\","
            + "\"role\":\"ML Engineer\",\"order\":1}",
        source(doc));
    assertEquals(k, readBack(doc, SkillStatement.class));
  }

  @Test
  void postingWithDateAndSalary() throws IOException {
    JobPosting p =
        new JobPosting(
            "job:1",
            "Data Scientist",
            "Acme",
            "Berlin",
            "hybrid",
            List.of("full_time"),
            "senior",
            new Salary(60000, 80000, "EUR", "year", 65000, 86000),
            LocalDate.of(2025, 3, 1),
            LocalDate.of(2025, 4, 30),
            "Build models.",
            null,
            List.of("Python"),
            "seed/a.txt:1");
    assertEquals(p, readBack(JobDocument.build(p), JobPosting.class));
  }

  @Test
  void aDateThatDoesNotParseReadsAsUnknown() throws IOException {
    byte[] json =
        "{\"id\":\"job:2\",\"title\":\"x\",\"posted_at\":\"soon\"}"
            .getBytes(StandardCharsets.UTF_8);
    JobPosting p = SourceJson.read(json, 0, json.length, JobPosting.class);
    assertNull(p.postedAt());
    assertEquals(List.of(), p.skills());
  }
}
