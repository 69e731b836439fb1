package careersearch.server.api;

import java.util.List;
import java.util.Map;

/**
 * Turns the parameters of {@code /api/compare} into a {@link CompareRequest}, or a {@link
 * BadRequestException} that says what to change.
 */
public final class CompareRequestParser {
  private static final List<String> PARAMS = List.of("a", "b");

  private CompareRequestParser() {}

  public static CompareRequest parse(Map<String, List<String>> params) {
    for (String name : params.keySet()) {
      if (!PARAMS.contains(name)) {
        throw new BadRequestException(
            "unknown parameter '" + name + "'; known parameters: a, b (two role titles)");
      }
    }
    return new CompareRequest(required(params, "a"), required(params, "b"));
  }

  private static String required(Map<String, List<String>> params, String name) {
    String value = ParamSyntax.once(params, name);
    if (value == null || value.isBlank()) {
      throw new BadRequestException(
          "parameter '"
              + name
              + "' is required: give two roles, e.g. a=Machine Learning Engineer&b=Data Science"
              + " Engineer");
    }
    if (value.length() > CompareRequest.MAX_ROLE_LENGTH) {
      throw new BadRequestException(
          name
              + " is "
              + value.length()
              + " characters long; a role title may have at most "
              + CompareRequest.MAX_ROLE_LENGTH);
    }
    return value;
  }
}
