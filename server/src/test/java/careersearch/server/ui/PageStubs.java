package careersearch.server.ui;

/**
 * Scripts that stand in for API parts the page must cope with without them: a server without
 * /api/suggest. Each wraps {@code window.fetch} in the open page; it lasts until the next full page
 * load. (The linked documents and salary insights are the real endpoints'.)
 */
final class PageStubs {
  private PageStubs() {}

  private static final String ORIGINAL_FETCH = "const original = window.fetch.bind(window);";

  /** The server has no /api/suggest (404, as before issue 5); calls are counted. */
  static final String NO_SUGGEST_ROUTE =
      ORIGINAL_FETCH
          + "window.__suggestCalls = 0;"
          + "window.fetch = (url, options) => {"
          + "  if (!String(url).startsWith('/api/suggest')) return original(url, options);"
          + "  window.__suggestCalls++;"
          + "  return Promise.resolve(new Response(JSON.stringify({error: {status: 404,"
          + "    message: 'no route GET /api/suggest; try GET /api/search'}}),"
          + "    {status: 404, headers: {'Content-Type': 'application/json'}}));"
          + "};";
}
