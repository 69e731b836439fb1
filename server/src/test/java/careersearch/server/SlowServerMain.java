package careersearch.server;

/**
 * {@link ServerMain} with one addition for tests that need a request in flight for a known time: a
 * search sent with the header {@value #DELAY_HEADER} waits that many milliseconds (after printing
 * {@value #STARTED_MARKER} on stderr) before it runs. Everything else, the shutdown hook included,
 * is the real server.
 */
public final class SlowServerMain {
  public static final String DELAY_HEADER = "X-Test-Delay-Ms";
  public static final String STARTED_MARKER = "careersearch-test: slow request started";

  private SlowServerMain() {}

  public static void main(String[] args) {
    ServerMain.extraConfig =
        config ->
            config.routes.before(
                "/api/search",
                ctx -> {
                  String delay = ctx.header(DELAY_HEADER);
                  if (delay != null) {
                    System.err.println(STARTED_MARKER);
                    System.err.flush();
                    Thread.sleep(Long.parseLong(delay));
                  }
                });
    ServerMain.main(args);
  }
}
