package careersearch.server.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;

/**
 * A collector manager whose collectors wrap those of another manager (to stop at a deadline, to
 * pass on only some documents); the result is the other manager's, reduced from its own collectors.
 */
public final class WrappedCollectors {
  private WrappedCollectors() {}

  public static <C extends Collector, T> CollectorManager<Collector, T> wrap(
      CollectorManager<C, T> inner, Function<C, Collector> wrapper) {
    return new CollectorManager<>() {
      private final List<C> collectors = new ArrayList<>();

      @Override
      public Collector newCollector() throws IOException {
        C collector = inner.newCollector();
        synchronized (collectors) {
          collectors.add(collector);
        }
        return wrapper.apply(collector);
      }

      @Override
      public T reduce(Collection<Collector> wrapped) throws IOException {
        return inner.reduce(collectors);
      }
    };
  }
}
