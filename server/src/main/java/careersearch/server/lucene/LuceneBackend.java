package careersearch.server.lucene;

import careersearch.server.api.Capability;
import careersearch.server.api.SearchBackend;
import careersearch.server.api.SearchRequest;
import careersearch.server.api.SearchResponse;
import careersearch.server.api.SuggestRequest;
import careersearch.server.api.SuggestResponse;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The embedded Lucene index: a thin adapter over {@link SearchService} and {@link SuggestService}.
 */
public final class LuceneBackend implements SearchBackend {
  private final SearchService search;
  private final SuggestService suggest;

  public LuceneBackend(SearchService search, SuggestService suggest) {
    this.search = search;
    this.suggest = suggest;
  }

  @Override
  public String name() {
    return "lucene";
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
    return search.health();
  }

  @Override
  public Map<String, Object> indexStats() {
    return search.indexStats();
  }

  @Override
  public SuggestResponse suggest(SuggestRequest request) {
    return suggest.suggest(request);
  }

  @Override
  public Set<Capability> capabilities() {
    return EnumSet.allOf(Capability.class);
  }
}
