package careersearch.server.lucene.facet;

import careersearch.server.lucene.CareerSearcher;
import careersearch.server.lucene.TimeLimit;
import careersearch.server.lucene.ValuesOrQuery;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;

/**
 * The counting pass of a search, behind one entry point: the exact total of the hits (the matches
 * that pass the filters), their drill-sideways facet counts and, for a sorted page, the first hits
 * in that order. Which way it counts is its own business:
 *
 * <ul>
 *   <li>by profile tallies when the hits are whole profiles (a browse, recognized values) and
 *       nothing but facet filters restricts them: no match is visited;
 *   <li>else in one unscored pass over the matches ({@link SidewaysCounter}), through the match
 *       cache;
 *   <li>or, with {@code -Dcareersearch.facets=stock}, with stock Lucene's {@code DrillSideways}
 *       ({@link StockFacetCounter}), so the custom engine keeps earning its place.
 * </ul>
 *
 * <p>{@code -Dcareersearch.facets=one-pass} leaves the profile tallies out, so what they buy over
 * the one pass can be measured in one build (BENCHMARKS.md); {@code
 * -Dcareersearch.match-cache-mb=0} does the same for the match cache.
 */
public final class FacetEngine {
  /** Which counting serves: {@code engine} (the default), {@code one-pass} or {@code stock}. */
  static final String PROPERTY = "careersearch.facets";

  /** The ways of counting {@link #PROPERTY} chooses from. */
  enum Mode {
    ENGINE,
    ONE_PASS,
    STOCK;

    String key() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  private final Mode mode;

  private FacetEngine(Mode mode) {
    this.mode = mode;
  }

  /** The engine {@code -Dcareersearch.facets} selects (read once, when a search service starts). */
  public static FacetEngine selected() {
    String asked = System.getProperty(PROPERTY, "engine").strip().toLowerCase(Locale.ROOT);
    for (Mode mode : Mode.values()) {
      if (mode.key().equals(asked)) {
        return new FacetEngine(mode);
      }
    }
    throw new IllegalStateException(
        "-D"
            + PROPERTY
            + " is '"
            + asked
            + "'; allowed: "
            + Arrays.stream(Mode.values()).map(Mode::key).collect(Collectors.joining(", ")));
  }

  /**
   * @param matching the text query's matches, before any filter
   * @param restricted {@code matching} with the restrictions that are not facet filters (salary,
   *     radius, expiry), or null when there are none
   * @param filters selected values per dimension; values OR-ed within a dimension, dimensions
   *     AND-ed
   * @param byValue a sort of the page by value, or null for none
   * @param n how many of the first hits in {@code byValue} order the page needs
   * @param keepMatches whether the result should also say which documents {@code restricted}
   *     matched ({@link SidewaysCounter.Result#matches}; null when the counting did not visit them
   *     all)
   */
  public SidewaysCounter.Result count(
      CareerSearcher searcher,
      Query matching,
      Query restricted,
      Map<String, List<String>> filters,
      Sort byValue,
      int n,
      boolean keepMatches,
      TimeLimit limit)
      throws IOException {
    Query base = restricted == null ? matching : restricted;
    if (mode == Mode.STOCK) {
      return StockFacetCounter.count(searcher, base, filters, byValue, n, limit);
    }
    SidewaysCounter counter = new SidewaysCounter(searcher, filters);
    if (byValue != null) {
      counter.keepingTop(byValue, n);
    }
    if (keepMatches && restricted != null) {
      counter.keepingMatches();
    }
    SidewaysCounter.Result byProfiles =
        restricted == null && mode == Mode.ENGINE
            ? byProfiles(searcher, counter, matching, limit)
            : null;
    return byProfiles != null
        ? byProfiles
        : counter.countMatches(searcher, base, searcher.matchCache(), limit);
  }

  /** Counts from profile tallies when every match is a whole profile; null when they are not. */
  private static SidewaysCounter.Result byProfiles(
      CareerSearcher searcher, SidewaysCounter counter, Query matching, TimeLimit limit)
      throws IOException {
    if (matching instanceof MatchAllDocsQuery) {
      // browsing: every profile's documents are matches
      boolean[] all = new boolean[searcher.facetOrdinals().profiles().size()];
      Arrays.fill(all, true);
      return counter.countByProfiles(searcher, all, null, limit);
    }
    if (matching instanceof ValuesOrQuery values) {
      boolean[] matches = values.profilesWithValues(searcher);
      return matches == null
          ? null
          : counter.countByProfiles(searcher, matches, values.others(), limit);
    }
    return null;
  }
}
