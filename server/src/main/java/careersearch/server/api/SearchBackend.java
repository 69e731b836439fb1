package careersearch.server.api;

import careersearch.server.lucene.LuceneBackend;
import careersearch.server.solr.SolrBackend;
import java.util.Map;
import java.util.Set;

/**
 * The engine behind the HTTP API: the embedded Lucene index ({@link LuceneBackend}, the default) or
 * a SolrCloud collection ({@link SolrBackend}). Both answer with the same JSON shapes; where one
 * cannot, {@link #capabilities()} says so.
 */
public interface SearchBackend extends AutoCloseable {
  /** {@code lucene} or {@code solr}. */
  String name();

  /** Full-text and faceted search. */
  SearchResponse search(SearchRequest request);

  /**
   * The whole stored document.
   *
   * @throws careersearch.server.api.NotFoundException for an unknown id
   */
  Map<String, Object> document(String id);

  /** Status, documents per type, index version. */
  Map<String, Object> health();

  /**
   * Figures for the metrics: {@code segments}, {@code size_bytes} (on disk), {@code version},
   * {@code opened_at} (epoch ms of the searcher serving now); empty where the backend has none.
   */
  default Map<String, Object> indexStats() {
    return Map.of();
  }

  /** Completions as you type for a parsed request. */
  SuggestResponse suggest(SuggestRequest request);

  /** What this backend can do of what the API offers. */
  Set<Capability> capabilities();

  @Override
  default void close() throws Exception {}
}
