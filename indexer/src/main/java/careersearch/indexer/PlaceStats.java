package careersearch.indexer;

import careersearch.places.Place;
import careersearch.places.PlaceResolver;
import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;

/**
 * Resolves the postings' locations during a rebuild and counts for its summary: how many were
 * resolved, how many kept only their text, and the time it took. The adder's workers share it.
 */
public final class PlaceStats {
  private final PlaceResolver resolver;
  private final LongAdder resolved = new LongAdder();
  private final LongAdder unresolved = new LongAdder();
  private final LongAdder nanos = new LongAdder();

  public PlaceStats(PlaceResolver resolver) {
    this.resolver = resolver;
  }

  /** A posting's place; a location that resolves to nothing is counted, never rejected. */
  public Place resolve(String location) {
    long start = System.nanoTime();
    Place place = resolver.resolve(location);
    nanos.add(System.nanoTime() - start);
    if (location != null && !location.isBlank()) {
      (place.resolved() ? resolved : unresolved).increment();
    }
    return place;
  }

  public long resolved() {
    return resolved.sum();
  }

  public long unresolved() {
    return unresolved.sum();
  }

  public Duration took() {
    return Duration.ofNanos(nanos.sum());
  }

  /** Mean time per resolved or unresolved location, in microseconds. */
  public double microsPerLocation() {
    long n = resolved() + unresolved();
    return n == 0 ? 0 : nanos.sum() / 1000.0 / n;
  }
}
