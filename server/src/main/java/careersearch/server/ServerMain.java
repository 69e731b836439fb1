package careersearch.server;

import careersearch.server.http.AppServices;
import careersearch.server.http.AppSettings;
import careersearch.server.http.CareerSearchApp;
import careersearch.server.knowledge.Knowledge;
import careersearch.server.search.IndexSearchers;
import careersearch.server.search.SearchService;
import careersearch.server.search.SuggestService;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.util.JavalinBindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Starts the careersearch server; builds the index from the corpus first when there is none. */
@Command(
    name = "careersearch-server",
    mixinStandardHelpOptions = true,
    description = "Serves full-text and faceted search over the careersearch index.")
public final class ServerMain implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ServerMain.class);

  @Option(
      names = "--host",
      defaultValue = "${env:CAREERSEARCH_HOST:-127.0.0.1}",
      description = "Bind address (env CAREERSEARCH_HOST, default ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--port",
      defaultValue = "${env:CAREERSEARCH_PORT:-7070}",
      description = "Port (env CAREERSEARCH_PORT, default ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--index",
      defaultValue = "${env:CAREERSEARCH_INDEX:-data/index}",
      description = "Index dir (env CAREERSEARCH_INDEX, default ${DEFAULT-VALUE}).")
  Path index;

  @Option(
      names = "--corpus",
      defaultValue = "${env:CAREERSEARCH_CORPUS:-corpus}",
      description = "Corpus dir, indexed when there is no index (env CAREERSEARCH_CORPUS).")
  Path corpus;

  @Option(
      names = "--refresh-ms",
      defaultValue = "1000",
      description = "How often to look for a new index commit, in ms (${DEFAULT-VALUE}).")
  long refreshMs;

  @Option(
      names = "--cors-origin",
      split = ",",
      defaultValue = "${env:CAREERSEARCH_CORS_ORIGINS:-}",
      description =
          "Origins allowed to call the API from browsers (env CAREERSEARCH_CORS_ORIGINS,"
              + " comma-separated; default: none, CORS off).")
  List<String> corsOrigins;

  /** Exit code when the server cannot start (no usable index and none can be built, port taken). */
  static final int EXIT_CANNOT_START = 2;

  /**
   * Configuration applied after the app's own; only tests set it (a child JVM whose main sets it
   * before calling {@link #main}, e.g. to make requests slow for a graceful-shutdown test).
   */
  static Consumer<JavalinConfig> extraConfig = config -> {};

  public static void main(String[] args) {
    int code =
        new CommandLine(new ServerMain())
            .setExecutionExceptionHandler(ServerMain::cannotStart)
            .execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** One line on stderr, no stack trace, for what stops the server from starting. */
  private static int cannotStart(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    String message =
        e instanceof IndexBootstrap.StartupException
            ? e.getMessage()
            : e instanceof JavalinBindException
                ? e.getMessage() + "; choose another --port"
                : e.toString();
    LOG.debug("Startup failed", e);
    cmd.getErr().println("careersearch-server: cannot start: " + message);
    return EXIT_CANNOT_START;
  }

  @Override
  public Integer call() throws Exception {
    IndexBootstrap.ensureIndex(index, corpus);
    IndexSearchers searchers = new IndexSearchers(index, Duration.ofMillis(refreshMs));
    SearchService service = new SearchService(searchers);
    logSummary(service.health());
    // the token comes only from the environment, never from a flag visible in `ps`
    String adminToken = System.getenv("CAREERSEARCH_ADMIN_TOKEN");
    AppSettings settings =
        new AppSettings(
            adminToken,
            corsOrigins == null
                ? List.of()
                : corsOrigins.stream().filter(o -> !o.isBlank()).toList());
    LOG.info(
        "Admin API {}; CORS {}",
        settings.adminEnabled() ? "on" : "off (set CAREERSEARCH_ADMIN_TOKEN to enable)",
        settings.corsOrigins().isEmpty() ? "off" : "for " + settings.corsOrigins());
    AdminService admin = new AdminService(corpus, index);
    Knowledge knowledge = new Knowledge(searchers);
    Javalin app =
        CareerSearchApp.create(
            new AppServices(service, new SuggestService(searchers), admin, settings, knowledge),
            extraConfig);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  LOG.info("Shutting down: finishing requests in flight");
                  // Jetty's graceful stop: no new connections, requests in flight run to the end
                  // (up to CareerSearchApp's stop timeout), then the connectors close
                  app.stop();
                  LOG.info("Stopped");
                  admin.close();
                  try {
                    searchers.close();
                  } catch (Exception e) {
                    LOG.warn("Closing the index: {}", e.toString());
                  }
                }));
    app.start(host, port);
    LOG.info("careersearch is serving on http://{}:{}/api/search?q=...", host, app.port());
    // links between documents and salary figures are derived once per commit: do it now
    Thread warmUp = new Thread(knowledge::warmUp, "knowledge-warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
    return 0;
  }

  private static void logSummary(Map<String, Object> health) {
    LOG.info(
        "Index version {} (committed {}), documents per type: {}",
        health.get("index_version"),
        health.get("committed_at"),
        health.get("documents"));
  }
}
