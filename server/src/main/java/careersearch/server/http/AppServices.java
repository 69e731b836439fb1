package careersearch.server.http;

import careersearch.server.AdminService;
import careersearch.server.backend.LuceneBackend;
import careersearch.server.backend.SearchBackend;
import careersearch.server.search.SearchService;
import careersearch.server.search.SuggestService;

/**
 * The services behind the HTTP API.
 *
 * @param backend the search engine: embedded Lucene or SolrCloud
 * @param admin background reindexing; null when the server has no corpus to reindex from
 */
public record AppServices(SearchBackend backend, AdminService admin, AppSettings settings) {

  /** The embedded Lucene backend over these services. */
  public AppServices(
      SearchService search, SuggestService suggest, AdminService admin, AppSettings settings) {
    this(new LuceneBackend(search, suggest), admin, settings);
  }
}
