package careersearch.server.lucene;

import careersearch.schema.DocType;
import careersearch.schema.FacetDim;
import careersearch.schema.Fields;
import careersearch.server.api.SearchRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What a request asks of its documents besides the text, written once for every query a search runs
 * (counting, the page, the semantic side, the job-intent page): the restrictions that are not
 * facets (salary range, radius, expiry) and the facet filters.
 *
 * @param radius the documents within the request's radius ({@link Radius#within}), or null for none
 * @param expired the expired postings to leave out, or null for none
 */
record Restrictions(SearchRequest request, DocBits radius, Query expired) {

  /**
   * The same restrictions for another request with the same radius (the semantic side's
   * per-dimension searches).
   */
  Restrictions of(SearchRequest other) {
    return new Restrictions(other, radius, expired);
  }

  /** True when there are no restrictions besides facet filters (the counting fast paths). */
  boolean none() {
    return request.salaryMin() == null
        && request.salaryMax() == null
        && radius == null
        && expired == null;
  }

  /**
   * Applies salary_min / salary_max (a salary range overlapping [min, max] matches), the radius,
   * and leaves out the expired postings.
   */
  Query restrict(Query query) {
    Query within = Radius.restrict(query, radius);
    if (request.salaryMin() == null && request.salaryMax() == null && expired == null) {
      return within;
    }
    BooleanQuery.Builder restricted = new BooleanQuery.Builder().add(within, Occur.MUST);
    if (request.salaryMin() != null || request.salaryMax() != null) {
      restricted.add(
          QueryFactory.overlapping(request.salaryMin(), request.salaryMax()), Occur.FILTER);
    }
    if (expired != null) {
      restricted.add(expired, Occur.MUST_NOT);
    }
    return restricted.build();
  }

  /**
   * The restricted query with the request's facet filters: values OR-ed within a dimension,
   * dimensions AND-ed, the documents of Lucene's drill-down query. Each dimension is a {@link
   * ValuesOrQuery}, which a dimension in profiles answers from the documents' profile ids: the
   * first hits of a filtered browse are an array scan away, with no postings to read and no filter
   * cache to fill on a new searcher. Without a type filter, salary reports are excluded by their
   * one type term: the same documents as allowing every other type, for less work than a clause
   * that matches almost every document.
   */
  Query filter(Query base) {
    BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(restrict(base), Occur.MUST);
    request
        .filters()
        .forEach(
            (dim, values) -> {
              if (!values.isEmpty()) {
                List<ValuesOrQuery.Value> any =
                    values.stream().map(v -> new ValuesOrQuery.Value(dim.param(), v)).toList();
                filtered.add(new ValuesOrQuery(any, null), Occur.FILTER);
              }
            });
    if (request.filter(FacetDim.TYPE).isEmpty()) {
      filtered.add(
          new TermQuery(new Term(Fields.TYPE, DocType.SALARY_REPORT.key())), Occur.MUST_NOT);
    }
    return filtered.build();
  }

  /**
   * The facet filters by dimension, as the counting pass takes them: the request's, plus, unless it
   * filters by type, every type but salary reports, which would bury everything else (as a filter,
   * the type facet still counts them). The same documents as {@link #filter}'s clauses.
   */
  Map<String, List<String>> facetFilters() {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    request.filters().forEach((dim, values) -> filters.put(dim.param(), values));
    if (request.filter(FacetDim.TYPE).isEmpty()) {
      filters.put(
          FacetDim.TYPE.param(),
          Arrays.stream(DocType.values())
              .filter(type -> type != DocType.SALARY_REPORT)
              .map(DocType::key)
              .toList());
    }
    return filters;
  }
}
