package careersearch.server.lucene;

import java.io.IOException;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Whether a query matches at least so many documents, without scoring and stopping at that many: a
 * few postings read, where a count or a scored search of a broad query reads them all.
 */
final class AtLeast {
  private AtLeast() {}

  static boolean matches(IndexSearcher searcher, Query query, int enough) throws IOException {
    AtomicInteger seen = new AtomicInteger();
    searcher.search(query, new Counting(seen, enough));
    return seen.get() >= enough;
  }

  private record Counting(AtomicInteger seen, int enough)
      implements CollectorManager<Collector, Void> {
    @Override
    public Collector newCollector() {
      return new Collector() {
        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
          if (seen.get() >= enough) {
            throw new CollectionTerminatedException();
          }
          return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {}

            @Override
            public void collect(int doc) {
              if (seen.incrementAndGet() >= enough) {
                throw new CollectionTerminatedException();
              }
            }
          };
        }

        @Override
        public ScoreMode scoreMode() {
          return ScoreMode.COMPLETE_NO_SCORES;
        }
      };
    }

    @Override
    public Void reduce(Collection<Collector> collectors) {
      return null;
    }
  }
}
