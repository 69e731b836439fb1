package careersearch.server.http;

import careersearch.server.api.NotFoundException;
import careersearch.server.api.ParamSyntax;
import io.javalin.http.Context;
import java.util.List;

/**
 * The admin token's gate, shared by the admin API and {@code /metrics}: without a configured token
 * the route is off (404), without the right {@code Authorization: Bearer} it is a 403.
 */
final class AdminToken {
  private AdminToken() {}

  /** The admin API: also off when the server has no corpus to reindex from. */
  static void requireAdmin(Context ctx, AppServices services) {
    requireAdmin(ctx, services, List.of());
  }

  /** The same, for a route that takes these query parameters. */
  static void requireAdmin(Context ctx, AppServices services, List<String> parameters) {
    if (services.admin() == null) {
      throw new NotFoundException(
          "the admin API is off; start the server with CAREERSEARCH_ADMIN_TOKEN set to enable it");
    }
    require(ctx, services.settings(), "the admin API is", parameters);
  }

  /**
   * 404 without a configured admin token ({@code what} is off), 403 without the right one.
   *
   * @param what how the 404 names the feature: "metrics are", "the admin API is"
   */
  static void require(Context ctx, AppSettings settings, String what) {
    require(ctx, settings, what, List.of());
  }

  private static void require(
      Context ctx, AppSettings settings, String what, List<String> parameters) {
    ParamSyntax.onlyKnown(ctx.queryParamMap(), parameters);
    if (!settings.adminEnabled()) {
      throw new NotFoundException(
          what + " off; start the server with CAREERSEARCH_ADMIN_TOKEN set to enable it");
    }
    String header = ctx.header("Authorization");
    String token = header != null && header.startsWith("Bearer ") ? header.substring(7) : null;
    if (!settings.adminTokenMatches(token)) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ForbiddenException(
          "a valid admin token is required: Authorization: Bearer <token>");
    }
  }

  /** The caller may not do this (missing or wrong admin token). */
  static final class ForbiddenException extends RuntimeException {
    ForbiddenException(String message) {
      super(message);
    }
  }
}
