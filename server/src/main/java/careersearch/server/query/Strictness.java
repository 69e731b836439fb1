package careersearch.server.query;

import careersearch.schema.FacetDim;
import careersearch.server.api.SearchRequest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** How interpretations act on a request: as filters (strict) or, by default, as boosts. */
public final class Strictness {
  private Strictness() {}

  /** Recognized tools: in strict mode the documents must mention them. */
  public static List<Interpretation> tools(List<Interpretation> interpreted) {
    return interpreted.stream().filter(i -> i.dimension().equals("tool")).toList();
  }

  /**
   * Parts that are not words to search for even as boosts: "over 150k" and "jobs" say what to show,
   * no document text should have to contain them (the Solr backend's text query).
   */
  public static List<Interpretation> notWords(List<Interpretation> interpreted) {
    return interpreted.stream()
        .filter(i -> i.dimension().equals("salary") || i.dimension().equals("type"))
        .toList();
  }

  /** The request with every recognized value added to its filters (OR within a dimension). */
  public static SearchRequest asFilters(SearchRequest request, List<Interpretation> interpreted) {
    Map<FacetDim, List<String>> filters = new EnumMap<>(FacetDim.class);
    request.filters().forEach((dim, values) -> filters.put(dim, new ArrayList<>(values)));
    Long min = request.salaryMin();
    Long max = request.salaryMax();
    for (Interpretation i : interpreted) {
      if (i.dimension().equals("salary")) {
        min = tighter(min, i.salaryMin(), true);
        max = tighter(max, i.salaryMax(), false);
        continue;
      }
      FacetDim.fromParam(i.dimension())
          .ifPresent(
              dim -> {
                Set<String> values = new LinkedHashSet<>(filters.getOrDefault(dim, List.of()));
                values.add(i.value());
                filters.put(dim, new ArrayList<>(values));
              });
    }
    return new SearchRequest(
        request.q(),
        filters,
        min,
        max,
        request.sort(),
        request.page(),
        request.size(),
        true,
        request.near(),
        request.mode(),
        request.includeExpired());
  }

  private static Long tighter(Long current, Long candidate, boolean lower) {
    if (candidate == null) {
      return current;
    }
    if (current == null) {
      return candidate;
    }
    return lower ? Math.max(current, candidate) : Math.min(current, candidate);
  }
}
