package careersearch.server.api;

import careersearch.schema.DocType;
import careersearch.schema.FacetDim;
import careersearch.server.query.Exclusions;
import careersearch.server.query.Interpretation;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every backend's search response has in common, written once: the echo of the request with
 * its chips, a hit as shown (its fields, its snippet's pick), which source fields a hit leaves to
 * the document endpoint, how many values an open facet lists and how long a search may run.
 */
public final class ResponseShape {
  private ResponseShape() {}

  /** Source fields too long for a hit; the document endpoint returns them. */
  public static final Set<String> FULL_DOCUMENT_ONLY =
      Set.of(
          "text",
          "description",
          "tasks",
          "alternate_titles",
          "reported_titles",
          "occupations",
          "related",
          "onet_names");

  /** How long one search may run before it answers with what it found so far. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

  /** Values listed for an open facet dimension. */
  public static final int TOP_VALUES = 10;

  /** An interpretation as the API shows it. */
  public static Map<String, Object> chip(Interpretation i) {
    Map<String, Object> chip = new LinkedHashMap<>();
    chip.put("dimension", i.dimension());
    chip.put("value", i.value());
    chip.put("text", i.text());
    chip.put("label", i.label());
    if (i.dimension().equals("salary")) {
      chip.put("salary_min", i.salaryMin());
      chip.put("salary_max", i.salaryMax());
    }
    return chip;
  }

  /** The request as the response's {@code query} echoes it, with the interpretation's chips. */
  public static Map<String, Object> echo(SearchRequest request, List<Interpretation> interpreted) {
    Map<String, Object> echo = new LinkedHashMap<>();
    echo.put("q", request.q());
    Map<String, List<String>> filters = new LinkedHashMap<>();
    request.filters().forEach((dim, values) -> filters.put(dim.param(), values));
    echo.put("filters", filters);
    echo.put("salary_min", request.salaryMin());
    echo.put("salary_max", request.salaryMax());
    echo.put("sort", request.sort().key());
    echo.put("page", request.page());
    echo.put("size", request.size());
    echo.put(
        "salary_reports_in_hits",
        request.filter(FacetDim.TYPE).contains(DocType.SALARY_REPORT.key()));
    echo.put("strict", request.strict());
    echo.put("include_expired", request.includeExpired());
    echo.put("mode", request.mode() == null ? SearchMode.LEXICAL.key() : request.mode().key());
    if (request.near() != null) {
      Map<String, Object> near = new LinkedHashMap<>();
      near.put("place", request.near().place());
      near.put("lat", request.near().lat());
      near.put("lon", request.near().lon());
      near.put("within_km", request.near().withinKm());
      echo.put("near", near);
    }
    echo.put("interpreted", interpreted.stream().map(ResponseShape::chip).toList());
    echo.put("excluded", Exclusions.of(request.q()).excluded());
    return echo;
  }

  /**
   * A hit as every backend shows it: id, type, title, snippet and score first, then what the
   * backend adds ({@code matched_by}, {@code distance_km}), then the stored fields a hit keeps, and
   * whether it has expired.
   *
   * @param source the stored document's fields; emptied of what the hit moves to its head
   * @param score the relevance score, or null when the page was not scored
   */
  public static Map<String, Object> hit(
      Map<String, Object> source,
      String snippet,
      Float score,
      Map<String, Object> added,
      LocalDate today) {
    Map<String, Object> hit = new LinkedHashMap<>();
    hit.put("id", source.remove("id"));
    hit.put("type", source.remove("type"));
    hit.put("title", source.remove("title"));
    hit.put("snippet", snippet);
    hit.put("score", score);
    hit.putAll(added);
    source.keySet().removeAll(FULL_DOCUMENT_ONLY);
    hit.putAll(source);
    Expiry.mark(hit, today);
    return hit;
  }

  /**
   * A hit's snippet from its highlighted passages: the body passage if it has a match, else a title
   * that has one, else the body's opening.
   */
  public static String pickSnippet(String body, String title) {
    if (body != null && body.contains("<mark>")) {
      return body;
    }
    if (title != null && title.contains("<mark>")) {
      return title;
    }
    return body != null ? body : title;
  }
}
