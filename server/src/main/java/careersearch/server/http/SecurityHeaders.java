package careersearch.server.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/** The hardening headers every response carries, including errors Jetty writes itself. */
final class SecurityHeaders {
  /** Only our own scripts, styles and API: no inline code, no third parties, no framing. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
          + "frame-ancestors 'none'; form-action 'self'";

  private static final Map<String, String> HEADERS = new LinkedHashMap<>();

  static {
    HEADERS.put("X-Content-Type-Options", "nosniff");
    HEADERS.put("X-Frame-Options", "DENY");
    HEADERS.put("Referrer-Policy", "no-referrer");
    HEADERS.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    HEADERS.put("Cross-Origin-Opener-Policy", "same-origin");
    HEADERS.put("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  }

  private SecurityHeaders() {}

  static void forEach(BiConsumer<String, String> header) {
    HEADERS.forEach(header);
  }
}
