package careersearch.server.lucene;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * Passes on to a collector only the documents that also match another query. A ranked query may
 * match more than the documents that count as hits (its clauses that only rank, such as an
 * attribute's words as text); a top-N search then checks only the few documents that reach the
 * collector against the hits' query, instead of intersecting two large disjunctions for every
 * document. The collector still tells the scorer which scores can compete, as it only raises that
 * bound on documents it keeps.
 */
final class MatchesOnly {
  private MatchesOnly() {}

  /** The collectors of {@code inner}, given only the documents that match {@code hits}. */
  static <C extends Collector, T> CollectorManager<Collector, T> of(
      IndexSearcher searcher, Query hits, CollectorManager<C, T> inner) throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(hits), ScoreMode.COMPLETE_NO_SCORES, 1f);
    return WrappedCollectors.wrap(inner, collector -> new Restricted(collector, weight));
  }

  private static final class Restricted extends FilterCollector {
    private final Weight hits;

    Restricted(Collector in, Weight hits) {
      super(in);
      this.hits = hits;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      Scorer scorer = hits.scorer(context);
      if (scorer == null) {
        throw new CollectionTerminatedException(); // no hit in this segment
      }
      TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
      DocIdSetIterator approximation =
          twoPhase == null ? scorer.iterator() : twoPhase.approximation();
      return new FilterLeafCollector(super.getLeafCollector(context)) {
        @Override
        public void collect(int doc) throws IOException {
          // documents come in order within a segment, so the iterator only moves forward
          int at = approximation.docID();
          if (at < doc) {
            at = approximation.advance(doc);
          }
          if (at == doc && (twoPhase == null || twoPhase.matches())) {
            super.collect(doc);
          }
        }
      };
    }
  }
}
