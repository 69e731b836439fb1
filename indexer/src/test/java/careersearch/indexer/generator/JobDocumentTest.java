package careersearch.indexer.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import careersearch.indexer.model.JobPosting;
import careersearch.schema.Fields;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

class JobDocumentTest {
  private static final JobPosting POSTING =
      new JobPosting(
          "p-1",
          "Senior Data Engineer",
          "Acme",
          "Berlin, Germany",
          "remote",
          List.of("full_time"),
          "senior",
          null,
          null,
          null,
          "Build pipelines with Apache Spark.",
          null,
          List.of("Apache Spark", "Python", "scikit-learn"),
          "test");

  @Test
  void eachMultiWordTagIsItsOwnPairsValue() {
    Document doc = JobDocument.build(POSTING);
    // company, place, remote, seniority, employment and skills are tags; only those with two or
    // more words can make pairs, each on its own so that no pair spans two tags
    assertEquals(
        List.of("Berlin, Germany", "Apache Spark", "scikit-learn"),
        Arrays.stream(doc.getFields(Fields.TAGS_PAIRS)).map(IndexableField::stringValue).toList());
    assertEquals("Senior Data Engineer", doc.get(Fields.TITLE));
    assertNotNull(doc.getField(Fields.TITLE_PAIRS));
    // the description is stored once, in the JSON source
    assertFalse(doc.getField(Fields.BODY).fieldType().stored());
    assertEquals("description", doc.get(Fields.BODY_IN_SOURCE));
  }
}
