package careersearch.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import careersearch.indexer.corpus.CorpusException;
import careersearch.schema.DocType;
import careersearch.schema.Fields;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full rebuild with documents built and added on several threads indexes exactly what one thread
 * does, and a bad posting still leaves the previous index untouched. Uses a small copy of the
 * corpus (the head of every table) plus generated postings spanning many batches.
 */
class CorpusIndexerParallelTest {
  @TempDir Path dir;

  @AfterEach
  void resetThreads() {
    System.clearProperty("careersearch.indexer.threads");
  }

  @Test
  void oneThreadAndSeveralIndexTheSameDocuments() throws IOException {
    Path corpus = smallCorpus();
    Path postings = postings(1000, false);
    Set<String> ids1 = reindex(corpus, postings, 1, dir.resolve("index1"));
    Set<String> ids3 = reindex(corpus, postings, 3, dir.resolve("index3"));
    assertEquals(ids1, ids3);
    assertEquals(1000, ids3.stream().filter(id -> id.startsWith("p-")).count());
  }

  @Test
  void aBadPostingLeavesThePreviousIndexIntact() throws IOException {
    Path corpus = smallCorpus();
    Path index = dir.resolve("index");
    Set<String> before = reindex(corpus, postings(300, false), 2, index);
    Path bad = postings(900, true);
    System.setProperty("careersearch.indexer.threads", "2");
    CorpusIndexer indexer =
        new CorpusIndexer(corpus, List.of(bad), false, CorpusIndexer.Progress.NONE);
    CorpusException e = assertThrows(CorpusException.class, () -> indexer.reindex(index));
    assertEquals(bad + ":800: missing required field 'title'", e.getMessage());
    assertEquals(before, ids(index));
  }

  private Set<String> reindex(Path corpus, Path postings, int threads, Path index)
      throws IOException {
    System.setProperty("careersearch.indexer.threads", Integer.toString(threads));
    CorpusIndexer.Summary summary =
        new CorpusIndexer(corpus, List.of(postings), false, CorpusIndexer.Progress.NONE)
            .reindex(index);
    Set<String> ids = ids(index);
    assertEquals(summary.total(), ids.size());
    assertEquals(
        summary.documents().get(DocType.JOB),
        ids.stream().filter(id -> id.startsWith("p-") || id.startsWith("job:")).count());
    return ids;
  }

  private static Set<String> ids(Path index) throws IOException {
    Set<String> ids = new TreeSet<>();
    try (FSDirectory d = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(d)) {
      StoredFields stored = reader.storedFields();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        ids.add(stored.document(doc, Set.of(Fields.ID)).get(Fields.ID));
      }
    }
    return ids;
  }

  /** Postings p-1..p-n; with {@code bad}, line 800 lacks its title. */
  private Path postings(int n, boolean bad) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      String title = bad && i == 800 ? "" : "\"title\": \"Data Engineer " + i + "\", ";
      lines.add(
          "{\"id\": \"p-"
              + i
              + "\", "
              + title
              + "\"company\": \"Acme "
              + (i % 7)
              + "\", \"remote\": \"remote\", \"description\": \"Build pipelines number "
              + i
              + ".\", \"salary\": {\"min\": 90000, \"max\": 120000, \"currency\": \"USD\"}}");
    }
    Path file = dir.resolve("postings-" + n + (bad ? "-bad" : "") + ".jsonl");
    Files.write(file, lines);
    return file;
  }

  /** The real corpus with every table cut to its first lines. */
  private Path smallCorpus() throws IOException {
    Path real = Files.isDirectory(Path.of("../corpus")) ? Path.of("../corpus") : Path.of("corpus");
    Path small = dir.resolve("corpus");
    if (Files.exists(small)) {
      return small;
    }
    try (Stream<Path> files = Files.walk(real)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = small.resolve(real.relativize(file).toString());
        if (target.startsWith(small.resolve("postings"))) {
          continue;
        }
        Files.createDirectories(target.getParent());
        String name = file.getFileName().toString();
        if (name.endsWith(".txt") && file.getParent().endsWith("onet")
            || name.equals("salaries.csv")) {
          try (Stream<String> lines = Files.lines(file)) {
            Files.write(target, lines.limit(400).toList());
          }
        } else {
          Files.copy(file, target);
        }
      }
    }
    return small;
  }
}
