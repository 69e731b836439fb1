package careersearch.server.api;

/**
 * A validated role comparison request ({@code GET /api/compare}): two role titles, codes or article
 * roles, each as given (at most {@value #MAX_ROLE_LENGTH} characters).
 */
public record CompareRequest(String a, String b) {
  /** Longest role title accepted, in characters. */
  public static final int MAX_ROLE_LENGTH = 200;
}
