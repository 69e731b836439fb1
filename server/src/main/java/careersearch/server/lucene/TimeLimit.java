package careersearch.server.lucene;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;

/**
 * A time limit for one search that keeps what was found: once the deadline passes, collection stops
 * (segment by segment, via {@link CollectionTerminatedException}) and the caller answers with the
 * hits and counts gathered so far.
 */
public final class TimeLimit {
  /** Check the clock every this many collected documents: System.nanoTime is not free. */
  public static final int CHECK_EVERY = 256;

  private final long deadline;
  private final AtomicBoolean expired = new AtomicBoolean();

  public TimeLimit(long millis) {
    this.deadline = System.nanoTime() + millis * 1_000_000;
  }

  public boolean expired() {
    return expired.get();
  }

  /**
   * Whether the deadline has passed, for loops that collect on their own: call it every {@link
   * #CHECK_EVERY} documents or so.
   */
  public boolean passed() {
    if (System.nanoTime() > deadline) {
      expired.set(true);
    }
    return expired.get();
  }

  /** Wraps a collector manager so its collectors stop at the deadline. */
  public <C extends Collector, T> CollectorManager<Collector, T> wrap(
      CollectorManager<C, T> inner) {
    return WrappedCollectors.wrap(inner, Limited::new);
  }

  private final class Limited extends FilterCollector {
    Limited(Collector in) {
      super(in);
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      if (passed()) { // once per segment, besides every CHECK_EVERY documents within it
        throw new CollectionTerminatedException();
      }
      return new FilterLeafCollector(super.getLeafCollector(context)) {
        private int count;

        @Override
        public void collect(int doc) throws IOException {
          if (++count % CHECK_EVERY == 0 && passed()) {
            throw new CollectionTerminatedException();
          }
          super.collect(doc);
        }

        @Override
        public DocIdSetIterator competitiveIterator() throws IOException {
          // lets a sorted top-N search skip documents that cannot compete (points of the field)
          return in.competitiveIterator();
        }
      };
    }
  }
}
