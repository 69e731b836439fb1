package careersearch.server.http;

import careersearch.server.AdminService;
import careersearch.server.search.SearchService;
import careersearch.server.search.SuggestService;

/**
 * The services behind the HTTP API.
 *
 * @param admin background reindexing; null when the server has no corpus to reindex from
 */
public record AppServices(
    SearchService search, SuggestService suggest, AdminService admin, AppSettings settings) {}
