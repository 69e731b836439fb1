package careersearch.server.http;

/** The body of every error response: {@code {"error": {"status": 400, "message": "..."}}}. */
public record ApiError(Detail error) {
  public record Detail(int status, String message) {}

  public static ApiError of(int status, String message) {
    return new ApiError(new Detail(status, message));
  }
}
