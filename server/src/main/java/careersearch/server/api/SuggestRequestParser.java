package careersearch.server.api;

import java.util.List;
import java.util.Map;

/**
 * Turns the parameters of {@code /api/suggest} into a {@link SuggestRequest}, or a {@link
 * BadRequestException} that says what to change.
 */
public final class SuggestRequestParser {
  private static final List<String> PARAMS = List.of("q", "size");

  private SuggestRequestParser() {}

  public static SuggestRequest parse(Map<String, List<String>> params) {
    ParamSyntax.onlyKnown(params, PARAMS);
    String typed = ParamSyntax.once(params, "q");
    String q = typed == null ? "" : typed.strip();
    if (q.length() > SuggestRequest.MAX_LENGTH) {
      throw new BadRequestException(
          "q is " + q.length() + " characters long; the limit is " + SuggestRequest.MAX_LENGTH);
    }
    return new SuggestRequest(q, size(ParamSyntax.once(params, "size")));
  }

  private static int size(String value) {
    if (value == null || value.isBlank()) {
      return SuggestRequest.DEFAULT_SIZE;
    }
    String what = "a whole number between 1 and " + SuggestRequest.MAX_SIZE;
    long size = ParamSyntax.wholeNumber("size", value, what);
    if (size < 1 || size > SuggestRequest.MAX_SIZE) {
      throw new BadRequestException("size must be " + what + ", was '" + value + "'");
    }
    return (int) size;
  }
}
