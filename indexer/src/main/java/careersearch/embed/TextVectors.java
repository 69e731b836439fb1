package careersearch.embed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.util.StringHelper;

/**
 * Each distinct text embedded once: vectors by a 64-bit hash of the text, kept in the index
 * directory ({@link VectorCacheFile}) so the next rebuild reuses every text that did not change.
 * Only the texts of the current build are written back, so the file never outgrows the index.
 */
public final class TextVectors {
  private final Embedder embedder;
  private final Map<Long, float[]> previous;
  private final Map<Long, float[]> current = new ConcurrentHashMap<>();
  private final AtomicLong embedded = new AtomicLong();
  private final AtomicLong reused = new AtomicLong();
  private final AtomicLong embedNanos = new AtomicLong();

  private TextVectors(Embedder embedder, Map<Long, float[]> previous) {
    this.embedder = embedder;
    this.previous = previous;
  }

  /** Starts with the vectors the index at {@code indexDir} kept for this embedder, if any. */
  public static TextVectors reusing(Embedder embedder, Path indexDir) throws IOException {
    return new TextVectors(embedder, VectorCacheFile.read(indexDir, embedder));
  }

  /** Starts empty (tests, or an index that keeps no cache). */
  public static TextVectors fresh(Embedder embedder) {
    return new TextVectors(embedder, Map.of());
  }

  public Embedder embedder() {
    return embedder;
  }

  /** The unit-length vector of a document's meaning: its parts' vectors, weighted and summed. */
  public float[] of(Meaning meaning) {
    List<String> texts = meaning.texts();
    if (texts.size() == 1) {
      return text(texts.get(0)).clone();
    }
    float[] sum = new float[embedder.dimension()];
    for (int i = 0; i < texts.size(); i++) {
      float[] part = text(texts.get(i));
      float weight = meaning.weights().get(i);
      for (int d = 0; d < sum.length; d++) {
        sum[d] += weight * part[d];
      }
    }
    return Embedder.normalize(sum);
  }

  /** The vector of one text, embedded unless this build or the last one has it. */
  public float[] text(String text) {
    long key = key(text);
    float[] vector = current.get(key);
    if (vector != null) {
      return vector;
    }
    vector = previous.get(key);
    if (vector != null) {
      reused.incrementAndGet();
    } else {
      long start = System.nanoTime();
      vector = embedder.embed(text);
      embedNanos.addAndGet(System.nanoTime() - start);
      embedded.incrementAndGet();
    }
    // two threads may embed the same new text at once; both get the same vector, one is kept
    float[] kept = current.putIfAbsent(key, vector);
    return kept == null ? vector : kept;
  }

  /** Texts embedded per call when prefetching: the model runs a batch faster than one by one. */
  static final int BATCH = 32;

  /**
   * Embeds, ahead of use and on all cores, the texts of these meanings that neither this build nor
   * the last one has: for documents that are then built one at a time and in order.
   */
  public void prefetch(Collection<Meaning> meanings, int threads) {
    Set<String> missing = new LinkedHashSet<>();
    for (Meaning meaning : meanings) {
      for (String text : meaning.texts()) {
        long key = key(text);
        if (!current.containsKey(key) && !previous.containsKey(key)) {
          missing.add(text);
        }
      }
    }
    List<String> texts = new ArrayList<>(missing);
    // texts of a batch are padded to its longest: batch texts of about the same length
    texts.sort(Comparator.comparingInt(String::length));
    List<List<String>> batches = new ArrayList<>();
    for (int i = 0; i < texts.size(); i += BATCH) {
      batches.add(texts.subList(i, Math.min(texts.size(), i + BATCH)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<?>> done = new ArrayList<>();
      for (List<String> batch : batches) {
        done.add(pool.submit(() -> embedBatch(batch)));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while embedding", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re
          ? re
          : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private void embedBatch(List<String> batch) {
    long start = System.nanoTime();
    List<float[]> vectors = embedder.embed(batch);
    embedNanos.addAndGet(System.nanoTime() - start);
    embedded.addAndGet(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      current.putIfAbsent(key(batch.get(i)), vectors.get(i));
    }
  }

  /**
   * Writes the vectors next to the index, for the next build to reuse: this build's only after a
   * rebuild (texts no longer indexed drop out), or with the earlier ones too after adding postings
   * to an index.
   */
  public void save(Path indexDir, boolean keepEarlier) throws IOException {
    Map<Long, float[]> kept = current;
    if (keepEarlier) {
      kept = new java.util.HashMap<>(previous);
      kept.putAll(current);
    }
    VectorCacheFile.write(indexDir, embedder, kept);
  }

  public Stats stats() {
    return new Stats(embedder.name(), embedded.get(), reused.get(), embedNanos.get() / 1_000_000);
  }

  /** What this build embedded and what it took from the last one. */
  public record Stats(String embedder, long embedded, long reused, long embedMillis) {
    public String summary() {
      return String.format(
          "%,d texts embedded, %,d reused, %.1f s embedding (%s)",
          embedded, reused, embedMillis / 1000.0, embedder);
    }
  }

  /** Two 32-bit murmur hashes with different seeds: collisions are negligible at 10^7 texts. */
  static long key(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    long high = StringHelper.murmurhash3_x86_32(bytes, 0, bytes.length, 0x5EED);
    long low = StringHelper.murmurhash3_x86_32(bytes, 0, bytes.length, 0xC0FFEE);
    return (high << 32) | (low & 0xFFFFFFFFL);
  }
}
