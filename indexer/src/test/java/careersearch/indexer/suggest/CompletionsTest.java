package careersearch.indexer.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.indexer.suggest.Completions.Completion;
import careersearch.indexer.suggest.Suggestions.StoredDoc;
import java.util.List;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class CompletionsTest {

  @Test
  void wordStartsFirstAndEachTextOnce() throws Exception {
    List<StoredDoc> docs =
        List.of(
            new StoredDoc("skill", "skill:1", "Data Pipelines", null),
            new StoredDoc("occupation", "occupation:1", "Database Administrators", null),
            new StoredDoc("skill", "skill:2", "database administrators", null),
            new StoredDoc("skill", "skill:3", "Metadata Management", null));
    try (AnalyzingInfixSuggester suggester = Suggestions.build(docs, new ByteBuffersDirectory())) {
      List<Completion> found = Completions.lookup(suggester, "data", 8);
      List<String> texts = found.stream().map(c -> c.text().toLowerCase()).toList();
      // the same text as skill and occupation is offered once; word starts before "metadata"
      assertEquals(3, texts.size(), texts.toString());
      assertEquals(
          java.util.Set.of("data pipelines", "database administrators"),
          new java.util.HashSet<>(texts.subList(0, 2)));
      assertEquals("metadata management", texts.get(2));
      assertEquals(1, Completions.lookup(suggester, "data", 1).size());
    }
  }

  @Test
  void aWordStartIsTheLastTypedWordsStart() {
    assertTrue(Completions.startsAWord("Apache Spark", "big sp"));
    assertTrue(Completions.startsAWord("C++ Programming", "c++"));
    assertFalse(Completions.startsAWord("Metadata Management", "data"));
  }
}
