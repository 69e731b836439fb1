package careersearch.server.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * Security-relevant settings of the HTTP layer.
 *
 * @param adminToken bearer token required by state-changing endpoints; null or blank turns them off
 * @param corsOrigins origins allowed to call the API from a browser; empty turns CORS off
 * @param maxSearches searches (search, salaries, compare) run at once; more wait in the queue
 * @param searchQueue searches that may wait for a turn; past it a search gets 503 + Retry-After
 * @param maxIngestBytes largest body of {@code POST /api/admin/postings}; other routes keep theirs
 */
public record AppSettings(
    String adminToken,
    List<String> corsOrigins,
    int maxSearches,
    int searchQueue,
    long maxIngestBytes) {

  /** Body limit of {@code POST /api/admin/postings}: 32 MiB, about 20,000 postings of 1.5 KB. */
  public static final long DEFAULT_MAX_INGEST_BYTES = 32L * 1024 * 1024;

  /** One search per core: a search is CPU-bound, more at once only lengthens each. */
  public static final int DEFAULT_MAX_SEARCHES = Runtime.getRuntime().availableProcessors();

  /** A few waiting per running search: a short burst waits, a flood is refused. */
  public static final int DEFAULT_SEARCH_QUEUE = 4 * DEFAULT_MAX_SEARCHES;

  public AppSettings {
    if (maxIngestBytes < 1) {
      throw new IllegalArgumentException(
          "the ingest body limit must be 1 byte or more, was " + maxIngestBytes);
    }
    if (maxSearches < 1 || searchQueue < 0) {
      throw new IllegalArgumentException(
          "max searches must be 1 or more and the search queue 0 or more, were "
              + maxSearches
              + " and "
              + searchQueue);
    }
  }

  /** The default ingest body limit. */
  public AppSettings(
      String adminToken, List<String> corsOrigins, int maxSearches, int searchQueue) {
    this(adminToken, corsOrigins, maxSearches, searchQueue, DEFAULT_MAX_INGEST_BYTES);
  }

  /** The default search limits. */
  public AppSettings(String adminToken, List<String> corsOrigins) {
    this(adminToken, corsOrigins, DEFAULT_MAX_SEARCHES, DEFAULT_SEARCH_QUEUE);
  }

  /** Everything off: no admin API, no CORS. */
  public static AppSettings defaults() {
    return new AppSettings(null, List.of());
  }

  public boolean adminEnabled() {
    return adminToken != null && !adminToken.isBlank();
  }

  /** Compares in constant time, so response timing does not reveal the token. */
  public boolean adminTokenMatches(String presented) {
    if (!adminEnabled() || presented == null) {
      return false;
    }
    return MessageDigest.isEqual(
        adminToken.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
  }
}
