package careersearch.indexer;

import careersearch.schema.DocType;
import careersearch.schema.Fields;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/** Reads back what an index holds, the way a test wants to see it. */
public final class IndexProbe {
  private static final ObjectMapper JSON = new ObjectMapper();

  private IndexProbe() {}

  /** What one commit of an index holds, read in one go. */
  public record Snapshot(long generation, Map<DocType, Long> counts, Map<String, String> userData) {
    public long jobs() {
      return counts.get(DocType.JOB);
    }
  }

  /** Copies an index that no one is writing to a new directory (without its lock file). */
  public static Path copy(Path index, Path to) throws IOException {
    Files.createDirectories(to);
    for (String name : files(index)) {
      if (!name.equals(IndexWriter.WRITE_LOCK_NAME)) {
        Files.copy(index.resolve(name), to.resolve(name));
      }
    }
    return to;
  }

  /** The latest commit's generation, documents per type and user data. */
  public static Snapshot snapshot(Path index) throws IOException {
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return new Snapshot(
          reader.getIndexCommit().getGeneration(),
          counts(reader),
          reader.getIndexCommit().getUserData());
    }
  }

  /** Documents per type, counted with a term query on {@link Fields#TYPE}. */
  public static Map<DocType, Long> counts(IndexReader reader) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    Map<DocType, Long> counts = new EnumMap<>(DocType.class);
    for (DocType type : DocType.values()) {
      counts.put(type, (long) searcher.count(new TermQuery(new Term(Fields.TYPE, type.key()))));
    }
    return counts;
  }

  public static long jobs(IndexReader reader) throws IOException {
    return counts(reader).get(DocType.JOB);
  }

  /** The stored JSON source of every document with this id (normally zero or one). */
  public static List<JsonNode> sources(IndexReader reader, String id) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    List<JsonNode> sources = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(new TermQuery(new Term(Fields.ID, id)), 10).scoreDocs) {
      sources.add(source(reader, hit.doc));
    }
    return sources;
  }

  /** The stored JSON source of every document with this id in the latest commit. */
  public static List<JsonNode> sources(Path index, String id) throws IOException {
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return sources(reader, id);
    }
  }

  /** The stored JSON source of every live document of one type. */
  public static List<JsonNode> sourcesOfType(IndexReader reader, DocType type) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    List<JsonNode> sources = new ArrayList<>();
    TermQuery query = new TermQuery(new Term(Fields.TYPE, type.key()));
    for (ScoreDoc hit : searcher.search(query, Math.max(1, reader.maxDoc())).scoreDocs) {
      sources.add(source(reader, hit.doc));
    }
    return sources;
  }

  public static JsonNode source(IndexReader reader, int doc) throws IOException {
    byte[] bytes = reader.storedFields().document(doc).getBinaryValue(Fields.SOURCE).bytes;
    return JSON.readTree(bytes);
  }

  /** The values of a JSON array of strings. */
  public static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  /** The names of the files in an index directory. */
  public static Set<String> files(Path index) {
    try (Stream<Path> files = Files.list(index)) {
      return new TreeSet<>(files.map(p -> p.getFileName().toString()).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The files of the latest commit, and the suggester directory it names. */
  public static Collection<String> commitFiles(Path index) throws IOException {
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      Set<String> files = new TreeSet<>(reader.getIndexCommit().getFileNames());
      String suggester =
          reader.getIndexCommit().getUserData().get(careersearch.schema.Schema.COMMIT_SUGGEST_DIR);
      if (suggester != null) {
        files.add(suggester);
      }
      return files;
    }
  }

  /**
   * Files under {@code dir} that this JVM holds open, from {@code /proc/self/fd} (Linux); empty
   * where there is no such directory.
   */
  public static List<String> openFilesUnder(Path dir) {
    Path fds = Path.of("/proc/self/fd");
    List<String> open = new ArrayList<>();
    if (!Files.isDirectory(fds)) {
      return open;
    }
    try (Stream<Path> links = Files.list(fds)) {
      Path root = dir.toRealPath();
      for (Path link : links.toList()) {
        try {
          Path target = Files.readSymbolicLink(link);
          if (target.startsWith(root)) {
            open.add(target.toString());
          }
        } catch (IOException | UnsupportedOperationException e) {
          // closed meanwhile (e.g. the directory stream's own descriptor)
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return open;
  }
}
