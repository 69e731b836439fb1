package careersearch.server.lucene;

import careersearch.embed.Embedder;
import careersearch.embed.Embedders;
import careersearch.schema.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Query texts (and snippet sentences) embedded by the model the index's vectors came from. The
 * recent ones are kept per process, across searcher reopens: the next page, another sort or a
 * popular query costs no second embedding (about 1 ms each).
 */
public final class QueryVectors {
  private static final Logger LOG = LoggerFactory.getLogger(QueryVectors.class);

  /** Texts kept, least recently used out first: 4,096 vectors of 384 floats are 6 MB. */
  static final int RECENT = 4096;

  private static final Map<String, QueryVectors> BY_EMBEDDER = new ConcurrentHashMap<>();

  private final Embedder embedder;
  private final Map<String, float[]> recent =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
          return size() > RECENT;
        }
      };

  private QueryVectors(Embedder embedder) {
    this.embedder = embedder;
  }

  /**
   * The query vectors of an index, by the embedder its commit names; null when it has no vectors,
   * or when this build lacks that embedder (then searching is by words only, and the log says so).
   */
  static QueryVectors forIndex(Map<String, String> commitData) {
    String recorded = commitData.get(Schema.COMMIT_EMBEDDER);
    if (recorded == null) {
      return null;
    }
    try {
      Embedder embedder = Embedders.forIndex(recorded);
      return BY_EMBEDDER.computeIfAbsent(embedder.name(), name -> new QueryVectors(embedder));
    } catch (IllegalArgumentException e) {
      LOG.warn("Searching by words only: {}", e.getMessage());
      return null;
    } catch (RuntimeException | LinkageError e) {
      // the model's native runtime failed to load: still serve, by words
      LOG.warn("Searching by words only: the embedding model did not load ({})", e.toString());
      return null;
    }
  }

  /** The vector of a query. */
  public float[] query(String text) {
    return of(List.of(text), true).get(0);
  }

  /** One vector per document text (snippet sentences), in order. */
  public List<float[]> passages(List<String> texts) {
    return of(texts, false);
  }

  /** Those not kept are embedded in one batch; a query and a passage are kept apart. */
  private List<float[]> of(List<String> texts, boolean queries) {
    String side = queries ? "q\u0000" : "p\u0000";
    List<float[]> vectors = new ArrayList<>(texts.size());
    List<String> missing = new ArrayList<>();
    synchronized (recent) {
      for (String text : texts) {
        float[] v = recent.get(side + text);
        vectors.add(v);
        if (v == null) {
          missing.add(text);
        }
      }
    }
    if (missing.isEmpty()) {
      return vectors;
    }
    List<float[]> embedded = queries ? embedder.embedQueries(missing) : embedder.embed(missing);
    synchronized (recent) {
      for (int i = 0; i < missing.size(); i++) {
        recent.put(side + missing.get(i), embedded.get(i));
      }
    }
    for (int i = 0, m = 0; i < vectors.size(); i++) {
      if (vectors.get(i) == null) {
        vectors.set(i, embedded.get(m++));
      }
    }
    return vectors;
  }
}
