package careersearch.server;

import careersearch.indexer.solr.SolrHttp;
import careersearch.server.api.SearchBackend;
import careersearch.server.http.AppServices;
import careersearch.server.http.AppSettings;
import careersearch.server.http.CareerSearchApp;
import careersearch.server.knowledge.Knowledge;
import careersearch.server.lucene.IndexSearchers;
import careersearch.server.lucene.LuceneBackend;
import careersearch.server.lucene.SearchService;
import careersearch.server.lucene.SuggestService;
import careersearch.server.solr.SolrBackend;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.util.JavalinBindException;
import java.io.Closeable;
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
      names = "--store",
      defaultValue = "${env:CAREERSEARCH_STORE:-}",
      description =
          "Postings store dir (env CAREERSEARCH_STORE; default: store beside the index dir, e.g."
              + " data/store).")
  String store;

  @Option(
      names = "--corpus",
      defaultValue = "${env:CAREERSEARCH_CORPUS:-corpus}",
      description = "Corpus dir, indexed when there is no index (env CAREERSEARCH_CORPUS).")
  Path corpus;

  @Option(
      names = "--backend",
      defaultValue = "${env:CAREERSEARCH_BACKEND:-lucene}",
      description =
          "lucene (the embedded index, default) or solr (a SolrCloud collection; env"
              + " CAREERSEARCH_BACKEND).")
  String backend;

  @Option(
      names = "--solr-url",
      defaultValue = "${env:CAREERSEARCH_SOLR_URL:-}",
      description =
          "Solr node URLs, comma-separated, e.g. http://127.0.0.1:8983/solr (env"
              + " CAREERSEARCH_SOLR_URL); requests fail over between them.")
  String solrUrl;

  @Option(
      names = "--collection",
      defaultValue = "${env:CAREERSEARCH_COLLECTION:-careersearch}",
      description = "Solr alias or collection to search (default ${DEFAULT-VALUE}).")
  String collection;

  @Option(
      names = "--max-ingest-bytes",
      defaultValue = "${env:CAREERSEARCH_MAX_INGEST_BYTES:-33554432}",
      description =
          "Largest body of POST /api/admin/postings, in bytes (env CAREERSEARCH_MAX_INGEST_BYTES,"
              + " default ${DEFAULT-VALUE}: 32 MiB); other routes keep 64 KiB.")
  long maxIngestBytes;

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

  @Option(
      names = "--max-searches",
      defaultValue = "${env:CAREERSEARCH_MAX_SEARCHES:-0}",
      description =
          "Searches (/api/search, /api/salaries, /api/compare) run at once (env"
              + " CAREERSEARCH_MAX_SEARCHES; default 0: one per core).")
  int maxSearches;

  @Option(
      names = "--search-queue",
      defaultValue = "${env:CAREERSEARCH_SEARCH_QUEUE:--1}",
      description =
          "Searches that may wait for a turn; past it a search gets 503 with Retry-After (env"
              + " CAREERSEARCH_SEARCH_QUEUE; default -1: 4 per running search).")
  int searchQueue;

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
    Closeable resources;
    SearchBackend searchBackend;
    AdminService admin;
    Knowledge knowledge;
    PostingsAdmin postings;
    switch (backend) {
      case "lucene" -> {
        Path storeDir =
            store == null || store.isBlank()
                ? careersearch.indexer.store.PostingsStore.defaultDir(index)
                : Path.of(store);
        IndexBootstrap.ensureIndex(index, corpus, storeDir);
        IndexSearchers searchers = new IndexSearchers(index, Duration.ofMillis(refreshMs));
        searchBackend =
            new LuceneBackend(new SearchService(searchers), new SuggestService(searchers));
        admin = new AdminService(corpus, index, storeDir);
        postings =
            new PostingsAdmin(
                new careersearch.indexer.PostingsIngest(
                    new careersearch.indexer.PostingsUpdater(
                        index, careersearch.indexer.corpus.CorpusLayout.placeResolver(corpus)),
                    careersearch.indexer.store.PostingsStore.open(storeDir),
                    LOG::info),
                searchers,
                Duration.ofMillis(refreshMs));
        knowledge = new Knowledge(searchers);
        resources = searchers;
      }
      case "solr" -> {
        // the interpreter needs the synonym rules the collection was built with: the corpus's
        String synonyms =
            readOptional(corpus.resolve("synonyms.txt"))
                + "\n"
                + readOptional(corpus.resolve("query-synonyms.txt"));
        searchBackend =
            new SolrBackend(
                SolrHttp.of(solrUrl),
                collection,
                synonyms,
                careersearch.places.Gazetteers.of(corpus.resolve("places")),
                Duration.ofMillis(refreshMs * 10));
        admin = null; // reindex a SolrCloud collection with the indexer CLI
        knowledge = null; // salary insights and comparison read the embedded index's doc values
        postings = null; // add and delete on a SolrCloud collection with the indexer CLI
        resources = () -> {};
        LOG.info("Searching SolrCloud collection {} at {}", collection, solrUrl);
      }
      default ->
          throw new CommandLine.ParameterException(
              new CommandLine(this), "--backend must be lucene or solr, was '" + backend + "'");
    }
    logSummary(searchBackend.health());
    // the token comes only from the environment, never from a flag visible in `ps`
    String adminToken = System.getenv("CAREERSEARCH_ADMIN_TOKEN");
    AppSettings settings =
        new AppSettings(
            adminToken,
            corsOrigins == null
                ? List.of()
                : corsOrigins.stream().filter(o -> !o.isBlank()).toList(),
            maxSearches > 0 ? maxSearches : AppSettings.DEFAULT_MAX_SEARCHES,
            searchQueue >= 0
                ? searchQueue
                : 4 * (maxSearches > 0 ? maxSearches : AppSettings.DEFAULT_MAX_SEARCHES),
            maxIngestBytes);
    LOG.info(
        "Admin API {}; CORS {}; {} searches at once, {} more queued",
        settings.adminEnabled() ? "on" : "off (set CAREERSEARCH_ADMIN_TOKEN to enable)",
        settings.corsOrigins().isEmpty() ? "off" : "for " + settings.corsOrigins(),
        settings.maxSearches(),
        settings.searchQueue());
    Javalin app =
        CareerSearchApp.create(
            new AppServices(searchBackend, admin, settings, knowledge, postings), extraConfig);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  LOG.info("Shutting down: finishing requests in flight");
                  // Jetty's graceful stop: no new connections, requests in flight run to the end
                  // (up to CareerSearchApp's stop timeout), then the connectors close
                  app.stop();
                  LOG.info("Stopped");
                  if (admin != null) {
                    admin.close();
                  }
                  try {
                    searchBackend.close();
                    resources.close();
                  } catch (Exception e) {
                    LOG.warn("Closing the index: {}", e.toString());
                  }
                }));
    app.start(host, port);
    LOG.info("careersearch is serving on http://{}:{}/api/search?q=...", host, app.port());
    // links between documents and salary figures are derived once per commit: do it now (the
    // Solr backend has none, and a method reference on null would stop the start)
    if (knowledge != null) {
      Thread warmUp = new Thread(knowledge::warmUp, "knowledge-warm-up");
      warmUp.setDaemon(true);
      warmUp.start();
    }
    return 0;
  }

  private static String readOptional(Path file) throws java.io.IOException {
    return java.nio.file.Files.exists(file) ? java.nio.file.Files.readString(file) : "";
  }

  private static void logSummary(Map<String, Object> health) {
    LOG.info(
        "Index version {} (committed {}), documents per type: {}",
        health.get("index_version"),
        health.get("committed_at"),
        health.get("documents"));
  }
}
