package careersearch.server.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The exact syntax of parameters, shared by every route's parser: a whole number is ASCII digits
 * only (Java's parsers also take a sign, surrounding spaces after a strip, and fullwidth or
 * Arabic-Indic digits); a boolean is {@code true} or {@code false}; a parameter given once, a comma
 * list, a closed list of values.
 */
public final class ParamSyntax {
  /** Said in every 400 about a number, so the caller knows what is accepted. */
  public static final String DIGITS_ONLY = "digits 0-9 only: no sign, spaces or other characters";

  /** Longest digit string parsed; longer is out of range for every parameter. */
  private static final int MAX_DIGITS = 18;

  private ParamSyntax() {}

  /**
   * The value as a number, or a 400 naming the parameter; {@code what} describes it (e.g. "a whole
   * number of USD per year (e.g. 120000)").
   */
  public static long wholeNumber(String name, String value, String what) {
    if (value.isEmpty() || !asciiDigits(value)) {
      throw new BadRequestException(
          name + " must be " + what + " (" + DIGITS_ONLY + "), was '" + value + "'");
    }
    if (value.length() > MAX_DIGITS) {
      throw new BadRequestException(name + " is too large, was '" + value + "'");
    }
    return Long.parseLong(value);
  }

  /** {@code true} or {@code false}, exactly; absent or empty is {@code false}. */
  public static boolean bool(String name, String value) {
    if (value == null || value.isEmpty() || value.equals("false")) {
      return false;
    }
    if (value.equals("true")) {
      return true;
    }
    throw new BadRequestException(
        name + " must be true or false (lower case), was '" + value + "'");
  }

  /** The value of a parameter that may be given once, as given; null when absent. */
  public static String once(Map<String, List<String>> params, String name) {
    List<String> values = params.getOrDefault(name, List.of());
    if (values.size() > 1) {
      throw new BadRequestException(
          "parameter '" + name + "' was given " + values.size() + " times; give it once");
    }
    return values.isEmpty() ? null : values.get(0);
  }

  /** Every value of a repeatable parameter, comma lists split, blanks dropped, no duplicates. */
  public static List<String> commaValues(Map<String, List<String>> params, String name) {
    Set<String> values = new LinkedHashSet<>();
    for (String raw : params.getOrDefault(name, List.of())) {
      for (String part : raw.split(",")) {
        if (!part.isBlank()) {
          values.add(part.strip());
        }
      }
    }
    return new ArrayList<>(values);
  }

  /** A 400 for a value outside a closed list, listing what is allowed. */
  public static BadRequestException unknownValue(String param, String value, List<String> allowed) {
    return new BadRequestException(
        "unknown " + param + " '" + value + "'; allowed values: " + String.join(", ", allowed));
  }

  /** A 400 for the first parameter not in {@code known}. */
  public static void onlyKnown(Map<String, List<String>> params, List<String> known) {
    for (String name : params.keySet()) {
      if (!known.contains(name)) {
        throw new BadRequestException(
            "unknown parameter '"
                + name
                + "'; "
                + (known.isEmpty()
                    ? "this route takes no parameters"
                    : "known parameters: " + String.join(", ", known)));
      }
    }
  }

  private static boolean asciiDigits(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
