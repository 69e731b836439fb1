package careersearch.server.ops;

/**
 * Settings of the access and slow-query logs, from the environment (or a system property of the
 * same meaning, which tests set).
 *
 * @param jsonLogs access-log lines as JSON ({@code CAREERSEARCH_LOG_FORMAT=json}), else text
 * @param slowQueryMs a search or other request slower than this is logged with its parameters
 *     ({@code CAREERSEARCH_SLOW_QUERY_MS}, default 1000; 0 or less turns the slow-query log off)
 */
public record OpsSettings(boolean jsonLogs, long slowQueryMs) {
  public static final long DEFAULT_SLOW_QUERY_MS = 1000;

  public static OpsSettings fromEnvironment() {
    String format = setting("careersearch.log-format", "CAREERSEARCH_LOG_FORMAT", "text");
    String slow =
        setting(
            "careersearch.slow-query-ms",
            "CAREERSEARCH_SLOW_QUERY_MS",
            Long.toString(DEFAULT_SLOW_QUERY_MS));
    long slowMs;
    try {
      slowMs = Long.parseLong(slow.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "CAREERSEARCH_SLOW_QUERY_MS must be a whole number of milliseconds, was '" + slow + "'");
    }
    return new OpsSettings("json".equalsIgnoreCase(format.trim()), slowMs);
  }

  private static String setting(String property, String variable, String fallback) {
    String value = System.getProperty(property);
    if (value == null) {
      value = System.getenv(variable);
    }
    return value == null || value.isBlank() ? fallback : value;
  }
}
