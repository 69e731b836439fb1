package careersearch.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors that Jetty answers itself, before any route runs (a malformed request line or URI, a URI
 * or headers too large, a bad Content-Length): the same JSON body as every other error, {@code
 * {"error": {"status": 400, "message": "..."}}}, with the security headers, instead of Jetty's HTML
 * page.
 */
final class JsonErrorHandler extends ErrorHandler {
  /** Jetty's request header size, which bounds the request line (Javalin keeps the default). */
  static final int MAX_REQUEST_LINE_BYTES =
      new org.eclipse.jetty.server.HttpConfiguration().getRequestHeaderSize();

  private final ObjectMapper json;

  JsonErrorHandler(ObjectMapper json) {
    this.json = json;
    setShowStacks(false);
    setShowCauses(false);
  }

  @Override
  protected void generateResponse(
      Request request, Response response, int code, String message, Throwable cause, Callback cb)
      throws IOException {
    HttpFields.Mutable headers = response.getHeaders();
    SecurityHeaders.forEach(headers::put);
    headers.put(HttpHeader.CONTENT_TYPE, "application/json");
    response.write(true, ByteBuffer.wrap(body(code, message)), cb);
  }

  /** The body of an error found while parsing a request (HTTP/1 bad messages). */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    SecurityHeaders.forEach(fields::put);
    fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json"));
    return ByteBuffer.wrap(body(status, reason));
  }

  private byte[] body(int code, String message) {
    try {
      return json.writeValueAsBytes(ApiError.of(code, describe(code, message)));
    } catch (IOException e) {
      // a record of an int and a string always serializes; keep a body anyway
      return ("{\"error\":{\"status\":" + code + ",\"message\":\"error\"}}")
          .getBytes(StandardCharsets.UTF_8);
    }
  }

  /** Jetty's reason, made to say what to change where Jetty's own words would not. */
  static String describe(int code, String message) {
    return switch (code) {
      case HttpStatus.URI_TOO_LONG_414 ->
          "request URI too long: the request line (method, path and query string) is limited to "
              + MAX_REQUEST_LINE_BYTES
              + " bytes; send shorter values";
      case HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 ->
          "request headers too large: the request line and headers are limited to "
              + MAX_REQUEST_LINE_BYTES
              + " bytes together; send shorter values or fewer headers";
      case HttpStatus.PAYLOAD_TOO_LARGE_413 ->
          "request body larger than " + CareerSearchApp.MAX_REQUEST_BYTES + " bytes";
      default -> {
        String reason = HttpStatus.getMessage(code);
        yield message == null || message.isBlank() || message.equals(reason)
            ? "malformed request: " + reason.toLowerCase(java.util.Locale.ROOT)
            : "malformed request: " + message;
      }
    };
  }
}
