package careersearch.server.lucene.facet;

import careersearch.server.lucene.CareerSearcher;
import careersearch.server.lucene.SortedPage;
import careersearch.server.lucene.TimeLimit;
import careersearch.server.lucene.ValuesOrQuery;
import careersearch.server.lucene.WrappedCollectors;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * Drill-sideways facet counts and the exact total in one pass over the matches of the base query
 * (the text without the facet filters), without scoring. A document that passes every filter is a
 * hit and counts in every dimension; a document that fails exactly one filter is that dimension's
 * near miss and counts only there, so a multi-select dimension's counts ignore its own filter
 * (Lucene's drill-sideways semantics); a document that fails two filters counts nowhere.
 *
 * <p>Most of the work is per {@link FacetProfiles profile} rather than per match: which filters on
 * the dimensions with few values a profile fails is worked out once per request, and a match only
 * counts its profile as a hit or a near miss, and its values in the other dimensions (a couple of
 * {@link SegmentFacets columns}). The profiles' counts are added to their values at the end. A
 * profile that fails exactly one filter always fails the same one, so its near misses count in that
 * dimension only.
 *
 * <p>This replaces Lucene's {@code DrillSideways}, which scores every match and collects bit sets
 * per dimension before counting them; the top hits are found by a separate scored search of the
 * drill-down query, which can skip non-competitive documents.
 */
public final class SidewaysCounter
    implements CollectorManager<SidewaysCounter.Counting, SidewaysCounter.Result> {

  /**
   * The total of documents that pass every filter, the facet counts, and the top of those documents
   * in the sort order when one was asked for ({@link #keepingTop}), else null.
   */
  public record Result(long total, Facets facets, TopFieldDocs top, FixedBitSet[] matches) {
    public Result(long total, Facets facets, TopFieldDocs top) {
      this(total, facets, top, null);
    }

    Result withMatches(FixedBitSet[] matches) {
      return new Result(total, facets, top, matches);
    }
  }

  private final SortedSetDocValuesReaderState state;
  private final FacetOrdinals ordinals;
  private final FacetProfiles profiles;
  private final SidewaysFilters filters;

  /** Where sorted pages read values; only with a {@link CareerSearcher}. */
  private ValueColumns valueColumns;

  /** Keeps the top hits in a sort order while counting, or null. */
  private SortField topKey;

  private int topN;

  /** Whether {@link #countMatches} also says which documents matched. */
  private boolean keepMatches;

  /**
   * @param filters selected values per dimension; values OR-ed within a dimension, dimensions
   *     AND-ed
   */
  public SidewaysCounter(CareerSearcher searcher, Map<String, List<String>> filters)
      throws IOException {
    this(searcher.facetState(), searcher.facetOrdinals(), filters);
    this.valueColumns = searcher.valueColumns();
  }

  SidewaysCounter(
      SortedSetDocValuesReaderState state,
      FacetOrdinals ordinals,
      Map<String, List<String>> filters)
      throws IOException {
    this.state = state;
    this.ordinals = ordinals;
    this.profiles = ordinals.profiles();
    this.filters = SidewaysFilters.of(state, ordinals, filters);
  }

  /**
   * Also keeps the first {@code n} hits in a sort order that needs no scores ({@link
   * SortedPage#byValue}), and one more, which tells {@link SortedPage} whether hits past the page
   * tie with its last: the counting pass visits every hit anyway, unscored, so a sorted page costs
   * no second search.
   */
  public SidewaysCounter keepingTop(Sort sort, int n) {
    if (valueColumns == null) {
      throw new IllegalStateException("a sorted page needs the searcher's value columns");
    }
    this.topKey = sort.getSort()[0];
    this.topN = n + 1;
    return this;
  }

  /**
   * Also says which documents matched ({@link Result#matches}, by segment) when {@link
   * #countMatches} counted every one before the deadline: a search that goes on to rank them can
   * then be led by them.
   */
  public SidewaysCounter keepingMatches() {
    this.keepMatches = true;
    return this;
  }

  /**
   * Counts the hits of a query that matches whole {@link FacetProfiles profiles} or another query
   * ({@link ValuesOrQuery}), without visiting the profiles' documents one by one: a profile's live
   * documents and their values are summed from the segment's {@link ProfileTallies}, and only the
   * other query's matches in the remaining profiles are visited. Only when every filtered dimension
   * is in profiles (else a document's other values decide) and no sorted top is kept.
   *
   * @param matches per profile: whether its documents are hits
   * @param others what else matches, or null
   * @param limit stops visiting the other query's matches at its deadline (what was counted stays)
   * @return the result, or null when this way of counting does not apply
   */
  public Result countByProfiles(
      IndexSearcher searcher, boolean[] matches, Query others, TimeLimit limit) throws IOException {
    if (filters.otherFilters != 0 || topKey != null) {
      return null;
    }
    Counting counting = newCollector();
    Weight othersWeight =
        others == null
            ? null
            : searcher.createWeight(searcher.rewrite(others), ScoreMode.COMPLETE_NO_SCORES, 1f);
    int visited = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      SegmentFacets segment = ordinals.segment(leaf.ord);
      Bits liveDocs = leaf.reader().getLiveDocs();
      ProfileTallies tallies = segment.tallies(liveDocs, profiles.size());
      for (int p = 0; p < matches.length; p++) {
        if (!matches[p] || tallies.docs[p] == 0) {
          continue;
        }
        int missed = filters.missOfProfile[p];
        if (missed == 0) {
          counting.hits[p] += tallies.docs[p];
          tallies.addValues(p, counting.counts);
        } else if ((missed & (missed - 1)) == 0) {
          counting.nearMisses[p] += tallies.docs[p];
        }
      }
      Scorer scorer = othersWeight == null ? null : othersWeight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      LeafCollector counter = counting.getLeafCollector(leaf);
      DocIdSetIterator it = scorer.iterator(); // exact matches, two-phase checks included
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (!matches[segment.profiles[doc]] && (liveDocs == null || liveDocs.get(doc))) {
          counter.collect(doc);
        }
        if (++visited % TimeLimit.CHECK_EVERY == 0 && limit.passed()) {
          return reduce(List.of(counting));
        }
      }
    }
    return reduce(List.of(counting));
  }

  /**
   * Counts every match of a query: from the {@link MatchCache} when its matches are there, else by
   * searching it, keeping its matches there for the next time when it was counted before (unless
   * the deadline cut the search short).
   *
   * @param cache the searcher's, grouped by the profiles of this counter's {@link FacetOrdinals}
   * @param limit stops counting at its deadline (what was counted stays)
   */
  public Result countMatches(IndexSearcher searcher, Query query, MatchCache cache, TimeLimit limit)
      throws IOException {
    Query rewritten = searcher.rewrite(query);
    MatchCache.Segment[] cached = cache.get(rewritten);
    if (cached != null) {
      Result result = countCached(searcher, cached, limit);
      return keepMatches && !limit.expired()
          ? result.withMatches(CachedMatches.bits(searcher, cached))
          : result;
    }
    boolean keep = cache.keeps() && cache.seenBefore(rewritten);
    if (!keep && !keepMatches) {
      return searcher.search(rewritten, limit.wrap(this));
    }
    CachedMatches.Recording recording =
        new CachedMatches.Recording(searcher.getIndexReader().leaves().size(), ordinals);
    Result result =
        searcher.search(rewritten, limit.wrap(WrappedCollectors.wrap(this, recording::wrap)));
    long count = recording.count();
    if (keep && !limit.expired() && cache.keeps(count)) {
      cache.put(rewritten, recording.grouped(), count);
    }
    return keepMatches && !limit.expired() ? result.withMatches(recording.bits(searcher)) : result;
  }

  /**
   * Counts a query's cached matches a profile at a time: a profile's near misses are added up at
   * once, and only the matches the counter must see are visited. When they are few, straight from
   * their profiles' groups (a sorted top then sees them out of document order, which {@link
   * ValueTop} does not mind: it breaks ties by document id); when they are many, in document order
   * through a bit set, so that reading their values sweeps the columns once rather than once per
   * profile.
   */
  private Result countCached(IndexSearcher searcher, MatchCache.Segment[] matches, TimeLimit limit)
      throws IOException {
    Counting counting = newCollector();
    boolean[] visit = new boolean[profiles.size()];
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      MatchCache.Segment docs = matches[leaf.ord];
      if (docs != null
          && !CachedMatches.countSegment(
              counting.getLeafCollector(leaf), docs, leaf.reader().maxDoc(), visit, limit)) {
        break; // the deadline passed: what was counted stays
      }
    }
    return reduce(List.of(counting));
  }

  @Override
  public Counting newCollector() throws IOException {
    return new Counting(topKey == null ? null : new ValueTop(topKey, topN, valueColumns));
  }

  @Override
  public Result reduce(Collection<Counting> collectors) throws IOException {
    int[] counts = new int[ordinals.size() + 1];
    int[] hits = new int[profiles.size()];
    int[] nearMisses = new int[profiles.size()];
    for (Counting c : collectors) {
      add(counts, c.counts);
      add(hits, c.hits);
      add(nearMisses, c.nearMisses);
    }
    // the profiles' counts to their values: a hit to every value, a near miss to its values in the
    // one filtered dimension that it fails
    long total = 0;
    for (int p = 0; p < hits.length; p++) {
      if (hits[p] != 0) {
        total += hits[p];
        profiles.addTo(counts, p, -1L, hits[p]);
      }
      if (nearMisses[p] != 0) {
        long bits = filters.bitsOfDim[Integer.numberOfTrailingZeros(filters.missOfProfile[p])];
        profiles.addTo(counts, p, bits, nearMisses[p]);
      }
    }
    TopFieldDocs topDocs =
        topKey == null ? null : ValueTop.merge(collectors.stream().map(c -> c.top).toList(), total);
    return new Result(total, new OrdinalFacets(state, ordinals, counts), topDocs);
  }

  private static void add(int[] into, int[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] += from[i];
    }
  }

  /** Counts into its own arrays; one per search thread. */
  final class Counting implements Collector {
    private final int[] counts = new int[ordinals.size() + 1];
    private final int[] hits = new int[profiles.size()];
    private final int[] nearMisses = new int[profiles.size()];
    private final ValueTop top;

    Counting(ValueTop top) {
      this.top = top;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public SegmentCounter getLeafCollector(LeafReaderContext context) throws IOException {
      return SegmentCounter.of(
          ordinals.segment(context.ord),
          filters,
          new SegmentCounter.Tallies(
              counts, hits, nearMisses, top == null ? null : top.leaf(context)));
    }
  }
}
