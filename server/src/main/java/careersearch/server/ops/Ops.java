package careersearch.server.ops;

import careersearch.server.http.AppServices;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * What an operator needs beside the API (issue 23): the meters behind {@code GET /metrics}, the
 * OpenAPI document behind {@code GET /api/openapi.json}, request ids and the access and slow-query
 * logs. The app creates one per server and routes to it; the routes' checks stay in the app.
 */
public final class Ops {
  /** The OpenAPI document, kept in the repository and served as is. */
  public static final String OPENAPI_RESOURCE = "/openapi.json";

  /** Prometheus' text exposition format, the one every scraper reads. */
  public static final String METRICS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private static final String REQUEST_ID = "careersearch.ops.request-id";

  private final AppServices services;
  private final OpsMetrics metrics;
  private final AccessLog accessLog;
  private final String openApi;

  private Ops(AppServices given, OpsSettings settings) {
    this.metrics = new OpsMetrics(given.backend(), given.admin());
    this.services =
        new AppServices(
            new InstrumentedBackend(given.backend(), metrics.registry),
            given.admin(),
            given.settings(),
            given.knowledge(),
            given.postings());
    this.accessLog = new AccessLog(settings);
    this.openApi = readOpenApi();
  }

  /** With the log settings of the environment ({@link OpsSettings#fromEnvironment()}). */
  public static Ops create(AppServices services) {
    return new Ops(services, OpsSettings.fromEnvironment());
  }

  public static Ops create(AppServices services, OpsSettings settings) {
    return new Ops(services, settings);
  }

  /** The services to serve: the same, with every search counted by outcome. */
  public AppServices services() {
    return services;
  }

  /** Request ids on every request, and after each one its access-log line and its timer. */
  public void install(JavalinConfig config) {
    config.routes.before(this::before);
    config.requestLogger.http(this::after);
  }

  /** The meters in the Prometheus text format ({@link #METRICS_CONTENT_TYPE}). */
  public String scrape() {
    return metrics.scrape();
  }

  /** The OpenAPI 3.1 document, JSON. */
  public String openApi() {
    return openApi;
  }

  private void before(Context ctx) {
    SearchOutcome.clear();
    String id = RequestIds.accept(ctx.header(RequestIds.HEADER));
    ctx.attribute(REQUEST_ID, id);
    ctx.header(RequestIds.HEADER, id);
  }

  private void after(Context ctx, Float ms) {
    SearchOutcome search = SearchOutcome.take();
    String id = ctx.attribute(REQUEST_ID);
    if (id == null) { // a request refused before the before-handlers ran
      id = RequestIds.generate();
    }
    String route = route(ctx);
    String method = ctx.method().name();
    metrics.request(method, route, ctx.statusCode(), (long) (ms * 1_000_000L));
    accessLog.log(
        new AccessLog.Entry(
            id, method, route, ctx.path(), ctx.statusCode(), ms, search, ctx.queryParamMap()));
  }

  /** The route template that answered; never the path itself (ids would make it unbounded). */
  static String route(Context ctx) {
    Endpoint endpoint;
    try {
      endpoint = ctx.endpoints().matchedHttpEndpoint();
    } catch (RuntimeException e) { // no route matched
      endpoint = null;
    }
    if (endpoint != null && !endpoint.path.contains("*")) {
      return endpoint.path;
    }
    return ctx.statusCode() == 404 || ctx.statusCode() == 405 ? "unmatched" : "static";
  }

  private static String readOpenApi() {
    try (InputStream in = Ops.class.getResourceAsStream(OPENAPI_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(OPENAPI_RESOURCE + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
