package careersearch.server.search;

import careersearch.schema.FacetDim;
import careersearch.schema.SalaryBand;
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

  private SearcherWarmer() {}

  static List<SearchRequest> requests() {
    List<SearchRequest> requests = new ArrayList<>();
    requests.add(request("", Map.of(), SortOrder.RELEVANCE));
    for (String words : WORDS) {
      requests.add(request(words, Map.of(), SortOrder.RELEVANCE));
    }
    for (SortOrder sort : SortOrder.values()) {
      requests.add(request(WORDS.get(0), Map.of(), sort));
    }
    String band = SalaryBand.values()[SalaryBand.values().length / 2].key();
    requests.add(request("", Map.of(FacetDim.SALARY_BAND, List.of(band)), SortOrder.RELEVANCE));
    return requests;
  }

  private static SearchRequest request(
      String q, Map<FacetDim, List<String>> filters, SortOrder sort) {
    return new SearchRequest(q, filters, null, null, sort, 1, 10, false);
  }
}
