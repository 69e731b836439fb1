package careersearch.indexer.formats;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The shapes a schema.org property's value comes in, read leniently: a value or an array of them,
 * text or a typed object with a name, a number or a text of digits. Absent, null, empty and
 * unexpected shapes read as null (or nothing), never as an error.
 */
final class JsonLdValues {
  private static final Pattern NUMBER = Pattern.compile("^\\d+(\\.\\d+)?$");

  private JsonLdValues() {}

  /** The first of an array, or the value itself; null for absent, null or empty. */
  static JsonNode first(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isArray()) {
      return value.isEmpty() ? null : first(value.get(0));
    }
    return value;
  }

  /** The elements of an array, or the value alone. */
  static List<JsonNode> each(JsonNode value) {
    List<JsonNode> all = new ArrayList<>();
    if (value == null || value.isNull()) {
      return all;
    }
    if (value.isArray()) {
      value.forEach(v -> all.addAll(each(v)));
    } else {
      all.add(value);
    }
    return all;
  }

  /** A text value, stripped; null when absent, blank or not text. */
  static String text(JsonNode value) {
    JsonNode first = first(value);
    if (first == null || !first.isTextual()) {
      return null;
    }
    String text = first.textValue().strip();
    return text.isEmpty() ? null : text;
  }

  /** Text, or a number as text (an identifier). */
  static String scalar(JsonNode value) {
    if (value != null && value.isNumber()) {
      return value.asText();
    }
    return text(value);
  }

  static List<String> texts(JsonNode value) {
    List<String> texts = new ArrayList<>();
    for (JsonNode each : each(value)) {
      String text = text(each);
      if (text != null) {
        texts.add(text);
      }
    }
    return texts;
  }

  /** A Thing's name, or text. */
  static String nameOrText(JsonNode value) {
    JsonNode first = first(value);
    return first != null && first.isObject() ? text(first.get("name")) : text(first);
  }

  /** A number, or a text of digits; null otherwise. */
  static BigDecimal number(JsonNode value) {
    JsonNode first = first(value);
    if (first == null) {
      return null;
    }
    if (first.isNumber()) {
      return first.decimalValue();
    }
    String text = text(first);
    return text != null && NUMBER.matcher(text).matches() ? new BigDecimal(text) : null;
  }
}
