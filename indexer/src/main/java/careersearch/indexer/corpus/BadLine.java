package careersearch.indexer.corpus;

/** A bad line's reason; the caller adds file and line. No stack trace: it is not a bug. */
final class BadLine extends RuntimeException {
  BadLine(String reason) {
    super(reason, null, false, false);
  }
}
