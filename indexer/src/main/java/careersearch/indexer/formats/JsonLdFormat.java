package careersearch.indexer.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * schema.org {@code JobPosting}s in JSON-LD: one object, an array, an object with {@code @graph},
 * or the {@code <script type="application/ld+json">} blocks of an HTML page (an input whose first
 * non-blank character is {@code <}, parsed with jsoup). Nodes of other types are skipped. Items are
 * {@code item N}, the N-th node of the document (of the script in a page: {@code page.html script 1
 * item 2}); {@link JobPostingMapper} maps each.
 */
final class JsonLdFormat {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonLdFormat() {}

  static List<FormatItem> read(String text, FormatOptions options) {
    List<FormatItem> items = new ArrayList<>();
    Set<String> otherTypes = new LinkedHashSet<>();
    if (text.stripLeading().startsWith("<")) {
      Document page = Jsoup.parse(text);
      List<Element> scripts = page.select("script[type=application/ld+json]");
      if (scripts.isEmpty()) {
        return List.of(
            FormatItem.failed(
                "input", null, "the HTML page has no <script type=\"application/ld+json\">"));
      }
      String name = options.sourceName() == null ? "" : options.sourceName().strip() + " ";
      for (int i = 0; i < scripts.size(); i++) {
        read(scripts.get(i).data(), name + "script " + (i + 1), items, otherTypes);
      }
    } else {
      read(text, "", items, otherTypes);
    }
    if (items.isEmpty()) {
      items.add(
          FormatItem.failed(
              "input",
              null,
              "no schema.org JobPosting in the input"
                  + (otherTypes.isEmpty()
                      ? ""
                      : " (types found: " + String.join(", ", otherTypes) + ")")));
    }
    return items;
  }

  /** The JobPostings of one JSON-LD document; prefix names the script it is in, if any. */
  private static void read(
      String json, String prefix, List<FormatItem> items, Set<String> otherTypes) {
    String label = prefix.isEmpty() ? "" : prefix + " ";
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      items.add(
          FormatItem.failed(
              prefix.isEmpty() ? "input" : prefix,
              json.strip(),
              "invalid JSON-LD: " + JsonProblem.of(e)));
      return;
    }
    List<JsonNode> nodes = new ArrayList<>();
    flatten(root, nodes);
    for (int i = 0; i < nodes.size(); i++) {
      JsonNode node = nodes.get(i);
      if (isJobPosting(node)) {
        items.add(
            FormatItem.ok(label + "item " + (i + 1), JobPostingMapper.map(node), node.toString()));
      } else {
        types(node).forEach(otherTypes::add);
      }
    }
  }

  /** The nodes of a document: an array's elements and a {@code @graph}'s, in document order. */
  private static void flatten(JsonNode node, List<JsonNode> nodes) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(element -> flatten(element, nodes));
    } else if (node.isObject() && node.has("@graph") && !isJobPosting(node)) {
      flatten(node.get("@graph"), nodes);
    } else {
      nodes.add(node);
    }
  }

  /**
   * Whether {@code @type} is, or lists, JobPosting (also as {@code schema:JobPosting} or an IRI).
   */
  private static boolean isJobPosting(JsonNode node) {
    return types(node).stream()
        .anyMatch(
            type ->
                type.equals("JobPosting")
                    || type.endsWith("/JobPosting")
                    || type.endsWith(":JobPosting"));
  }

  private static List<String> types(JsonNode node) {
    List<String> types = new ArrayList<>();
    JsonNode type = node.isObject() ? node.get("@type") : null;
    if (type != null && type.isTextual()) {
      types.add(type.textValue().strip());
    } else if (type != null && type.isArray()) {
      type.forEach(
          t -> {
            if (t.isTextual()) {
              types.add(t.textValue().strip());
            }
          });
    }
    return types;
  }
}
