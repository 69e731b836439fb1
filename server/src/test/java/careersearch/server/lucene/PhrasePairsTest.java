package careersearch.server.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.schema.Analyzers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The pairs a query looks up are the pairs the index holds for the same words. */
class PhrasePairsTest {
  private static final Analyzer QUERY =
      Analyzers.query("ml => ml, machine learning\nk8s, kubernetes\n");

  static List<String> indexed(String title) throws IOException {
    List<String> terms = new ArrayList<>();
    try (Analyzer pairs = Analyzers.pairs();
        TokenStream ts = pairs.tokenStream("title_pairs", title)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    }
    return terms;
  }

  @Test
  void neighboursMakeOnePairAndStopWordsLeaveAFiller() throws IOException {
    assertEquals(List.of("senior data", "data scientist"), indexed("Senior Data Scientist"));
    assertEquals(List.of("head _", "_ data"), indexed("Head of Data"));
    assertEquals(
        List.of(List.of(Set.of("data scientist"))), PhrasePairs.of("data scientists", QUERY, 16));
    assertEquals(
        List.of(List.of(Set.of("head _"), Set.of("_ data"))),
        PhrasePairs.of("head of data", QUERY, 16));
  }

  @Test
  void everyPathOfTheSynonymGraphIsAnAlternative() throws IOException {
    List<List<Set<String>>> paths = PhrasePairs.of("ml engineer", QUERY, 16);
    assertEquals(
        List.of(
            List.of(Set.of("ml engin")), List.of(Set.of("machin learn"), Set.of("learn engin"))),
        paths);
    // the alternative's pairs are all in the title that spells it out
    List<String> title = indexed("Machine Learning Engineer");
    paths.get(1).forEach(slot -> assertTrue(title.containsAll(slot), title.toString()));
    // single-word synonyms share a slot: either pair will do
    assertEquals(
        List.of(List.of(Set.of("k8 admin", "kubernet admin"))),
        PhrasePairs.of("k8s admin", QUERY, 16));
  }

  @Test
  void oneWordOrTooManyPathsMakeNoPhrase() {
    assertEquals(List.of(), PhrasePairs.of("engineer", QUERY, 16));
    assertEquals(List.of(), PhrasePairs.of("the engineer", QUERY, 16));
    assertEquals(List.of(), PhrasePairs.of("ml ml ml ml ml", QUERY, 16));
  }
}
