package careersearch.server.ops;

import careersearch.schema.DocType;
import careersearch.server.AdminService;
import careersearch.server.api.SearchBackend;
import careersearch.server.lucene.facet.MatchCache;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.ToDoubleFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;

/**
 * The meters of one server. Tags are bounded sets only: the route template, the method, the status
 * class, a document type, a cache name, an outcome; never query text or ids.
 */
final class OpsMetrics {
  /** Histogram buckets of request latency, from a cached facet count to past the search limit. */
  private static final Duration[] LATENCY_BUCKETS = {
    Duration.ofMillis(5),
    Duration.ofMillis(10),
    Duration.ofMillis(25),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofSeconds(2),
    Duration.ofSeconds(5)
  };

  private static final Set<String> DENIED = Set.of("system.cpu.count", "process.cpu.time");

  final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Map<String, Timer> requestTimers = new ConcurrentHashMap<>();
  private final IndexSnapshot index;

  OpsMetrics(SearchBackend backend, AdminService admin) {
    this.index = new IndexSnapshot(backend);
    // the two meters of ProcessorMetrics whose names break Prometheus' naming rules (promtool's
    // lint): the CPU count ends in _count, the CPU time in an abbreviated unit
    registry.config().meterFilter(MeterFilter.deny(id -> DENIED.contains(id.getName())));
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    bindIndex();
    bindCaches();
    if (admin != null) {
      bindReindex(admin);
    }
  }

  /** One request: a timer per (method, route template, status class). */
  void request(String method, String route, int status, long nanos) {
    String statusClass = (status / 100) + "xx";
    requestTimers
        .computeIfAbsent(
            method + ' ' + route + ' ' + statusClass,
            key ->
                Timer.builder("careersearch.http.requests")
                    .description("HTTP requests by route template, method and status class")
                    .tag("method", method)
                    .tag("route", route)
                    .tag("status", statusClass)
                    .serviceLevelObjectives(LATENCY_BUCKETS)
                    .register(registry))
        .record(nanos, TimeUnit.NANOSECONDS);
  }

  String scrape() {
    return registry.scrape();
  }

  /** Documents per type, segments, size on disk, version and searcher age, read at a scrape. */
  private void bindIndex() {
    for (DocType type : DocType.values()) {
      Gauge.builder("careersearch.index.documents", index, i -> i.documents(type.key()))
          .description("Documents in the index serving now, by type")
          .tag("type", type.key())
          .register(registry);
    }
    Gauge.builder("careersearch.index.segments", index, i -> i.stat("segments"))
        .description("Segments of the index serving now")
        .register(registry);
    Gauge.builder("careersearch.index.size", index, i -> i.stat("size_bytes"))
        .description("Size on disk of the index serving now")
        .baseUnit("bytes")
        .register(registry);
    Gauge.builder("careersearch.index.version", index, i -> i.stat("version"))
        .description("Version of the index commit serving now (changes with every commit)")
        .register(registry);
    Gauge.builder("careersearch.index.searcher.age", index, IndexSnapshot::searcherAgeSeconds)
        .description("Seconds since the searcher serving now was opened (the last commit seen)")
        .baseUnit("seconds")
        .register(registry);
  }

  private void bindCaches() {
    cacheCounter("match", "hit", MatchCache::hits);
    cacheCounter("match", "miss", MatchCache::misses);
    cacheCounter("lucene_query", "hit", () -> queryCache(true));
    cacheCounter("lucene_query", "miss", () -> queryCache(false));
  }

  /** Lucene's query cache (filters reused across searches), shared by all searchers. */
  private static long queryCache(boolean hits) {
    return IndexSearcher.getDefaultQueryCache() instanceof LRUQueryCache lru
        ? (hits ? lru.getHitCount() : lru.getMissCount())
        : 0;
  }

  private void cacheCounter(String cache, String result, LongSupplier count) {
    ToDoubleFunction<OpsMetrics> read = m -> count.getAsLong();
    FunctionCounter.builder("careersearch.cache.lookups", this, read)
        .description(
            "Look-ups of the engine's caches by result (match: matches of counted queries;"
                + " lucene_query: Lucene's filter cache); hit rate = hit / (hit + miss)")
        .tag("cache", cache)
        .tag("result", result)
        .register(registry);
  }

  private void bindReindex(AdminService admin) {
    Timer succeeded = reindexTimer("succeeded");
    Timer failed = reindexTimer("failed");
    Counter documents =
        Counter.builder("careersearch.reindex.documents")
            .description("Documents indexed by admin reindexes")
            .register(registry);
    admin.onFinished(
        (ok, docs, nanos) -> {
          (ok ? succeeded : failed).record(nanos, TimeUnit.NANOSECONDS);
          documents.increment(docs);
        });
  }

  private Timer reindexTimer(String outcome) {
    return Timer.builder("careersearch.reindex")
        .description("Admin reindex runs and their durations, by outcome")
        .tag("outcome", outcome)
        .register(registry);
  }
}
