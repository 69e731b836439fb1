package careersearch.server.ops;

import careersearch.server.api.SearchBackend;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backend's health and index figures, read at most once a second: a scrape reads a dozen
 * gauges, and each would otherwise count the documents of every type again.
 */
final class IndexSnapshot {
  private static final Logger LOG = LoggerFactory.getLogger(IndexSnapshot.class);
  private static final long MAX_AGE_NANOS = 1_000_000_000L;

  private final SearchBackend backend;
  private volatile Map<String, Object> health = Map.of();
  private volatile Map<String, Object> stats = Map.of();
  private volatile long readAt = System.nanoTime() - 2 * MAX_AGE_NANOS;

  IndexSnapshot(SearchBackend backend) {
    this.backend = backend;
  }

  double documents(String type) {
    fresh();
    return health.get("documents") instanceof Map<?, ?> counts
        ? number(counts.get(type))
        : Double.NaN;
  }

  double stat(String key) {
    fresh();
    return number(stats.get(key));
  }

  double searcherAgeSeconds() {
    fresh();
    Object opened = stats.get("opened_at");
    return opened instanceof Number n
        ? (System.currentTimeMillis() - n.longValue()) / 1000.0
        : Double.NaN;
  }

  private synchronized void fresh() {
    if (System.nanoTime() - readAt < MAX_AGE_NANOS) {
      return;
    }
    readAt = System.nanoTime();
    try {
      health = backend.health();
      stats = backend.indexStats();
    } catch (RuntimeException e) { // the backend down (Solr): the gauges say NaN, the scrape works
      LOG.debug("No index figures for the metrics: {}", e.toString());
      health = Map.of();
      stats = Map.of();
    }
  }

  private static double number(Object value) {
    return value instanceof Number n ? n.doubleValue() : Double.NaN;
  }
}
