package careersearch.server.ops;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of a request: the caller's {@code X-Request-Id} when it is safe to log and echo, else a
 * new one. Bounded and plain, so a hostile header can neither flood a log line nor forge one.
 */
public final class RequestIds {
  public static final String HEADER = "X-Request-Id";

  /** Longest id taken from a caller (a UUID is 36, a W3C trace id 32). */
  public static final int MAX_LENGTH = 128;

  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");

  private RequestIds() {}

  /** The given id when it is 1-128 of {@code A-Z a-z 0-9 . _ : -}, else a new random one. */
  public static String accept(String given) {
    return given != null && SAFE.matcher(given).matches() ? given : generate();
  }

  static String generate() {
    return UUID.randomUUID().toString();
  }
}
