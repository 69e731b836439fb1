package careersearch.server.api;

import careersearch.schema.FacetDim;
import careersearch.schema.Vocabulary;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Turns query parameters (name to values, as any HTTP layer gives them) into a {@link
 * SearchRequest}, or a {@link BadRequestException} that says what to change.
 */
public final class SearchRequestParser {
  public static final int MAX_SIZE = 100;
  public static final int DEFAULT_SIZE = 10;

  /** Deepest hit reachable by paging (page x size), as Elasticsearch's max_result_window. */
  public static final int MAX_WINDOW = 10_000;

  /** Longest accepted query text, in characters. */
  public static final int MAX_QUERY_LENGTH = 1_000;

  /** Most words in a query: each becomes clauses over three fields. */
  public static final int MAX_QUERY_WORDS = 64;

  private static final List<String> SINGLE_PARAMS =
      List.of(
          "q",
          "salary_min",
          "salary_max",
          "sort",
          "page",
          "size",
          "strict",
          "near",
          "within_km",
          "mode",
          "include_expired");

  private SearchRequestParser() {}

  /** Every parameter the search endpoint understands. */
  public static Set<String> knownParams() {
    Set<String> known = new TreeSet<>(SINGLE_PARAMS);
    known.addAll(FacetDim.params());
    return known;
  }

  public static SearchRequest parse(Map<String, List<String>> params) {
    ParamSyntax.onlyKnown(params, List.copyOf(knownParams()));
    String q = single(params, "q");
    if (q != null && q.length() > MAX_QUERY_LENGTH) {
      throw new BadRequestException(
          "q is " + q.length() + " characters long; the limit is " + MAX_QUERY_LENGTH);
    }
    if (q != null && q.strip().split("\\s+").length > MAX_QUERY_WORDS) {
      throw new BadRequestException(
          "q has "
              + q.strip().split("\\s+").length
              + " words; the limit is "
              + MAX_QUERY_WORDS
              + ": search for the few words that matter most");
    }
    Map<FacetDim, List<String>> filters = new EnumMap<>(FacetDim.class);
    for (FacetDim dim : FacetDim.values()) {
      List<String> values = filterValues(params, dim);
      if (!values.isEmpty()) {
        filters.put(dim, values);
      }
    }
    Long salaryMin = nonNegative(params, "salary_min");
    Long salaryMax = nonNegative(params, "salary_max");
    if (salaryMin != null && salaryMax != null && salaryMin > salaryMax) {
      throw new BadRequestException(
          "salary_min (" + salaryMin + ") is greater than salary_max (" + salaryMax + ")");
    }
    String sortKey = single(params, "sort");
    SortOrder sort =
        sortKey == null
            ? SortOrder.RELEVANCE
            : SortOrder.fromKey(sortKey)
                .orElseThrow(() -> unknownValue("sort", sortKey, SortOrder.keys()));
    int page = intParam(params, "page", 1);
    if (page < 1) {
      throw new BadRequestException("page must be 1 or more, was " + page);
    }
    int size = intParam(params, "size", DEFAULT_SIZE);
    if (size < 1 || size > MAX_SIZE) {
      throw new BadRequestException("size must be between 1 and " + MAX_SIZE + ", was " + size);
    }
    if ((long) page * size > MAX_WINDOW) {
      throw new BadRequestException(
          "page x size must not exceed "
              + MAX_WINDOW
              + " (was "
              + (long) page * size
              + "); narrow the query or filters instead of paging this deep");
    }
    String modeKey = single(params, "mode");
    SearchMode mode =
        modeKey == null
            ? null
            : SearchMode.fromKey(modeKey)
                .orElseThrow(() -> unknownValue("mode", modeKey, SearchMode.keys()));
    Near near = near(params);
    if (sort == SortOrder.DISTANCE && near == null) {
      throw new BadRequestException("sort=distance needs near (a place name, or lat,lon)");
    }
    return new SearchRequest(
        q == null ? "" : q.strip(),
        filters,
        salaryMin,
        salaryMax,
        sort,
        page,
        size,
        bool(params, "strict"),
        near,
        mode,
        bool(params, "include_expired"));
  }

  private static final java.util.regex.Pattern LAT_LON =
      java.util.regex.Pattern.compile(
          "\\s*(-?\\d{1,3}(?:\\.\\d+)?)\\s*,\\s*(-?\\d{1,3}(?:\\.\\d+)?)\\s*");

  /** near and within_km: a place name or lat,lon, and a radius of 1-1000 km (50 by default). */
  private static Near near(Map<String, List<String>> params) {
    String near = single(params, "near");
    Long km = nonNegative(params, "within_km");
    if (near == null || near.isBlank()) {
      if (km != null) {
        throw new BadRequestException("within_km needs near (a place name, or lat,lon)");
      }
      return null;
    }
    if (km != null && (km < Near.MIN_KM || km > Near.MAX_KM)) {
      throw new BadRequestException(
          "within_km must be between " + Near.MIN_KM + " and " + Near.MAX_KM + ", was " + km);
    }
    int radius = km == null ? Near.DEFAULT_KM : km.intValue();
    java.util.regex.Matcher point = LAT_LON.matcher(near);
    if (point.matches()) {
      double lat = Double.parseDouble(point.group(1));
      double lon = Double.parseDouble(point.group(2));
      if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
        throw new BadRequestException(
            "near " + near.strip() + ": latitude must be within ±90 and longitude within ±180");
      }
      return new Near(null, lat, lon, radius);
    }
    if (near.length() > 200) {
      throw new BadRequestException("near is " + near.length() + " characters; the limit is 200");
    }
    return new Near(near.strip(), null, null, radius);
  }

  private static List<String> filterValues(Map<String, List<String>> params, FacetDim dim) {
    List<String> allowed = Vocabulary.allowed(dim);
    Set<String> values = new LinkedHashSet<>();
    for (String raw : params.getOrDefault(dim.param(), List.of())) {
      // comma lists are accepted too for the closed vocabularies: type=job,tool
      Stream<String> parts = allowed == null ? Stream.of(raw) : Stream.of(raw.split(","));
      parts.map(String::strip).filter(v -> !v.isEmpty()).forEach(values::add);
    }
    if (allowed != null) {
      for (String value : values) {
        if (!allowed.contains(value)) {
          throw unknownValue(dim.param(), value, allowed);
        }
      }
    }
    return new ArrayList<>(values);
  }

  private static BadRequestException unknownValue(
      String param, String value, List<String> allowed) {
    return new BadRequestException(
        "unknown " + param + " '" + value + "'; allowed values: " + String.join(", ", allowed));
  }

  /** The value of a parameter that may be given once; empty counts as absent. */
  private static String single(Map<String, List<String>> params, String name) {
    List<String> values = params.getOrDefault(name, List.of());
    if (values.size() > 1) {
      throw new BadRequestException(
          "parameter '" + name + "' was given " + values.size() + " times; give it once");
    }
    return values.isEmpty() || values.get(0).isBlank() && !name.equals("q") ? null : values.get(0);
  }

  private static boolean bool(Map<String, List<String>> params, String name) {
    return ParamSyntax.bool(name, single(params, name));
  }

  private static int intParam(Map<String, List<String>> params, String name, int fallback) {
    String value = single(params, name);
    if (value == null) {
      return fallback;
    }
    long parsed = ParamSyntax.wholeNumber(name, value, "a whole number");
    if (parsed > Integer.MAX_VALUE) {
      throw new BadRequestException(name + " is too large, was '" + value + "'");
    }
    return (int) parsed;
  }

  private static Long nonNegative(Map<String, List<String>> params, String name) {
    String value = single(params, name);
    if (value == null) {
      return null;
    }
    return ParamSyntax.wholeNumber(name, value, "a whole number of USD per year (e.g. 120000)");
  }
}
