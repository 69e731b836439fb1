package careersearch.server.api;

/**
 * A validated completion request ({@code GET /api/suggest}).
 *
 * @param q the typed text, stripped; empty completes nothing
 * @param size most completions, 1-{@value #MAX_SIZE}
 */
public record SuggestRequest(String q, int size) {
  public static final int MAX_SIZE = 20;
  public static final int DEFAULT_SIZE = 8;

  /** Longest typed text, in characters. */
  public static final int MAX_LENGTH = 100;
}
