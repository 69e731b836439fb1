package careersearch.server.api;

import careersearch.server.query.Interpretation;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * One search, the same for every backend: run the request as asked, look for a spelling correction,
 * search the correction instead when the words as typed matched nothing (and it finds something),
 * and shape the response. Each backend supplies the {@link Engine}: how it runs a request and how
 * it corrects spelling.
 */
public final class SearchFlow {
  private SearchFlow() {}

  /** One search as an engine ran it: interpretation, the total, the page of hits, the facets. */
  public record Outcome(
      List<Interpretation> interpreted,
      boolean timedOut,
      long total,
      List<Map<String, Object>> hits,
      Map<String, List<SearchResponse.FacetValue>> facets) {}

  /**
   * A spelling correction of the query.
   *
   * @param unmatched it replaces words that match no document as typed: searched even when the
   *     query as typed found something
   */
  public record Correction(String text, boolean unmatched) {}

  /** What a backend does for {@link #search}. */
  public interface Engine {
    Outcome run(SearchRequest request) throws IOException;

    /** The query's correction, or null; words the interpretation recognized stay as typed. */
    Correction spelling(String q, List<Interpretation> interpreted) throws IOException;
  }

  public static SearchResponse search(SearchRequest request, Engine engine) throws IOException {
    long start = System.nanoTime();
    Outcome outcome = engine.run(request);
    Correction correction =
        request.q() == null || request.q().isBlank()
            ? null
            : engine.spelling(request.q(), outcome.interpreted());
    Map<String, Object> echo = ResponseShape.echo(request, outcome.interpreted());
    if (correction != null && (outcome.total() == 0 || correction.unmatched())) {
      // words that matched nothing as typed: search the correction instead (when it finds
      // something), and say so
      Outcome corrected = engine.run(request.withQ(correction.text()));
      if (corrected.total() > 0) {
        echo = ResponseShape.echo(request, corrected.interpreted());
        echo.put("searched", correction.text());
        echo.put("corrected", true);
        outcome = corrected;
      }
    }
    return new SearchResponse(
        echo,
        outcome.total(),
        (System.nanoTime() - start) / 1_000_000,
        outcome.hits(),
        outcome.facets(),
        correction == null ? null : correction.text(),
        outcome.timedOut());
  }
}
