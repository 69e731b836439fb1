package careersearch.server.ops;

import careersearch.server.api.Capability;
import careersearch.server.api.SearchBackend;
import careersearch.server.api.SearchRequest;
import careersearch.server.api.SearchResponse;
import careersearch.server.api.SuggestRequest;
import careersearch.server.api.SuggestResponse;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.Set;

/** Counts what searches found (zero results, timed out, corrected) around any backend. */
final class InstrumentedBackend implements SearchBackend {
  private final SearchBackend backend;
  private final Counter searches;
  private final Counter zeroResults;
  private final Counter timedOut;
  private final Counter corrected;

  InstrumentedBackend(SearchBackend backend, MeterRegistry registry) {
    this.backend = backend;
    this.searches = outcome(registry, "any");
    this.zeroResults = outcome(registry, "zero_results");
    this.timedOut = outcome(registry, "timed_out");
    this.corrected = outcome(registry, "spelling_corrected");
  }

  private static Counter outcome(MeterRegistry registry, String outcome) {
    return Counter.builder("careersearch.search.outcomes")
        .description("Searches answered, by what they found (any: every search)")
        .tag("outcome", outcome)
        .register(registry);
  }

  @Override
  public SearchResponse search(SearchRequest request) {
    SearchResponse response = backend.search(request);
    searches.increment();
    if (response.total() == 0) {
      zeroResults.increment();
    }
    if (response.timedOut()) {
      timedOut.increment();
    }
    if (response.query() != null && Boolean.TRUE.equals(response.query().get("corrected"))) {
      corrected.increment();
    }
    SearchOutcome.set(new SearchOutcome(response.total(), response.timedOut()));
    return response;
  }

  @Override
  public String name() {
    return backend.name();
  }

  @Override
  public Map<String, Object> document(String id) {
    return backend.document(id);
  }

  @Override
  public Map<String, Object> health() {
    return backend.health();
  }

  @Override
  public Map<String, Object> indexStats() {
    return backend.indexStats();
  }

  @Override
  public SuggestResponse suggest(SuggestRequest request) {
    return backend.suggest(request);
  }

  @Override
  public Set<Capability> capabilities() {
    return backend.capabilities();
  }

  @Override
  public void close() throws Exception {
    backend.close();
  }
}
