package careersearch.server.http;

import careersearch.server.AdminService;
import careersearch.server.knowledge.Knowledge;
import careersearch.server.search.SearchService;
import careersearch.server.search.SuggestService;

/**
 * The services behind the HTTP API.
 *
 * @param admin background reindexing; null when the server has no corpus to reindex from
 * @param knowledge linked documents, salary insights and role comparison
 */
public record AppServices(
    SearchService search,
    SuggestService suggest,
    AdminService admin,
    AppSettings settings,
    Knowledge knowledge) {}
