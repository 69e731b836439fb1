package careersearch.server.http;

import careersearch.server.AdminService;
import careersearch.server.PostingsAdmin;
import careersearch.server.api.SearchBackend;
import careersearch.server.knowledge.Knowledge;
import careersearch.server.lucene.LuceneBackend;
import careersearch.server.lucene.SearchService;
import careersearch.server.lucene.SuggestService;

/**
 * The services behind the HTTP API.
 *
 * @param backend the search engine: embedded Lucene or SolrCloud
 * @param admin background reindexing; null when the server has no corpus to reindex from
 * @param knowledge linked documents, salary insights and role comparison; null where the backend
 *     does not offer them
 * @param postings the admin API's postings (ingest, record, delete); null where the backend does
 *     not offer them
 */
public record AppServices(
    SearchBackend backend,
    AdminService admin,
    AppSettings settings,
    Knowledge knowledge,
    PostingsAdmin postings) {

  /** Without the postings API. */
  public AppServices(
      SearchBackend backend, AdminService admin, AppSettings settings, Knowledge knowledge) {
    this(backend, admin, settings, knowledge, null);
  }

  /** A backend without the knowledge endpoints. */
  public AppServices(SearchBackend backend, AdminService admin, AppSettings settings) {
    this(backend, admin, settings, null, null);
  }

  /** The embedded Lucene backend over these services, without the knowledge endpoints. */
  public AppServices(
      SearchService search, SuggestService suggest, AdminService admin, AppSettings settings) {
    this(new LuceneBackend(search, suggest), admin, settings, null, null);
  }

  /** The embedded Lucene backend over these services, with the knowledge endpoints. */
  public AppServices(
      SearchService search,
      SuggestService suggest,
      AdminService admin,
      AppSettings settings,
      Knowledge knowledge) {
    this(new LuceneBackend(search, suggest), admin, settings, knowledge, null);
  }

  /** The same services with the postings API. */
  public AppServices withPostings(PostingsAdmin postings) {
    return new AppServices(backend, admin, settings, knowledge, postings);
  }
}
