package careersearch.indexer;

/**
 * Where a batch's time went, in milliseconds: opening the engine and replaying what it missed,
 * checking the items, the store's append and fsync, the engine's documents and its commit.
 */
public record IngestTook(long open, long check, long store, long index, long commit) {
  public long total() {
    return open + check + store + index + commit;
  }

  public String describe() {
    return String.format(
        java.util.Locale.ROOT,
        "%d ms (open and replay %d, check %d, store %d, index %d, commit %d)",
        total(),
        open,
        check,
        store,
        index,
        commit);
  }

  /** Milliseconds since the last call: the phases of a batch. */
  static final class Laps {
    private long last = System.nanoTime();

    long lap() {
      long now = System.nanoTime();
      long ms = (now - last) / 1_000_000;
      last = now;
      return ms;
    }
  }
}
