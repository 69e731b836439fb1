package careersearch.server;

import careersearch.indexer.CorpusIndexer;
import careersearch.indexer.IndexSession;
import careersearch.indexer.corpus.CorpusException;
import careersearch.indexer.store.PostingsStore;
import careersearch.indexer.store.StoreBusyException;
import careersearch.indexer.store.StoreCorruptException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a full reindex of the corpus in the background on request. The running server picks up the
 * new commit like any other; a reindex already running (here or from the CLI) is refused.
 */
public final class AdminService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AdminService.class);

  private final Path corpusDir;
  private final Path indexDir;
  private final Path storeDir;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "admin-reindex");
            t.setDaemon(true);
            return t;
          });
  private final AtomicReference<Map<String, Object>> status =
      new AtomicReference<>(Map.of("state", "idle"));

  /** Told when a reindex ends (the metrics count runs, documents and durations). */
  public interface Listener {
    /**
     * @param succeeded false when it failed
     * @param documents documents indexed (0 when it failed)
     * @param tookNanos from start to end
     */
    void finished(boolean succeeded, long documents, long tookNanos);
  }

  private volatile Listener listener = (succeeded, documents, tookNanos) -> {};

  /** Tells {@code listener} of every reindex that ends from now on. */
  public void onFinished(Listener listener) {
    this.listener = listener;
  }

  public AdminService(Path corpusDir, Path indexDir) {
    this(corpusDir, indexDir, PostingsStore.defaultDir(indexDir));
  }

  /**
   * @param storeDir the postings store, whose postings and deletions the reindex applies (and whose
   *     log it compacts)
   */
  public AdminService(Path corpusDir, Path indexDir, Path storeDir) {
    this.corpusDir = corpusDir;
    this.indexDir = indexDir;
    this.storeDir = storeDir;
  }

  /** Starts a reindex; false when one is already running in this server. */
  public synchronized boolean startReindex() {
    if ("running".equals(status.get().get("state"))) {
      return false;
    }
    status.set(state("running", "started_at", Instant.now().toString()));
    worker.submit(this::reindex);
    return true;
  }

  /** State of the last reindex started here: idle, running, succeeded or failed. */
  public Map<String, Object> status() {
    return status.get();
  }

  private void reindex() {
    String started = (String) status.get().get("started_at");
    long start = System.nanoTime();
    boolean succeeded = false;
    long documents = 0;
    try (PostingsStore.Writer postings = PostingsStore.open(storeDir).lockForWriting()) {
      CorpusIndexer.Summary summary =
          new CorpusIndexer(corpusDir, false, CorpusIndexer.Progress.NONE)
              .withStore(postings)
              .reindex(indexDir);
      Map<String, Object> done = state("succeeded", "started_at", started);
      done.put("finished_at", Instant.now().toString());
      done.put("documents", summary.total());
      done.put("took_ms", summary.took().toMillis());
      done.put("postings_from_corpus", summary.postings().fromCorpus());
      done.put("postings_from_store", summary.postings().fromStore());
      done.put("corpus_postings_deleted", summary.postings().deletionsApplied());
      status.set(done);
      LOG.info("Admin reindex done: {} documents", summary.total());
      succeeded = true;
      documents = summary.total();
    } catch (CorpusException
        | IndexSession.IndexBusyException
        | StoreBusyException
        | StoreCorruptException
        | IllegalArgumentException e) {
      fail(started, e.getMessage());
    } catch (Exception e) {
      LOG.error("Admin reindex failed", e);
      fail(started, "reindex failed: " + e);
    } finally {
      listener.finished(succeeded, documents, System.nanoTime() - start);
    }
  }

  private void fail(String started, String message) {
    Map<String, Object> failed = state("failed", "started_at", started);
    failed.put("finished_at", Instant.now().toString());
    failed.put("message", message);
    status.set(failed);
  }

  private static Map<String, Object> state(String state, String key, Object value) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("state", state);
    map.put(key, value);
    return map;
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
