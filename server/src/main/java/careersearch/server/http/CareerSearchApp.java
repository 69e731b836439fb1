package careersearch.server.http;

import careersearch.server.api.BadRequestException;
import careersearch.server.api.CompareRequestParser;
import careersearch.server.api.NotFoundException;
import careersearch.server.api.ParamSyntax;
import careersearch.server.api.SalaryRequestParser;
import careersearch.server.api.SearchRequestParser;
import careersearch.server.api.SuggestRequestParser;
import careersearch.server.ops.Ops;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.search.IndexSearcher;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP face of careersearch: every route, the JSON mapping, the security headers and the one
 * place where exceptions become JSON errors. Handlers only translate between HTTP and services.
 */
public final class CareerSearchApp {
  private static final Logger LOG = LoggerFactory.getLogger(CareerSearchApp.class);

  /** Marks a response whose error body is written, so the 404 fallback leaves it alone. */
  private static final String ERROR_WRITTEN = "careersearch.error-written";

  /** Largest request body accepted (the API takes no uploads). */
  static final long MAX_REQUEST_BYTES = 64 * 1024;

  /** Only our own scripts, styles and API: no inline code, no third parties, no framing. */
  static final String CONTENT_SECURITY_POLICY = SecurityHeaders.CONTENT_SECURITY_POLICY;

  /** How long a stop (SIGTERM) waits for requests in flight before closing connections. */
  static final long STOP_TIMEOUT_MS = 10_000;

  private static final String INTERNAL_ERROR = "internal error; see the server log";

  private CareerSearchApp() {}

  /** An unstarted server; call {@code start(host, port)} (tests use port 0). */
  public static Javalin create(AppServices services) {
    return create(services, config -> {});
  }

  /**
   * An unstarted server with extra configuration applied last (tests add routes that fail in ways
   * no real route can be made to fail on demand).
   */
  public static Javalin create(AppServices given, Consumer<JavalinConfig> extra) {
    ObjectMapper json = Json.mapper();
    AppSettings settings = given.settings();
    // metrics, the OpenAPI document, request ids, access and slow-query logs (issue 23)
    Ops ops = Ops.create(given);
    AppServices services = ops.services();
    return Javalin.create(
        config -> {
          ops.install(config);
          config.jsonMapper(new JavalinJackson(json, false));
          config.startup.showJavalinBanner = false;
          config.http.maxRequestSize = MAX_REQUEST_BYTES;
          config.jetty.modifyServer(
              server -> {
                // SIGTERM: stop accepting, let requests in flight finish (up to 10 s), then close.
                // The connectors stop taking connections and wait for open ones; GracefulHandler
                // also answers 503 to a request that arrives on an open connection meanwhile and
                // waits for every request it let in (GracefulShutdownTest checks the drain)
                server.setStopTimeout(STOP_TIMEOUT_MS);
                server.insertHandler(new GracefulHandler());
                // errors Jetty answers before any route (bad URI, URI too long): JSON as well
                server.setErrorHandler(new JsonErrorHandler(json));
              });
          // java.lang.Error escapes the exception handlers below: still a JSON body
          config.router.javaLangErrorHandler(CareerSearchApp::javaLangError);
          if (!settings.corsOrigins().isEmpty()) {
            config.bundledPlugins.enableCors(
                cors ->
                    cors.addRule(rule -> settings.corsOrigins().forEach(o -> rule.allowHost(o))));
          }

          // the web interface (issue 7): hand-written HTML, CSS and JS, all served from here
          config.staticFiles.add("/public", Location.CLASSPATH);

          config.routes.before(ctx -> beforeEveryRequest(ctx, settings));
          RouteTable routes = new RouteTable(config.routes);
          SearchLimiter limiter = new SearchLimiter(settings.maxSearches(), settings.searchQueue());
          routes.get(
              "/api/search",
              limiter.limit(
                  ctx ->
                      ctx.json(
                          services
                              .backend()
                              .search(SearchRequestParser.parse(ctx.queryParamMap())))));
          routes.get(
              "/api/suggest",
              ctx ->
                  ctx.json(
                      services.backend().suggest(SuggestRequestParser.parse(ctx.queryParamMap()))));
          routes.get("/api/documents/{id}", ctx -> document(ctx, services));
          routes.get(
              "/api/salaries",
              limiter.limit(
                  ctx ->
                      ctx.json(
                          knowledge(services)
                              .salaries()
                              .summarize(SalaryRequestParser.parse(ctx.queryParamMap())))));
          routes.get(
              "/api/compare",
              limiter.limit(
                  ctx ->
                      ctx.json(
                          knowledge(services)
                              .roles()
                              .compare(CompareRequestParser.parse(ctx.queryParamMap())))));
          routes.get(
              "/api/health",
              ctx -> {
                ParamSyntax.onlyKnown(ctx.queryParamMap(), List.of());
                ctx.json(services.backend().health());
              });
          routes.get(
              "/api/openapi.json",
              ctx -> {
                ParamSyntax.onlyKnown(ctx.queryParamMap(), List.of());
                ctx.contentType("application/json").result(ops.openApi());
              });
          // bound to the admin token: the meters tell how the index and its traffic look
          routes.get(
              "/metrics",
              ctx -> {
                AdminToken.require(ctx, settings, "metrics are");
                ctx.contentType(Ops.METRICS_CONTENT_TYPE).result(ops.scrape());
              });
          routes.post("/api/admin/reindex", ctx -> startReindex(ctx, services));
          routes.get("/api/admin/reindex", ctx -> reindexStatus(ctx, services));
          PostingsRoutes.install(routes, services);

          config.routes.exception(
              BadRequestException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e));
          config.routes.exception(
              NotFoundException.class, (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND, e));
          config.routes.exception(
              AdminToken.ForbiddenException.class, (e, ctx) -> error(ctx, HttpStatus.FORBIDDEN, e));
          config.routes.exception(
              SearchLimiter.OverloadedException.class,
              (e, ctx) -> {
                ctx.header("Retry-After", String.valueOf(SearchLimiter.RETRY_AFTER_SECONDS));
                error(ctx, HttpStatus.SERVICE_UNAVAILABLE, e);
              });
          config.routes.exception(
              PayloadTooLargeException.class,
              (e, ctx) -> error(ctx, HttpStatus.CONTENT_TOO_LARGE, e));
          config.routes.exception(
              PostingsRoutes.UnsupportedTypeException.class,
              (e, ctx) -> error(ctx, HttpStatus.UNSUPPORTED_MEDIA_TYPE, e));
          // a second writer of the postings store or the index (another process, or a reindex)
          config.routes.exception(
              careersearch.indexer.store.StoreBusyException.class,
              (e, ctx) -> error(ctx, HttpStatus.CONFLICT, e));
          config.routes.exception(
              careersearch.indexer.IndexSession.IndexBusyException.class,
              (e, ctx) -> error(ctx, HttpStatus.CONFLICT, e));
          // a query whose words and synonyms expand past Lucene's clause limit
          config.routes.exception(
              IndexSearcher.TooManyClauses.class,
              (e, ctx) ->
                  error(
                      ctx,
                      HttpStatus.BAD_REQUEST,
                      "the query expands to more than "
                          + IndexSearcher.getMaxClauseCount()
                          + " clauses; search for fewer words"));
          config.routes.exception(
              careersearch.indexer.solr.SolrHttp.SolrException.class,
              (e, ctx) -> {
                LOG.error(
                    "Solr failed to answer {} {}: {}", ctx.method(), ctx.fullUrl(), e.getMessage());
                error(
                    ctx,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "the search backend did not answer; try again shortly");
              });
          config.routes.exception(
              Exception.class,
              (e, ctx) -> {
                LOG.error("Failed to answer {} {}", ctx.method(), ctx.fullUrl(), e);
                error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, INTERNAL_ERROR);
              });
          for (HttpStatus status :
              new HttpStatus[] {
                HttpStatus.NOT_FOUND,
                HttpStatus.METHOD_NOT_ALLOWED,
                HttpStatus.CONTENT_TOO_LARGE,
                HttpStatus.BAD_REQUEST
              }) {
            config.routes.error(status.getCode(), ctx -> fallbackError(ctx, status, routes));
          }
          extra.accept(config);
        });
  }

  /** Last resort for a {@link java.lang.Error} thrown while answering: logged, a JSON 500. */
  private static void javaLangError(HttpServletResponse response, Error error) {
    LOG.error("Failed to answer a request", error);
    if (response.isCommitted()) {
      return;
    }
    try {
      response.resetBuffer();
      response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.getCode());
      response.setContentType("application/json");
      response
          .getOutputStream()
          .write(
              ("{\"error\":{\"status\":500,\"message\":\"" + INTERNAL_ERROR + "\"}}")
                  .getBytes(StandardCharsets.UTF_8));
    } catch (IOException | IllegalStateException e) {
      LOG.debug("Could not write the error body: {}", e.toString());
    }
  }

  /** Standard hardening headers on every response; oversized bodies refused before any work. */
  private static void beforeEveryRequest(Context ctx, AppSettings settings) {
    SecurityHeaders.forEach(ctx::header);
    long limit = PostingsRoutes.takesPostings(ctx) ? settings.maxIngestBytes() : MAX_REQUEST_BYTES;
    if (ctx.contentLength() > limit) {
      throw new PayloadTooLargeException(limit);
    }
    // the parameter parser would drop such a parameter silently, and the path parameter parser
    // fails on it (Jetty lets it through after a ';'): say what is wrong instead
    String path = ctx.req().getRequestURI();
    int bad = path == null ? -1 : malformedEscape(path);
    if (bad >= 0) {
      throw new BadRequestException(
          "malformed percent-encoding at character "
              + (bad + 1)
              + " of the path: '%' must be followed by two hex digits (write % as %25)");
    }
    String query = ctx.queryString();
    bad = query == null ? -1 : malformedEscape(query);
    if (bad >= 0) {
      throw new BadRequestException(
          "malformed percent-encoding at character "
              + (bad + 1)
              + " of the query string: '%' must be followed by two hex digits (write % as %25)");
    }
    bad = query == null ? -1 : invalidUtf8(query);
    if (bad >= 0) {
      // the parameter parser would put U+FFFD in its place silently; the path gets a 400 too
      throw new BadRequestException(
          "invalid UTF-8 at character "
              + (bad + 1)
              + " of the query string: percent-escapes must encode UTF-8 (e.g. é is %C3%A9)");
    }
  }

  /** Index of the escape where the percent-decoded query stops being valid UTF-8, or -1. */
  static int invalidUtf8(String query) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    java.util.List<Integer> starts = new java.util.ArrayList<>(); // character index of each byte
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '%') { // two hex digits follow: malformedEscape ran first
        starts.add(i);
        bytes.write(Integer.parseInt(query.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        for (byte b : encoded) {
          starts.add(i);
          bytes.write(b);
        }
      }
    }
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes.toByteArray());
    java.nio.charset.CoderResult result =
        StandardCharsets.UTF_8
            .newDecoder()
            .decode(in, java.nio.CharBuffer.allocate(in.remaining()), true);
    return result.isError() ? starts.get(in.position()) : -1;
  }

  /** Index of the first {@code %} not followed by two hex digits, or -1. */
  static int malformedEscape(String query) {
    for (int i = query.indexOf('%'); i >= 0; i = query.indexOf('%', i + 1)) {
      if (i + 2 >= query.length() || !isHex(query.charAt(i + 1)) || !isHex(query.charAt(i + 2))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** The stored document with its linked documents ({@code related}) and {@code insights}. */
  private static void document(Context ctx, AppServices services) {
    ParamSyntax.onlyKnown(ctx.queryParamMap(), List.of());
    Map<String, Object> document =
        new LinkedHashMap<>(services.backend().document(ctx.pathParam("id")));
    if (services.knowledge() != null) {
      document.putAll(services.knowledge().related().describe(document));
    }
    ctx.json(document);
  }

  /** The knowledge services, or a 404 where the backend does not offer them. */
  private static careersearch.server.knowledge.Knowledge knowledge(AppServices services) {
    if (services.knowledge() == null) {
      throw new NotFoundException(
          "salary insights and role comparison need the embedded index (--backend lucene)");
    }
    return services.knowledge();
  }

  private static void startReindex(Context ctx, AppServices services) {
    AdminToken.requireAdmin(ctx, services);
    if (services.admin().startReindex()) {
      ctx.status(HttpStatus.ACCEPTED).json(services.admin().status());
    } else {
      error(ctx, HttpStatus.CONFLICT, "a reindex is already running; see GET /api/admin/reindex");
    }
  }

  private static void reindexStatus(Context ctx, AppServices services) {
    AdminToken.requireAdmin(ctx, services);
    ctx.json(services.admin().status());
  }

  /**
   * Errors Javalin or Jetty raise before a handler runs (unknown route, wrong method, too large).
   */
  private static void fallbackError(Context ctx, HttpStatus status, RouteTable routes) {
    if (ctx.attribute(ERROR_WRITTEN) != null) {
      return; // a handler's own error body
    }
    java.util.Set<String> allowed = routes.allowed(ctx.path());
    if (status == HttpStatus.NOT_FOUND && !allowed.isEmpty()) {
      // the path exists, the method does not: Javalin says 404, HTTP says 405 with Allow
      ctx.header("Allow", String.join(", ", allowed));
      error(
          ctx,
          HttpStatus.METHOD_NOT_ALLOWED,
          ctx.method()
              + " is not allowed on "
              + ctx.path()
              + "; allowed: "
              + String.join(", ", allowed));
      return;
    }
    String message =
        switch (status) {
          case NOT_FOUND ->
              "no route "
                  + ctx.method()
                  + " "
                  + ctx.path()
                  + "; try GET /api/search, /api/suggest, /api/documents/{id}, /api/salaries,"
                  + " /api/compare or /api/health (all in /api/openapi.json)";
          case METHOD_NOT_ALLOWED -> ctx.method() + " is not allowed on " + ctx.path();
          case CONTENT_TOO_LARGE -> "request body larger than " + MAX_REQUEST_BYTES + " bytes";
          default -> "bad request";
        };
    error(ctx, status, message);
  }

  private static void error(Context ctx, HttpStatus status, Exception e) {
    error(ctx, status, e.getMessage());
  }

  static void error(Context ctx, HttpStatus status, String message) {
    ctx.attribute(ERROR_WRITTEN, true);
    ctx.status(status).json(ApiError.of(status.getCode(), message));
  }

  /** A request body over its route's limit ({@link #MAX_REQUEST_BYTES} for most). */
  static final class PayloadTooLargeException extends RuntimeException {
    PayloadTooLargeException(long limit) {
      super("request body larger than " + limit + " bytes");
    }
  }
}
