package careersearch.server.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Recognition of tools, words and salary expressions in a query, with a hand-made vocabulary. */
class QueryInterpreterTest {
  static final QueryVocabulary VOCABULARY = vocabulary();

  static QueryVocabulary vocabulary() {
    Map<String, QueryVocabulary.Entry> phrases = new HashMap<>();
    phrases.put("pytorch", new QueryVocabulary.Entry("tool", "tool:pytorch", "PyTorch"));
    phrases.put("kubernetes", new QueryVocabulary.Entry("tool", "tool:kubernetes", "Kubernetes"));
    phrases.put("k8s", new QueryVocabulary.Entry("tool", "tool:kubernetes", "Kubernetes"));
    phrases.put(
        "apache spark", new QueryVocabulary.Entry("tool", "tool:apache-spark", "Apache Spark"));
    phrases.put("amazon", new QueryVocabulary.Entry("company", "Amazon.com", "Amazon.com"));
    phrases.put("seattle", new QueryVocabulary.Entry("location", "Seattle, WA", "Seattle, WA"));
    phrases.putAll(QueryVocabulary.fixedWords());
    return new QueryVocabulary(phrases, Set.of("k8s"));
  }

  static List<String> interpret(String q) {
    return QueryInterpreter.interpret(q, VOCABULARY).stream()
        .map(i -> i.dimension() + "=" + i.value() + "@" + i.text())
        .toList();
  }

  @Test
  void toolsSeniorityRemote() {
    assertEquals(
        List.of("tool=tool:pytorch@PyTorch", "remote=remote@remote", "seniority=senior@senior"),
        interpret("PyTorch remote senior"));
    assertEquals(
        List.of("tool=tool:pytorch@pytorch", "remote=remote@REMOTE", "seniority=senior@Senior"),
        interpret("pytorch REMOTE Senior"));
  }

  @Test
  void wordsOfEveryDimension() {
    assertEquals(List.of("seniority=senior@sr"), interpret("sr data scientist"));
    assertEquals(List.of("seniority=entry@jr", "remote=remote@wfh"), interpret("jr analyst wfh"));
    assertEquals(List.of("remote=onsite@on-site"), interpret("on-site"));
    assertEquals(List.of("employment=part_time@part-time"), interpret("part-time"));
    assertEquals(List.of("employment=full_time@full time"), interpret("full time"));
    assertEquals(List.of("employment=contract@contract"), interpret("contract"));
    assertEquals(List.of("employment=internship@internship"), interpret("internship"));
    assertEquals(
        List.of(
            "company=Amazon.com@amazon", "seniority=entry@intern", "location=Seattle, WA@seattle"),
        interpret("amazon intern seattle"));
    assertEquals(List.of("tool=tool:apache-spark@Apache Spark"), interpret("Apache Spark"));
    assertEquals(List.of("tool=tool:kubernetes@k8s"), interpret("k8s"));
  }

  @Test
  void salaryExpressions() {
    assertEquals(
        List.of("tool=tool:kubernetes@kubernetes", "type=job@jobs", "salary=150000-@over 150k"),
        interpret("kubernetes jobs over 150k"));
    assertEquals(List.of("salary=150000-@$150k+"), interpret("$150k+"));
    assertEquals(List.of("salary=100000-150000@100-150k"), interpret("100-150k"));
    assertEquals(List.of("salary=90000-@>= 90000"), interpret(">= 90000"));
    assertEquals(List.of("salary=-80000@under 80k"), interpret("under 80k"));
    assertEquals(
        List.of("salary=100000-150000@between 100k and 150k"), interpret("between 100k and 150k"));
    assertEquals(List.of("salary=120000-@at least $120,000"), interpret("at least $120,000"));
  }

  @Test
  void aLoneAmountWithKOrDollarsIsWhatThePostingPays() {
    assertEquals(List.of("salary=200000-@200k"), interpret("machine learning engineer 200k"));
    assertEquals(List.of("salary=150000-@$150,000"), interpret("$150,000 data jobs").subList(0, 1));
    assertEquals(List.of("salary=95500-@95.5K"), interpret("analyst 95.5K"));
  }

  @Test
  void yearsAndSmallNumbersAreNotSalaries() {
    assertEquals(List.of(), interpret("from 2019 to 2029"));
    assertEquals(List.of(), interpret("top 10"));
    assertEquals(List.of(), interpret("analyst 2024"));
    assertEquals(List.of(), interpret("5k run club $50"));
    assertEquals(List.of("tool=tool:kubernetes@k8s"), interpret("k8s"));
  }

  @Test
  void textWithoutInterpretations() {
    String q = "kubernetes jobs over 150k";
    var parts = QueryInterpreter.interpret(q, VOCABULARY);
    assertEquals("", QueryInterpreter.without(q, parts));
    assertEquals("kubernetes", QueryInterpreter.without(q, parts.subList(1, 3)));
  }
}
