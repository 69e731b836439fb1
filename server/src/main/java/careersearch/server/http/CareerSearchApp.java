package careersearch.server.http;

import careersearch.server.search.BadRequestException;
import careersearch.server.search.NotFoundException;
import careersearch.server.search.SearchRequestParser;
import careersearch.server.search.SearchService;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP face of careersearch: every route, the JSON mapping and the one place where exceptions
 * become JSON errors. Handlers only translate between HTTP and the {@link SearchService}.
 */
public final class CareerSearchApp {
  private static final Logger LOG = LoggerFactory.getLogger(CareerSearchApp.class);

  /** Marks a response whose error body is written, so the 404 fallback leaves it alone. */
  private static final String ERROR_WRITTEN = "careersearch.error-written";

  private CareerSearchApp() {}

  /** An unstarted server; call {@code start(host, port)} (tests use port 0). */
  public static Javalin create(SearchService service) {
    ObjectMapper json =
        new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    return Javalin.create(
        config -> {
          config.jsonMapper(new JavalinJackson(json, false));
          config.startup.showJavalinBanner = false;
          config.requestLogger.http(
              (ctx, ms) ->
                  LOG.debug(
                      "{} {} {} -> {} in {} ms",
                      ctx.method(),
                      ctx.path(),
                      ctx.queryString() == null ? "" : ctx.queryString(),
                      ctx.statusCode(),
                      String.format("%.1f", ms)));

          // the web interface (issue 7): hand-written HTML, CSS and JS, all served from here
          config.staticFiles.add("/public", Location.CLASSPATH);

          config.routes.get("/api/search", ctx -> search(ctx, service));
          config.routes.get("/api/documents/{id}", ctx -> document(ctx, service));
          config.routes.get("/api/health", ctx -> ctx.json(service.health()));

          config.routes.exception(
              BadRequestException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e));
          config.routes.exception(
              NotFoundException.class, (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND, e));
          config.routes.exception(
              Exception.class,
              (e, ctx) -> {
                LOG.error("Failed to answer {} {}", ctx.method(), ctx.fullUrl(), e);
                error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error; see the server log");
              });
          config.routes.error(
              HttpStatus.NOT_FOUND.getCode(),
              ctx -> {
                if (ctx.attribute(ERROR_WRITTEN) == null) {
                  error(
                      ctx,
                      HttpStatus.NOT_FOUND,
                      "no route "
                          + ctx.method()
                          + " "
                          + ctx.path()
                          + "; try GET /api/search, /api/documents/{id} or /api/health");
                }
              });
        });
  }

  private static void search(Context ctx, SearchService service) {
    ctx.json(service.search(SearchRequestParser.parse(ctx.queryParamMap())));
  }

  private static void document(Context ctx, SearchService service) {
    ctx.json(service.document(ctx.pathParam("id")));
  }

  private static void error(Context ctx, HttpStatus status, Exception e) {
    error(ctx, status, e.getMessage());
  }

  private static void error(Context ctx, HttpStatus status, String message) {
    ctx.attribute(ERROR_WRITTEN, true);
    ctx.status(status).json(ApiError.of(status.getCode(), message));
  }
}
