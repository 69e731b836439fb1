package careersearch.server.api;

import careersearch.schema.FacetDim;
import java.util.List;
import java.util.Map;

/**
 * A validated search request.
 *
 * @param q the query text; empty browses everything
 * @param filters values per dimension: OR within a dimension, AND across dimensions
 * @param salaryMin USD per year, or null
 * @param salaryMax USD per year, or null
 * @param page from 1
 * @param size hits per page, 1-100
 * @param strict recognized parts of {@code q} (senior, remote, over 150k) become filters instead of
 *     boosts
 * @param near a radius search, or null
 */
public record SearchRequest(
    String q,
    Map<FacetDim, List<String>> filters,
    Long salaryMin,
    Long salaryMax,
    SortOrder sort,
    int page,
    int size,
    boolean strict,
    Near near) {

  /** A request without a radius. */
  public SearchRequest(
      String q,
      Map<FacetDim, List<String>> filters,
      Long salaryMin,
      Long salaryMax,
      SortOrder sort,
      int page,
      int size,
      boolean strict) {
    this(q, filters, salaryMin, salaryMax, sort, page, size, strict, null);
  }

  public List<String> filter(FacetDim dim) {
    return filters.getOrDefault(dim, List.of());
  }

  /** The same request for another query text. */
  public SearchRequest withQ(String newQ) {
    return new SearchRequest(newQ, filters, salaryMin, salaryMax, sort, page, size, strict, near);
  }

  /** The same request with its radius around a resolved point. */
  public SearchRequest withNear(Near resolved) {
    return new SearchRequest(q, filters, salaryMin, salaryMax, sort, page, size, strict, resolved);
  }

  /** Offset of the first hit of the page. */
  public int offset() {
    return (page - 1) * size;
  }
}
