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
 * @param mode how documents are found, or null for the backend's default (hybrid where the index
 *     has vectors, else lexical)
 * @param includeExpired whether job postings past their valid_through are searched too; by default
 *     they are left out ({@link Expiry})
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
    Near near,
    SearchMode mode,
    boolean includeExpired) {

  /** A request in the given mode, without expired postings. */
  public SearchRequest(
      String q,
      Map<FacetDim, List<String>> filters,
      Long salaryMin,
      Long salaryMax,
      SortOrder sort,
      int page,
      int size,
      boolean strict,
      Near near,
      SearchMode mode) {
    this(q, filters, salaryMin, salaryMax, sort, page, size, strict, near, mode, false);
  }

  /** A request in the backend's default mode. */
  public SearchRequest(
      String q,
      Map<FacetDim, List<String>> filters,
      Long salaryMin,
      Long salaryMax,
      SortOrder sort,
      int page,
      int size,
      boolean strict,
      Near near) {
    this(q, filters, salaryMin, salaryMax, sort, page, size, strict, near, null);
  }

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
    return new SearchRequest(
        newQ, filters, salaryMin, salaryMax, sort, page, size, strict, near, mode, includeExpired);
  }

  /** The same request with its radius around a resolved point. */
  public SearchRequest withNear(Near resolved) {
    return new SearchRequest(
        q, filters, salaryMin, salaryMax, sort, page, size, strict, resolved, mode, includeExpired);
  }

  /** The same request without the filter of one dimension (counting that dimension's values). */
  public SearchRequest withoutFilter(FacetDim dim) {
    Map<FacetDim, List<String>> others = new java.util.EnumMap<>(FacetDim.class);
    others.putAll(filters);
    others.remove(dim);
    return new SearchRequest(
        q, others, salaryMin, salaryMax, sort, page, size, strict, near, mode, includeExpired);
  }

  /** The same request in another mode. */
  public SearchRequest withMode(SearchMode newMode) {
    return new SearchRequest(
        q, filters, salaryMin, salaryMax, sort, page, size, strict, near, newMode, includeExpired);
  }

  /** Offset of the first hit of the page. */
  public int offset() {
    return (page - 1) * size;
  }
}
