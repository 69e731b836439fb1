package careersearch.server.lucene;

import careersearch.schema.FacetDim;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reference-counted searchers over an index that another process (the reindex CLI) commits to. A
 * background task reopens when a new commit appears; requests hold the searcher they acquired until
 * they release it, so a switch never disturbs a request in flight.
 */
public final class IndexSearchers implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(IndexSearchers.class);

  private final Directory dir;
  private final SearcherManager manager;
  private final ScheduledExecutorService refresher;

  /** Runs searches on a new searcher before it serves, so its first request finds it warm. */
  public interface Warmer {
    void warm(CareerSearcher searcher) throws IOException;
  }

  private final java.util.List<Warmer> warmers = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** A function over a searcher that may throw I/O errors. */
  public interface SearcherFunction<T> {
    T apply(CareerSearcher searcher) throws IOException;
  }

  public IndexSearchers(Path indexDir, Duration refreshInterval) throws IOException {
    this(FSDirectory.open(indexDir), indexDir, refreshInterval);
  }

  /**
   * @param indexDir where the index's files (and suggester directories) are, or null for an
   *     in-memory directory
   */
  public IndexSearchers(Directory dir, Path indexDir, Duration refreshInterval) throws IOException {
    this.dir = dir;
    FacetsConfig facetsConfig = FacetDim.facetsConfig();
    this.manager =
        new SearcherManager(
            dir,
            new SearcherFactory() {
              @Override
              public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
                  throws IOException {
                // built here, once per commit, and warmed before it serves its first request
                CareerSearcher searcher = new CareerSearcher(reader, facetsConfig, indexDir);
                for (Warmer warmer : warmers) {
                  warmer.warm(searcher);
                }
                return searcher;
              }
            });
    this.refresher =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "index-refresher");
              t.setDaemon(true);
              return t;
            });
    long millis = refreshInterval.toMillis();
    refresher.scheduleWithFixedDelay(this::refresh, millis, millis, TimeUnit.MILLISECONDS);
  }

  /**
   * Warms every searcher opened from now on with {@code warmer} too, after the warmers added before
   * it; the previous searcher serves until all of them are done.
   */
  public void warmWith(Warmer warmer) {
    warmers.add(warmer);
  }

  /** Runs a function on the current searcher, releasing it afterwards whatever happens. */
  public <T> T withSearcher(SearcherFunction<T> function) {
    try {
      IndexSearcher searcher = manager.acquire();
      try {
        return function.apply((CareerSearcher) searcher);
      } finally {
        manager.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Picks up a new commit if there is one; returns true when the searcher changed. */
  public boolean refresh() {
    try {
      boolean changed = !manager.isSearcherCurrent() && manager.maybeRefresh();
      if (changed) {
        withSearcher(
            s -> {
              LOG.info(
                  "Serving index version {} ({} documents, committed {})",
                  s.version(),
                  s.getIndexReader().numDocs(),
                  s.committedAt());
              return null;
            });
      }
      return changed;
    } catch (IOException | RuntimeException e) {
      // a half-written or vanished commit: keep serving the current searcher, retry next tick
      LOG.warn(
          "Could not open the new index commit, still serving the previous one: {}", e.toString());
      return false;
    }
  }

  @Override
  public void close() throws IOException {
    refresher.shutdownNow();
    try {
      manager.close();
    } finally {
      dir.close();
    }
  }
}
