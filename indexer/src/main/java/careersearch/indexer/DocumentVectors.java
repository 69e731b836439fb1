package careersearch.indexer;

import careersearch.embed.Embedder;
import careersearch.embed.Meaning;
import careersearch.embed.Passages;
import careersearch.embed.TextVectors;
import careersearch.schema.Schema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;

/**
 * Gives built documents their meaning vector, through the text cache; or does nothing when the
 * process has no embedder ({@code -Dcareersearch.embedder=none}), and the index is searched by
 * words only.
 */
public final class DocumentVectors {
  public static final DocumentVectors NONE = new DocumentVectors(null);

  private final TextVectors vectors;

  private DocumentVectors(TextVectors vectors) {
    this.vectors = vectors;
  }

  /** Vectors from {@code embedder}, reusing those the index at {@code indexDir} kept. */
  public static DocumentVectors reusing(Embedder embedder, Path indexDir) throws IOException {
    return embedder == null ? NONE : new DocumentVectors(TextVectors.reusing(embedder, indexDir));
  }

  /** Vectors through the given cache. */
  public static DocumentVectors of(TextVectors vectors) {
    return new DocumentVectors(vectors);
  }

  /** Adds the vector of {@code meaning} to {@code doc}; returns the document. */
  public Document add(Document doc, Meaning meaning) {
    if (vectors != null) {
      doc.add(Schema.meaningVector(vectors.of(meaning)));
    }
    return doc;
  }

  /**
   * Adds the vector of {@code meaning} and, when there are any, the vectors of its {@code passages}
   * (the sentences of a long text) to {@code doc}; returns the document.
   */
  public Document add(Document doc, Meaning meaning, List<String> passages) {
    add(doc, meaning);
    if (vectors != null && !passages.isEmpty()) {
      doc.add(
          Schema.passages(new Passages(passages, passages.stream().map(vectors::text).toList())));
    }
    return doc;
  }

  /** Embeds these meanings' new texts ahead, on all cores (documents built in order next). */
  public void prefetch(java.util.Collection<Meaning> meanings, int threads) {
    if (vectors != null) {
      vectors.prefetch(meanings, threads);
    }
  }

  /** The commit data that names the embedder (none without one). */
  public Map<String, String> commitData() {
    Map<String, String> data = new HashMap<>();
    if (vectors != null) {
      data.put(Schema.COMMIT_EMBEDDER, vectors.embedder().name());
    }
    return data;
  }

  /** Keeps this build's text vectors next to the index, for the next build. */
  public void save(Path indexDir, boolean keepEarlier) throws IOException {
    if (vectors != null) {
      vectors.save(indexDir, keepEarlier);
    }
  }

  /** What was embedded and reused; null without an embedder. */
  public TextVectors.Stats stats() {
    return vectors == null ? null : vectors.stats();
  }
}
