package careersearch.server.http;

import careersearch.indexer.formats.PostingFormat;
import careersearch.server.PostingsAdmin;
import careersearch.server.api.NotFoundException;
import careersearch.server.api.ParamSyntax;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The routes of the admin API's postings: {@code POST /api/admin/postings} (a batch), {@code GET}
 * and {@code DELETE /api/admin/postings/{id}}. They check the token, read the body within its own
 * limit and hand it to {@link PostingsAdmin}; nothing more.
 */
final class PostingsRoutes {
  static final String PATH = "/api/admin/postings";

  /**
   * Content types a batch may come in, in the order the 415 names them, and the format each means
   * (a format this build does not read is left out).
   */
  private static final Map<String, PostingFormat> TYPES = types();

  private static Map<String, PostingFormat> types() {
    Map<String, PostingFormat> types = new LinkedHashMap<>();
    for (String[] type :
        new String[][] {
          {"application/json", "json"},
          {"application/x-ndjson", "jsonl"},
          {"application/ld+json", "jsonld"},
          {"text/html", "jsonld"},
          {"text/csv", "csv"}
        }) {
      for (PostingFormat format : PostingFormat.values()) {
        if (format.key().equals(type[1])) {
          types.put(type[0], format);
        }
      }
    }
    return types;
  }

  private PostingsRoutes() {}

  static void install(RouteTable routes, AppServices services) {
    routes.post(PATH, ctx -> ingest(ctx, services));
    routes.get(
        PATH + "/{id}", ctx -> ctx.json(postings(ctx, services, List.of()).posting(id(ctx))));
    routes.delete(
        PATH + "/{id}",
        ctx -> {
          PostingsAdmin postings = postings(ctx, services, List.of("wait"));
          ctx.json(postings.delete(id(ctx), flag(ctx, "wait")));
        });
  }

  /** Whether the request is a batch, whose body has the ingest limit instead of the API's. */
  static boolean takesPostings(Context ctx) {
    return "POST".equals(ctx.method().name()) && RouteTable.matches(PATH, ctx.path());
  }

  private static void ingest(Context ctx, AppServices services) throws IOException {
    PostingsAdmin postings = postings(ctx, services, List.of("atomic", "wait"));
    PostingFormat format = format(ctx.contentType());
    boolean atomic = flag(ctx, "atomic");
    boolean wait = flag(ctx, "wait");
    byte[] body = body(ctx.req().getInputStream(), services.settings().maxIngestBytes());
    PostingsAdmin.Report report = postings.ingest(format, body, atomic, wait);
    ctx.status(report.rejected() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK)
        .json(report.body());
  }

  private static PostingsAdmin postings(
      Context ctx, AppServices services, List<String> parameters) {
    AdminToken.requireAdmin(ctx, services, parameters);
    if (services.postings() == null) {
      throw new NotFoundException("the postings API needs the embedded index (--backend lucene)");
    }
    return services.postings();
  }

  private static String id(Context ctx) {
    return ctx.pathParam("id");
  }

  private static boolean flag(Context ctx, String name) {
    return ParamSyntax.bool(name, ParamSyntax.once(ctx.queryParamMap(), name));
  }

  private static PostingFormat format(String contentType) {
    String type =
        contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    PostingFormat format = TYPES.get(type);
    if (format == null) {
      throw new UnsupportedTypeException(
          (type.isEmpty()
                  ? "a Content-Type is required"
                  : "Content-Type " + type + " is not accepted")
              + "; send one of "
              + String.join(", ", TYPES.keySet()));
    }
    return format;
  }

  /** The body, up to {@code limit} bytes: one past it (a body sent without a length) is a 413. */
  private static byte[] body(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[1 << 16];
    long total = 0;
    for (int n; (n = in.read(buffer)) > 0; ) {
      total += n;
      if (total > limit) {
        throw new CareerSearchApp.PayloadTooLargeException(limit);
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** A batch in a content type the route does not read. */
  static final class UnsupportedTypeException extends RuntimeException {
    UnsupportedTypeException(String message) {
      super(message);
    }
  }
}
