package careersearch.server.ui;

/**
 * Scripts that stand in for API parts the page must cope with before or without them: a server
 * without /api/suggest, and issue 6's linked documents and salary insights. Each wraps {@code
 * window.fetch} in the open page; they last until the next full page load.
 */
final class PageStubs {
  private PageStubs() {}

  private static final String JSON_RESPONSE =
      "const json = body => new Response(JSON.stringify(body),"
          + "  {status: 200, headers: {'Content-Type': 'application/json'}});"
          + "const original = window.fetch.bind(window);";

  /** The server has no /api/suggest (404, as before issue 5); calls are counted. */
  static final String NO_SUGGEST_ROUTE =
      JSON_RESPONSE
          + "window.__suggestCalls = 0;"
          + "window.fetch = (url, options) => {"
          + "  if (!String(url).startsWith('/api/suggest')) return original(url, options);"
          + "  window.__suggestCalls++;"
          + "  return Promise.resolve(new Response(JSON.stringify({error: {status: 404,"
          + "    message: 'no route GET /api/suggest; try GET /api/search'}}),"
          + "    {status: 404, headers: {'Content-Type': 'application/json'}}));"
          + "};";

  /**
   * Documents gain related lists (issue 6's shape: lists of {id, type, title, why}) and GET
   * /api/salaries answers percentiles, a band histogram and medians by year. The last salaries URL
   * asked for is kept in window.__salaryQuery.
   */
  static final String KNOWLEDGE =
      JSON_RESPONSE
          + "window.fetch = async (url, options) => {"
          + "  const u = String(url);"
          + "  if (u.startsWith('/api/salaries')) {"
          + "    window.__salaryQuery = u;"
          + "    return json({count: 8, min: 110000, p10: 118000, p25: 131000, median: 145000,"
          + "      p75: 163000, p90: 181000, max: 190000, mean: 148125, histogram: ["
          + "        {value: 'under-50k', label: 'Under $50K', count: 0},"
          + "        {value: '50k-100k', label: '$50K-100K', count: 0},"
          + "        {value: '100k-150k', label: '$100K-150K', count: 5},"
          + "        {value: '150k-200k', label: '$150K-200K', count: 3},"
          + "        {value: '200k-300k', label: '$200K-300K', count: 0},"
          + "        {value: '300k-plus', label: '$300K+', count: 0}],"
          + "      median_by_year: [{year: 2024, median: 139000}, {year: 2025, median: 145000}]});"
          + "  }"
          + "  const response = await original(url, options);"
          + "  if (!u.startsWith('/api/documents/') || !response.ok) return response;"
          + "  const doc = await response.json();"
          + "  doc.related = {"
          + "    tools: [{id: 'tool:pytorch', type: 'tool', title: 'PyTorch',"
          + "      why: 'named in the description and the skills'}],"
          + "    occupation: [{id: 'occupation:15-2051.00', type: 'occupation',"
          + "      title: 'Data Scientists', why: 'O*NET title matches \"Data Scientist\"'}]};"
          + "  return json(doc);"
          + "};";
}
