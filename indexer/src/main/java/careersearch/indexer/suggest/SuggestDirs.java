package careersearch.indexer.suggest;

import careersearch.indexer.IndexSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.FSDirectory;

/**
 * Suggester directories live inside the index directory as {@code suggest_<uuid>}; each commit
 * names its own in its metadata, so a server always opens the suggester of the commit it serves.
 */
public final class SuggestDirs {
  private static final String PREFIX = "suggest_";

  private SuggestDirs() {}

  /** Builds a suggester in the index directory from entries; returns its directory name. */
  public static String build(Path indexDir, SuggestionEntries entries) throws IOException {
    String name = PREFIX + UUID.randomUUID();
    try (FSDirectory dir = FSDirectory.open(indexDir.resolve(name));
        AnalyzingInfixSuggester suggester = entries.build(dir)) {
      return name;
    }
  }

  /** Builds a suggester from everything the session has added; returns its directory name. */
  public static String build(IndexSession session) throws IOException {
    String name = PREFIX + UUID.randomUUID();
    try (DirectoryReader reader = session.openReader();
        FSDirectory dir = FSDirectory.open(session.path().resolve(name));
        AnalyzingInfixSuggester suggester = Suggestions.build(reader, dir)) {
      return name;
    }
  }

  /** What an add or delete by id does to the suggestions' weights. */
  public interface EntriesChange {
    void apply(SuggestionEntries entries) throws IOException;
  }

  /**
   * A copy of the suggester {@code previous} with the suggestions whose weights {@code change}
   * alters rewritten: the cost of the change, not of the index. Returns its directory name, or null
   * when {@code previous} is missing or was built without its entries (then build it whole).
   */
  public static String update(Path indexDir, String previous, EntriesChange change)
      throws IOException {
    if (previous == null || !Files.isDirectory(indexDir.resolve(previous))) {
      return null;
    }
    String name = PREFIX + UUID.randomUUID();
    Path target = Files.createDirectories(indexDir.resolve(name));
    try (Stream<Path> files = Files.list(indexDir.resolve(previous))) {
      for (Path f : files.toList()) {
        if (!f.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME)) {
          Files.copy(f, target.resolve(f.getFileName()));
        }
      }
    }
    try (FSDirectory dir = FSDirectory.open(target)) {
      SuggestionEntries entries = SuggestionEntries.load(dir);
      if (entries == null) {
        deleteTree(target);
        return null;
      }
      change.apply(entries);
      try (EditableSuggester suggester = new EditableSuggester(FSDirectory.open(target))) {
        entries.applyTo(suggester, dir);
      }
    } catch (IOException | RuntimeException e) {
      deleteTree(target);
      throw e;
    }
    return name;
  }

  /**
   * Deletes suggester directories other than {@code keep}: the new commit's and the previous one's,
   * which a running server may still use until it reopens.
   */
  public static void deleteAllBut(Path indexDir, Set<String> keep) throws IOException {
    try (Stream<Path> children = Files.list(indexDir)) {
      children
          .filter(Files::isDirectory)
          .filter(p -> p.getFileName().toString().startsWith(PREFIX))
          .filter(p -> !keep.contains(p.getFileName().toString()))
          .forEach(SuggestDirs::deleteTree);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
