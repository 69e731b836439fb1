package careersearch.server.api;

/** A request the service cannot answer as asked; the message says what to change. */
public class BadRequestException extends RuntimeException {
  public BadRequestException(String message) {
    super(message);
  }
}
