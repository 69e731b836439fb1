package careersearch.server.api;

/** Something asked for by id or path that does not exist. */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String message) {
    super(message);
  }
}
