package careersearch.server.ops;

/**
 * What the search of the current request found, for its access-log line. Requests run on one thread
 * from the before-handler to the request logger, so a thread-local carries it there.
 *
 * @param total matching documents
 * @param timedOut whether the search stopped at its deadline
 */
record SearchOutcome(long total, boolean timedOut) {
  private static final ThreadLocal<SearchOutcome> CURRENT = new ThreadLocal<>();

  static void set(SearchOutcome outcome) {
    CURRENT.set(outcome);
  }

  /** The outcome of this thread's request, or null; forgets it. */
  static SearchOutcome take() {
    SearchOutcome outcome = CURRENT.get();
    CURRENT.remove();
    return outcome;
  }

  static void clear() {
    CURRENT.remove();
  }
}
