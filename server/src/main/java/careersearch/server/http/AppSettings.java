package careersearch.server.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * Security-relevant settings of the HTTP layer.
 *
 * @param adminToken bearer token required by state-changing endpoints; null or blank turns them off
 * @param corsOrigins origins allowed to call the API from a browser; empty turns CORS off
 */
public record AppSettings(String adminToken, List<String> corsOrigins) {

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
