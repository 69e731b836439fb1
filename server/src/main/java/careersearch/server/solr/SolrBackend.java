package careersearch.server.solr;

import careersearch.indexer.solr.SolrHttp;
import careersearch.indexer.solr.SolrIndex;
import careersearch.indexer.suggest.Completions;
import careersearch.schema.Schema;
import careersearch.server.api.Capability;
import careersearch.server.api.SearchBackend;
import careersearch.server.api.SearchRequest;
import careersearch.server.api.SearchResponse;
import careersearch.server.api.SuggestRequest;
import careersearch.server.api.SuggestResponse;
import careersearch.server.query.QueryVocabulary;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A SolrCloud collection (through its alias) as the search backend, over Solr's HTTP/JSON APIs with
 * the JDK's HTTP client and failover between node URLs. The interpreter's vocabulary is read from
 * the collection and refreshed when its version changes.
 */
public final class SolrBackend implements SearchBackend {
  private static final Logger LOG = LoggerFactory.getLogger(SolrBackend.class);

  private final SolrHttp solr;
  private final String collection;
  private final String synonyms;
  private final careersearch.places.Gazetteer gazetteer;
  private final SolrSearch search;
  private final Instant openedAt = Instant.now();
  private final ScheduledExecutorService refresher;
  private volatile QueryVocabulary vocabulary;
  private volatile AnalyzingInfixSuggester suggester;
  private AnalyzingInfixSuggester previousSuggester;
  private volatile long vocabularyVersion = -1;

  /**
   * @param collection the alias (or collection) to search
   * @param synonyms the synonym rules of the collection's configset (index and query-only ones),
   *     for the interpreter: a nickname of a tool names the tool
   * @param refresh how often to look for a new index version
   */
  public SolrBackend(
      SolrHttp solr,
      String collection,
      String synonyms,
      careersearch.places.Gazetteer gazetteer,
      Duration refresh) {
    this.gazetteer = gazetteer;
    this.solr = solr;
    this.collection = collection;
    this.synonyms = synonyms;
    this.search = new SolrSearch(solr, collection, () -> vocabulary);
    refreshVocabulary();
    this.refresher =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "solr-vocabulary-refresh");
              t.setDaemon(true);
              return t;
            });
    refresher.scheduleWithFixedDelay(
        this::refreshVocabulary, refresh.toMillis(), refresh.toMillis(), TimeUnit.MILLISECONDS);
  }

  private static void closeQuietly(AnalyzingInfixSuggester s) {
    if (s != null) {
      try {
        s.close();
      } catch (IOException e) {
        LOG.debug("closing a suggester: {}", e.toString());
      }
    }
  }

  /** Reloads the vocabulary when the collection changed since the last load. */
  synchronized void refreshVocabulary() {
    try {
      long version = ((Number) search.counts().get("index_version")).longValue();
      if (version != vocabularyVersion) {
        vocabulary = SolrVocabulary.load(solr, collection, synonyms, gazetteer);
        AnalyzingInfixSuggester fresh = SolrVocabulary.suggester(solr, collection);
        // the one before the current may still serve a request in flight: close the one before it
        closeQuietly(previousSuggester);
        previousSuggester = suggester;
        suggester = fresh;
        vocabularyVersion = version;
        LOG.info("Loaded the query vocabulary of {} (version {})", collection, version);
      }
    } catch (RuntimeException e) {
      LOG.warn("Could not load the query vocabulary from Solr: {}", e.getMessage());
    }
  }

  @Override
  public String name() {
    return "solr";
  }

  @Override
  public SearchResponse search(SearchRequest request) {
    return search.search(request);
  }

  @Override
  public Map<String, Object> document(String id) {
    return search.document(id);
  }

  @Override
  public Map<String, Object> health() {
    Map<String, Object> health = new LinkedHashMap<>();
    health.put("status", "ok");
    health.putAll(search.counts());
    health.put("schema_version", Schema.VERSION);
    health.put("committed_at", null);
    health.put("opened_at", openedAt.toString());
    health.put("backend", name());
    health.put("alias", collection);
    String target = new SolrIndex(solr, collection).aliasTarget();
    health.put("collection", target == null ? collection : target);
    health.put("solr_nodes", solr.nodes());
    return health;
  }

  @Override
  public SuggestResponse suggest(SuggestRequest request) {
    AnalyzingInfixSuggester current = suggester;
    return SuggestResponse.complete(
        request, (q, size) -> current == null ? List.of() : Completions.lookup(current, q, size));
  }

  @Override
  public Set<Capability> capabilities() {
    return EnumSet.of(Capability.DID_YOU_MEAN, Capability.SUGGEST);
  }

  @Override
  public void close() {
    refresher.shutdownNow();
    closeQuietly(previousSuggester);
    closeQuietly(suggester);
  }
}
