package careersearch.server.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading and validating the queries and judgments files. */
class QuerySetTest {
  static final String QUERIES_HEADER = "id\tcategory\tquery\tparams\n";
  static final String JUDGMENTS_HEADER = "query_id\tdoc_id\tgrade\n";

  @TempDir Path dir;

  List<JudgedQuery> load(String queries, String judgments) throws IOException {
    Path q = Files.writeString(dir.resolve("queries.tsv"), queries);
    Path j = Files.writeString(dir.resolve("judgments.tsv"), judgments);
    return QuerySet.load(q, j);
  }

  String error(String queries, String judgments) {
    return assertThrows(IllegalArgumentException.class, () -> load(queries, judgments))
        .getMessage();
  }

  @Test
  void readsQueriesWithParamsAndJudgmentsSkippingComments() throws IOException {
    List<JudgedQuery> set =
        load(
            "# comment\n"
                + QUERIES_HEADER
                + "T01\ttool\tPyTorch\t\n"
                + "\n"
                + "M01\tmixed\tsenior data scientist\ttype=job&remote=remote&company=Acme%20Inc\n"
                + "R01\trole\tSWE\n",
            JUDGMENTS_HEADER
                + "# T01\n"
                + "T01\ttool:pytorch\t3\n"
                + "T01\ttool:keras\t0\n"
                + "M01\tjob:1\t2\n"
                + "R01\toccupation:15-1252.00\t3\n");
    assertEquals(3, set.size());
    JudgedQuery t01 = set.get(0);
    assertEquals("T01", t01.id());
    assertEquals("tool", t01.category());
    assertEquals("PyTorch", t01.text());
    assertEquals(Map.of(), t01.params());
    assertEquals(Map.of("tool:pytorch", 3, "tool:keras", 0), t01.judgments());
    JudgedQuery m01 = set.get(1);
    assertEquals(
        Map.of("type", List.of("job"), "remote", List.of("remote"), "company", List.of("Acme Inc")),
        m01.params());
    assertEquals("senior data scientist [type=job&remote=remote&company=Acme Inc]", m01.describe());
    assertEquals("SWE", set.get(2).text());
  }

  @Test
  void rejectsMalformedFilesWithFileAndLine() {
    String q = QUERIES_HEADER + "T01\ttool\tPyTorch\t\n";
    assertTrue(error("id\tquery\n", JUDGMENTS_HEADER).contains(":1: the header must be"));
    assertTrue(
        error(q, JUDGMENTS_HEADER + "T02\ttool:pytorch\t3\n")
            .contains("judgments.tsv:2: no query with id 'T02'"));
    assertTrue(error(q, JUDGMENTS_HEADER + "T01\ttool:pytorch\t4\n").contains("grade must be"));
    assertTrue(error(q, JUDGMENTS_HEADER + "T01\ttool:pytorch\thigh\n").contains("grade must be"));
    assertTrue(
        error(q, JUDGMENTS_HEADER + "T01\ttool:pytorch\t3\nT01\ttool:pytorch\t2\n")
            .contains("judged twice"));
    assertTrue(error(q, JUDGMENTS_HEADER + "T01\ttool:pytorch\t3\t9\n").contains("columns"));
    assertTrue(
        error(q + "T01\ttool\tagain\t\n", JUDGMENTS_HEADER + "T01\ttool:pytorch\t3\n")
            .contains("used twice"));
  }

  @Test
  void everyQueryNeedsADocumentGradedTwoOrMore() {
    String message =
        error(
            QUERIES_HEADER + "T01\ttool\tPyTorch\t\n", JUDGMENTS_HEADER + "T01\ttool:pytorch\t1\n");
    assertTrue(message.contains("queries.tsv:2: query T01 has no document graded 2 or 3"), message);
  }

  @Test
  void rejectsParamsTheServiceWouldRejectOrThatTheEvaluationSets() {
    String j = JUDGMENTS_HEADER + "T01\ttool:pytorch\t3\n";
    assertTrue(error(QUERIES_HEADER + "T01\ttool\tx\ttype=book\n", j).contains("unknown type"));
    assertTrue(
        error(QUERIES_HEADER + "T01\ttool\tx\tcolour=red\n", j).contains("unknown parameter"));
    assertTrue(error(QUERIES_HEADER + "T01\ttool\tx\tsize=5\n", j).contains("must not set size"));
    assertTrue(error(QUERIES_HEADER + "T01\ttool\tx\tjob\n", j).contains("name=value"));
  }
}
