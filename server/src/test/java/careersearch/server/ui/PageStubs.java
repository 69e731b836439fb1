package careersearch.server.ui;

/**
 * Scripts that stand in for API parts other issues add (suggestions, query understanding, linked
 * documents, salary insights), so the page's handling of them is tested before they land. Each
 * wraps {@code window.fetch} in the open page; they last until the next full page load.
 */
final class PageStubs {
  private PageStubs() {}

  private static final String JSON_RESPONSE =
      "const json = body => new Response(JSON.stringify(body),"
          + "  {status: 200, headers: {'Content-Type': 'application/json'}});"
          + "const original = window.fetch.bind(window);";

  /** GET /api/suggest answers three suggestions. */
  static final String SUGGESTIONS =
      JSON_RESPONSE
          + "window.fetch = (url, options) => String(url).startsWith('/api/suggest')"
          + "  ? Promise.resolve(json({suggestions: ["
          + "      {text: 'PyTorch', type: 'tool'}, {text: 'PyTorch Lightning', type: 'tool'},"
          + "      {text: 'Python', type: 'skill'}]}))"
          + "  : original(url, options);";

  /**
   * /api/search answers carry query.interpreted: PyTorch (tool), remote, senior; "pytorhc" gets a
   * did_you_mean of "pytorch".
   */
  static final String UNDERSTANDING =
      JSON_RESPONSE
          + "const known = {pytorch: ['tool', 'PyTorch'], remote: ['remote', 'remote'],"
          + "  senior: ['seniority', 'senior']};"
          + "window.fetch = async (url, options) => {"
          + "  const response = await original(url, options);"
          + "  if (!String(url).startsWith('/api/search') || !response.ok) return response;"
          + "  const body = await response.json();"
          + "  const q = new URL(url, location.href).searchParams.get('q') || '';"
          + "  body.query.interpreted = q.split(/\\s+/).filter(w => known[w.toLowerCase()])"
          + "    .map(w => ({dimension: known[w.toLowerCase()][0],"
          + "      value: known[w.toLowerCase()][1], text: w}));"
          + "  if (q === 'pytorhc') body.did_you_mean = 'pytorch';"
          + "  return json(body);"
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
