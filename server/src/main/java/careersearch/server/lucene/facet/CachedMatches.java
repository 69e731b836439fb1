package careersearch.server.lucene.facet;

import careersearch.server.lucene.TimeLimit;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.FixedBitSet;

/**
 * The {@link MatchCache}'s side of {@link SidewaysCounter}: counting one segment's cached matches a
 * profile at a time, giving cached matches as bit sets, and recording the matches a search counts
 * ({@link Recording}) so that they can be cached. Kept apart from the counter, which decides what a
 * match counts for, so that how cached matches are visited and kept reads in one place.
 */
final class CachedMatches {
  private CachedMatches() {}

  /**
   * More visits than one per this many documents of a segment go in document order: most cache
   * lines of the value columns are read anyway, so read each once.
   */
  private static final int DENSE_VISITS = 16;

  /** Cached matches by segment as bit sets. */
  static FixedBitSet[] bits(IndexSearcher searcher, MatchCache.Segment[] cached) {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    FixedBitSet[] bits = new FixedBitSet[leaves.size()];
    for (LeafReaderContext leaf : leaves) {
      MatchCache.Segment docs = cached[leaf.ord];
      if (docs != null) {
        bits[leaf.ord] = new FixedBitSet(leaf.reader().maxDoc());
        for (int doc : docs.docs()) {
          bits[leaf.ord].set(doc);
        }
      }
    }
    return bits;
  }

  /**
   * Counts one segment's cached matches; false when the deadline passed on the way.
   *
   * @param visit scratch, one entry per profile
   */
  static boolean countSegment(
      SegmentCounter counter, MatchCache.Segment docs, int maxDoc, boolean[] visit, TimeLimit limit)
      throws IOException {
    long visits = 0;
    for (int p = 0; p < visit.length; p++) {
      int n = docs.size(p);
      visit[p] = n > 0 && counter.visits(p, n);
      visits += visit[p] ? n : 0;
    }
    if (visits * DENSE_VISITS > maxDoc) {
      return collectInDocOrder(counter, docs, maxDoc, visit, limit);
    }
    for (int p = 0; p < visit.length; p++) {
      if (visit[p]) {
        counter.collectProfile(p, docs.docs(), docs.start(p), docs.start(p + 1));
      }
    }
    return !limit.passed();
  }

  /** Visits the matches of the visited profiles in document order, through a bit set. */
  private static boolean collectInDocOrder(
      SegmentCounter counter, MatchCache.Segment docs, int maxDoc, boolean[] visit, TimeLimit limit)
      throws IOException {
    FixedBitSet inOrder = new FixedBitSet(maxDoc);
    for (int p = 0; p < visit.length; p++) {
      if (visit[p]) {
        for (int i = docs.start(p); i < docs.start(p + 1); i++) {
          inOrder.set(docs.docs()[i]);
        }
      }
    }
    long[] words = inOrder.getBits();
    for (int w = 0; w < words.length; w++) {
      for (long word = words[w]; word != 0; word &= word - 1) {
        counter.collect((w << 6) | Long.numberOfTrailingZeros(word));
      }
      if ((w & 1023) == 0 && limit.passed()) {
        return false;
      }
    }
    return true;
  }

  /** Records the matches that reach the counting collectors, per segment. */
  static final class Recording {
    private final FacetOrdinals ordinals;
    private final int[][] docs;
    private final int[] counts;

    /**
     * @param ordinals the counter's, whose profiles group the recorded matches
     */
    Recording(int segments, FacetOrdinals ordinals) {
      this.ordinals = ordinals;
      this.docs = new int[segments][];
      this.counts = new int[segments];
    }

    Collector wrap(Collector counting) {
      return new FilterCollector(counting) {
        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
          int ord = context.ord;
          docs[ord] = new int[1024];
          return new FilterLeafCollector(super.getLeafCollector(context)) {
            @Override
            public void collect(int doc) throws IOException {
              int n = counts[ord];
              if (n == docs[ord].length) {
                docs[ord] = ArrayUtil.grow(docs[ord], n + 1);
              }
              docs[ord][n] = doc;
              counts[ord] = n + 1;
              in.collect(doc);
            }
          };
        }
      };
    }

    long count() {
      long count = 0;
      for (int n : counts) {
        count += n;
      }
      return count;
    }

    /** The recorded matches by segment as bit sets. */
    FixedBitSet[] bits(IndexSearcher searcher) {
      FixedBitSet[] bits = new FixedBitSet[docs.length];
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        int s = leaf.ord;
        if (counts[s] > 0) {
          bits[s] = new FixedBitSet(leaf.reader().maxDoc());
          for (int i = 0; i < counts[s]; i++) {
            bits[s].set(docs[s][i]);
          }
        }
      }
      return bits;
    }

    MatchCache.Segment[] grouped() {
      MatchCache.Segment[] grouped = new MatchCache.Segment[docs.length];
      for (int s = 0; s < docs.length; s++) {
        if (counts[s] > 0) {
          grouped[s] =
              MatchCache.group(
                  docs[s], counts[s], ordinals.segment(s).profiles, ordinals.profiles().size());
        }
      }
      return grouped;
    }
  }
}
