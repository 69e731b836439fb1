package careersearch.server.api;

import java.util.List;
import java.util.Map;

/**
 * The answer to a search. Serialized with snake_case names: {@code took_ms}.
 *
 * @param query the request as understood
 * @param hits one map per hit: id, type, title, snippet, score and the type's own fields
 * @param facets per dimension parameter, values with label and count
 * @param didYouMean a better-spelled query, or null
 * @param timedOut true when the search hit its time limit: total, hits and facets then cover only
 *     the documents examined in time
 */
public record SearchResponse(
    Map<String, Object> query,
    long total,
    long tookMs,
    List<Map<String, Object>> hits,
    Map<String, List<FacetValue>> facets,
    String didYouMean,
    boolean timedOut) {

  /** One value of a facet dimension with its count under the current filters. */
  public record FacetValue(String value, String label, long count, boolean selected) {}
}
