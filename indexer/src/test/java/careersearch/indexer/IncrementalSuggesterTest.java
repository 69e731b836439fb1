package careersearch.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.indexer.suggest.SuggestDirs;
import careersearch.indexer.suggest.Suggestions;
import careersearch.schema.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.suggest.Lookup.LookupResult;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An add or delete by id rewrites only the suggestions whose weights it changes, in a copy of the
 * last commit's suggester; what that gives must be what a suggester built from every document of
 * the same commit gives, texts, kinds and weights alike.
 */
class IncrementalSuggesterTest {
  private static final List<String> TYPED =
      List.of(
          "zyx",
          "quu",
          "lead",
          "data engineer",
          "data",
          "search",
          "acme",
          "qdr",
          "py",
          "engineer",
          "en",
          "ml");

  @TempDir Path tmp;
  private Path corpus;
  private Path index;

  @BeforeEach
  void build() throws IOException {
    corpus =
        TestCorpus.small(tmp.resolve("small"))
            .newCorpus(tmp.resolve("corpus"), "a.jsonl", TestCorpus.postings("a", 3));
    index = tmp.resolve("data/index");
    CliRun reindex = CliRun.of("reindex", "--corpus", corpus, "--index", index, "--no-progress");
    assertEquals(0, reindex.exit(), reindex.toString());
  }

  @Test
  void addsAndDeletesGiveTheSuggestionsOfAFullBuild() throws IOException {
    String before = suggestDir();
    Path file =
        Files.write(
            tmp.resolve("mine.jsonl"),
            List.of(
                TestCorpus.posting("n-1", "Search Engineer")
                    .replace("\"Acme\"", "\"Zyxwv Labs\"")
                    .replace("\"PyTorch\"", "\"Qdrant\""),
                TestCorpus.posting("a-1", "Lead Data Engineer").replace("\"Acme\"", "\"Quuxly\"")));
    CliRun add = CliRun.of("add", "--index", index, "--corpus", corpus, file);
    assertEquals(0, add.exit(), add.toString());
    assertTrue(!suggestDir().equals(before), "each commit has its own suggester");
    assertSameAsFullBuild();
    assertEquals(List.of("Zyxwv Labs\tcompany"), completions("zyx"));
    // "Data Engineer 1" was a-1's title only: replaced, it is no longer suggested
    assertTrue(completions("data engineer 1").isEmpty(), completions("data engineer 1").toString());

    CliRun delete = CliRun.of("delete", "--index", index, "n-1", "a-2");
    assertEquals(0, delete.exit(), delete.toString());
    assertSameAsFullBuild();
    assertTrue(completions("zyx").isEmpty(), completions("zyx").toString());
  }

  @Test
  void aSuggesterWithoutSavedEntriesIsBuiltWhole() throws IOException {
    String name = suggestDir();
    assertNotNull(SuggestDirs.update(index, name, entries -> {}));
    Files.delete(index.resolve(name).resolve("careersearch-entries"));
    assertNull(SuggestDirs.update(index, name, entries -> {}));
    // an add still works: it builds the suggester from every document, with its entries
    Path file = Files.write(tmp.resolve("one.jsonl"), List.of(TestCorpus.posting("n-9", "Zyxwv")));
    assertEquals(0, CliRun.of("add", "--index", index, "--corpus", corpus, file).exit());
    assertTrue(Files.exists(index.resolve(suggestDir()).resolve("careersearch-entries")));
    assertSameAsFullBuild();
  }

  private String suggestDir() throws IOException {
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return reader.getIndexCommit().getUserData().get(Schema.COMMIT_SUGGEST_DIR);
    }
  }

  private void assertSameAsFullBuild() throws IOException {
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir);
        AnalyzingInfixSuggester kept =
            Suggestions.open(FSDirectory.open(index.resolve(suggestDir())));
        AnalyzingInfixSuggester whole = Suggestions.build(reader, new ByteBuffersDirectory())) {
      assertEquals(whole.getCount(), kept.getCount(), "suggestions");
      for (String q : TYPED) {
        assertEquals(weighed(whole, q), weighed(kept, q), q);
      }
    }
  }

  /** Every suggestion of a typed text with its weight and payload, in a stable order. */
  private static List<String> weighed(AnalyzingInfixSuggester s, String q) throws IOException {
    List<String> out = new ArrayList<>();
    for (LookupResult r : s.lookup(q, (java.util.Set<BytesRef>) null, 500, true, false)) {
      out.add(r.key + "\t" + r.value + "\t" + r.payload.utf8ToString());
    }
    out.sort(null);
    return out;
  }

  private List<String> completions(String q) throws IOException {
    try (AnalyzingInfixSuggester s =
        Suggestions.open(FSDirectory.open(index.resolve(suggestDir())))) {
      List<String> out = new ArrayList<>();
      for (LookupResult r : s.lookup(q, (java.util.Set<BytesRef>) null, 50, true, false)) {
        out.add(r.key + "\t" + Suggestions.kindAndId(r.payload)[0]);
      }
      return out;
    }
  }
}
