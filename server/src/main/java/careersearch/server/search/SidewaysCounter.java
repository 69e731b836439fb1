package careersearch.server.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Drill-sideways facet counts and the exact total in one pass over the matches of the base query
 * (the text without the facet filters), without scoring. For each match it reads the document's
 * facet ordinals from {@link FacetOrdinals} and checks every filtered dimension at once with one
 * bit per dimension: a document that passes every filter is a hit and counts in every dimension; a
 * document that fails exactly one filter is that dimension's near miss and counts only there, so a
 * multi-select dimension's counts ignore its own filter (Lucene's drill-sideways semantics); a
 * document that fails two filters counts nowhere.
 *
 * <p>This replaces Lucene's {@code DrillSideways}, which scores every match and collects bit sets
 * per dimension before counting them; the top hits are found by a separate scored search of the
 * drill-down query, which can skip non-competitive documents.
 */
final class SidewaysCounter
    implements CollectorManager<SidewaysCounter.Counting, SidewaysCounter.Result> {

  /** The total of documents that pass every filter, and the facet counts. */
  record Result(long total, Facets facets) {}

  /** At most this many dimensions can be filtered at once: one bit each in an int. */
  private static final int MAX_FILTERED_DIMS = Integer.SIZE;

  private final SortedSetDocValuesReaderState state;
  private final FacetOrdinals ordinals;

  /** Per global ordinal: bit f is set when the ordinal is a selected value of filtered dim f. */
  private final int[] selectedIn;

  /** The ordinal range of each filtered dimension (null: no document has that dimension). */
  private final OrdRange[] ranges;

  /** One bit per filtered dimension. */
  private final int allFilters;

  /**
   * @param filters selected values per dimension; values OR-ed within a dimension, dimensions
   *     AND-ed
   */
  SidewaysCounter(CareerSearcher searcher, Map<String, List<String>> filters) throws IOException {
    this.state = searcher.facetState();
    this.ordinals = searcher.facetOrdinals();
    List<Map.Entry<String, List<String>>> dims =
        filters.entrySet().stream().filter(e -> !e.getValue().isEmpty()).toList();
    if (dims.size() > MAX_FILTERED_DIMS) {
      throw new IllegalArgumentException("too many filtered dimensions: " + dims.size());
    }
    this.ranges = new OrdRange[dims.size()];
    this.selectedIn = dims.isEmpty() ? null : new int[ordinals.size()];
    SortedSetDocValues lookup = dims.isEmpty() ? null : state.getDocValues();
    for (int f = 0; f < dims.size(); f++) {
      String dim = dims.get(f).getKey();
      ranges[f] = state.getOrdRange(dim);
      for (String value : dims.get(f).getValue()) {
        long ord = ordinals.ordOf(FacetsConfig.pathToString(dim, value), lookup);
        if (ord >= 0) {
          selectedIn[(int) ord] |= 1 << f;
        }
      }
    }
    this.allFilters = dims.isEmpty() ? 0 : (int) ((1L << dims.size()) - 1);
  }

  @Override
  public Counting newCollector() {
    return new Counting();
  }

  @Override
  public Result reduce(Collection<Counting> collectors) {
    int[] counts = null;
    long total = 0;
    for (Counting c : collectors) {
      total += c.total;
      if (counts == null) {
        counts = c.counts;
      } else {
        for (int i = 0; i < counts.length; i++) {
          counts[i] += c.counts[i];
        }
      }
    }
    return new Result(
        total,
        new OrdinalFacets(state, ordinals, counts == null ? new int[ordinals.size()] : counts));
  }

  /** Counts into its own array; one per search thread. */
  final class Counting implements Collector {
    private final int[] counts = new int[ordinals.size()];
    private long total;

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) {
      int[] starts = ordinals.starts(context.ord);
      int[] ords = ordinals.ords(context.ord);
      return allFilters == 0
          ? new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {}

            @Override
            public void collect(int doc) {
              total++;
              for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
                counts[ords[i]]++;
              }
            }
          }
          : new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {}

            @Override
            public void collect(int doc) {
              int from = starts[doc];
              int to = starts[doc + 1];
              int met = 0;
              for (int i = from; i < to; i++) {
                met |= selectedIn[ords[i]];
              }
              int missed = allFilters & ~met;
              if (missed == 0) {
                total++;
                for (int i = from; i < to; i++) {
                  counts[ords[i]]++;
                }
              } else if ((missed & (missed - 1)) == 0) {
                // a near miss of exactly one filtered dimension: counts there only
                OrdRange range = ranges[Integer.numberOfTrailingZeros(missed)];
                if (range != null) {
                  for (int i = from; i < to; i++) {
                    int ord = ords[i];
                    if (ord >= range.start && ord <= range.end) {
                      counts[ord]++;
                    }
                  }
                }
              }
            }
          };
    }
  }
}
