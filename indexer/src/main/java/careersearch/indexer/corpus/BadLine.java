package careersearch.indexer.corpus;

/**
 * Why one input item (a line, an array item, a CSV row) is not a posting; the caller adds where it
 * was. No stack trace: it is not a bug.
 */
public final class BadLine extends RuntimeException {
  public BadLine(String reason) {
    super(reason, null, false, false);
  }
}
