package careersearch.server.lucene;

import careersearch.schema.FacetDim;
import careersearch.schema.SalaryBand;
import careersearch.server.api.SearchRequest;
import careersearch.server.api.SortOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The searches a new searcher runs before it serves, shaped like real requests: a browse, keyword
 * searches with facets and snippets, a salary band, each sort order. The first request after an
 * index switch then finds the segments' terms, postings, offsets, norms, doc values and stored
 * fields open and the searcher's caches filled, rather than paying for that itself.
 */
final class SearcherWarmer {
  private static final List<String> WORDS = List.of("data engineer", "senior remote python");

  /** A tool alone: a selective search, whose cost is mostly hits, snippets and spelling. */
  private static final String TOOL = "kubernetes";

  private SearcherWarmer() {}

  static List<SearchRequest> requests() {
    List<SearchRequest> requests = new ArrayList<>();
    requests.add(request("", Map.of(), SortOrder.RELEVANCE));
    for (String words : WORDS) {
      requests.add(request(words, Map.of(), SortOrder.RELEVANCE));
    }
    for (SortOrder sort : SortOrder.values()) {
      if (sort != SortOrder.DISTANCE) { // needs a point: warmed by the radius request below
        requests.add(request(WORDS.get(0), Map.of(), sort));
      }
    }
    // the points' tree and doc values of a radius search, nearest first
    requests.add(
        request(WORDS.get(0), Map.of(), SortOrder.DISTANCE)
            .withNear(new careersearch.server.api.Near(null, 47.6062, -122.3321, 50)));
    requests.add(request(TOOL, Map.of(), SortOrder.RELEVANCE));
    String band = SalaryBand.values()[SalaryBand.values().length / 2].key();
    requests.add(request("", Map.of(FacetDim.SALARY_BAND, List.of(band)), SortOrder.RELEVANCE));
    // a multi-select filter and two filters with a sort: the counting paths of filtered searches
    requests.add(
        request(
            "engineer", Map.of(FacetDim.SENIORITY, List.of("senior", "mid")), SortOrder.RELEVANCE));
    requests.add(
        request(
            "machine learning",
            Map.of(FacetDim.REMOTE, List.of("remote"), FacetDim.EMPLOYMENT, List.of("full_time")),
            SortOrder.SALARY_DESC));
    return requests;
  }

  private static SearchRequest request(
      String q, Map<FacetDim, List<String>> filters, SortOrder sort) {
    return new SearchRequest(q, filters, null, null, sort, 1, 10, false);
  }
}
