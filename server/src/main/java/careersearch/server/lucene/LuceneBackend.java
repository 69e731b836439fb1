package careersearch.server.lucene;

import careersearch.server.api.Capability;
import careersearch.server.api.SearchBackend;
import careersearch.server.api.SearchRequest;
import careersearch.server.api.SearchResponse;
import java.util.EnumSet;
import java.util.List;
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
  public Map<String, Object> suggest(Map<String, List<String>> params) {
    return suggest.suggest(params);
  }

  @Override
  public Set<Capability> capabilities() {
    return EnumSet.allOf(Capability.class);
  }
}
