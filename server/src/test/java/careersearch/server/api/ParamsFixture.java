package careersearch.server.api;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Query parameters written as {@code name=value} pairs, and the 400 a parser gives for them. */
final class ParamsFixture {
  private ParamsFixture() {}

  /** {@code "q=a", "q=b", "size=3"} as a parameter map; a pair without '=' has the value "". */
  static Map<String, List<String>> params(String... pairs) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      params.computeIfAbsent(name, n -> new java.util.ArrayList<>()).add(value);
    }
    return params;
  }

  /** The message of the 400 the parser gives. */
  static String rejection(Function<Map<String, List<String>>, ?> parser, String... pairs) {
    return assertThrows(BadRequestException.class, () -> parser.apply(params(pairs))).getMessage();
  }
}
