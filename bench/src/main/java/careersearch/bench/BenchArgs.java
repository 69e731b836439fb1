package careersearch.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} options of the benchmark commands; an unknown name is an error. */
final class BenchArgs {
  private BenchArgs() {}

  static Map<String, String> parse(String[] args, String... known) {
    Map<String, String> opts = new LinkedHashMap<>();
    List<String> names = List.of(known);
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--") || !names.contains(arg.substring(2)) || i + 1 >= args.length) {
        throw new IllegalArgumentException(
            "bad argument '"
                + arg
                + "'; options (each with a value): --"
                + String.join(", --", names));
      }
      opts.put(arg.substring(2), args[++i]);
    }
    return opts;
  }

  static String required(Map<String, String> opts, String name) {
    String value = opts.get(name);
    if (value == null) {
      throw new IllegalArgumentException("missing --" + name);
    }
    return value;
  }
}
