package careersearch.server.api;

import careersearch.indexer.suggest.Completions.Completion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The answer of {@code GET /api/suggest}, the same for every backend.
 *
 * @param query the typed text, stripped
 * @param suggestions the completions, best first
 * @param tookMs time spent completing
 */
public record SuggestResponse(String query, List<Completion> suggestions, double tookMs) {

  /** Where a backend finds its completions. */
  public interface Completer {
    List<Completion> complete(String q, int size) throws IOException;
  }

  /**
   * Completes the request's text with the backend's completer, timed; empty text completes nothing.
   */
  public static SuggestResponse complete(SuggestRequest request, Completer completer) {
    long start = System.nanoTime();
    try {
      List<Completion> found =
          request.q().isEmpty() ? List.of() : completer.complete(request.q(), request.size());
      return new SuggestResponse(request.q(), found, (System.nanoTime() - start) / 1_000_000.0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
