package careersearch.indexer.formats;

import careersearch.indexer.corpus.BadLine;
import careersearch.indexer.corpus.PostingJson;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A JSON array of posting objects, items {@code item N} (1-based). The array is first split into
 * its items' texts, and each text is then read as one JSONL line would be, so a bad item (a
 * duplicate key, a number instead of an object) costs only itself. Broken JSON ends the array
 * there: no item after it can be found.
 */
final class JsonArrayFormat {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private JsonArrayFormat() {}

  static List<FormatItem> read(String text) throws IOException {
    List<FormatItem> items = new ArrayList<>();
    // the item being read when the JSON breaks; 0 before the array and after it
    int reading = 0;
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_ARRAY) {
        String hint = first == JsonToken.START_OBJECT ? " (one object a line is jsonl)" : "";
        items.add(
            FormatItem.failed(
                "input", null, "expected a JSON array of postings, got " + kind(first) + hint));
        return items;
      }
      reading = 1;
      for (JsonToken token = parser.nextToken();
          token != JsonToken.END_ARRAY;
          token = parser.nextToken()) {
        if (token == null) {
          throw new JsonParseException(parser, "unexpected end of input inside the array");
        }
        items.add(item(parser, token, text, "item " + reading));
        reading++;
      }
      reading = 0;
      if (parser.nextToken() != null) {
        items.add(
            FormatItem.failed(
                "input",
                null,
                "more content after the end of the array ("
                    + JsonProblem.where(parser.currentTokenLocation())
                    + ")"));
      }
    } catch (JsonProcessingException e) {
      items.add(
          FormatItem.failed(
              reading == 0 ? "input" : "item " + reading,
              null,
              "invalid JSON: " + JsonProblem.of(e) + "; the rest of the input was not read"));
    }
    return items;
  }

  private static FormatItem item(JsonParser parser, JsonToken token, String text, String where)
      throws IOException {
    if (token != JsonToken.START_OBJECT) {
      JsonNode value = MAPPER.readTree(parser);
      return FormatItem.failed(
          where, value.toString(), "expected a JSON object, got " + kind(token));
    }
    int start = (int) parser.currentTokenLocation().getCharOffset();
    parser.skipChildren();
    int end = (int) parser.currentLocation().getCharOffset();
    String raw = text.substring(start, end);
    try {
      return FormatItem.ok(where, PostingJson.parseObject(raw), raw);
    } catch (BadLine e) {
      return FormatItem.failed(where, raw, e.getMessage());
    }
  }

  private static String kind(JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.name().toLowerCase(Locale.ROOT);
    };
  }
}
