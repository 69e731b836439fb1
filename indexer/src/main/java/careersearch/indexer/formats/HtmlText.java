package careersearch.indexer.formats;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML (a posting's description) to plain text with jsoup: scripts, styles and other non-text
 * elements dropped, block elements on lines of their own, list items as "- item", entities decoded.
 */
final class HtmlText {
  private HtmlText() {}

  private static final Set<String> DROPPED =
      Set.of("script", "style", "noscript", "template", "iframe", "object", "svg", "head");

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "table",
          "tr",
          "section",
          "article",
          "header",
          "footer",
          "blockquote",
          "pre",
          "hr",
          "main",
          "aside",
          "nav",
          "figure",
          "figcaption",
          "address",
          "form",
          "fieldset");

  /** A tag, as HTML has them. */
  private static final Pattern TAG = Pattern.compile("<[a-zA-Z/!][^<>]*>");

  /** What only escaped HTML has: an escaped tag. */
  private static final Pattern ESCAPED_TAG = Pattern.compile("&lt;[a-zA-Z/!]");

  /** Anything HTML would decode: a tag or an entity. */
  private static final Pattern MARKUP = Pattern.compile("[<&]");

  /**
   * The plain text of an HTML fragment. Escaped HTML without a tag of its own (a feed that escaped
   * it once more) is decoded first. What still reads as a tag afterwards is literal text such as
   * "&lt;negotiable&gt;": its angle brackets become ‹ › so that the text never holds markup.
   */
  static String of(String html) {
    String text = html;
    if (!TAG.matcher(text).find() && ESCAPED_TAG.matcher(text).find()) {
      text = Parser.unescapeEntities(text, false);
    }
    if (MARKUP.matcher(text).find()) {
      text = blocksToLines(text);
    }
    return TAG.matcher(tidy(text))
        .replaceAll(
            tag ->
                Matcher.quoteReplacement(
                    "‹" + tag.group().substring(1, tag.group().length() - 1) + "›"));
  }

  /** A short text (a title, a name): one line, entities and tags resolved. */
  static String inline(String text) {
    String plain = MARKUP.matcher(text).find() ? of(text) : text;
    return plain.replaceAll("\\s+", " ").strip();
  }

  private static String blocksToLines(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    body.select(String.join(",", DROPPED)).remove();
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
              out.append(text.text());
            } else if (node instanceof Element element) {
              if (element.normalName().equals("br")) {
                out.append('\n');
              } else if (isBlock(element)) {
                startLine(out);
                if (element.normalName().equals("li")) {
                  out.append("- ");
                }
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element element && isBlock(element)) {
              startLine(out);
            }
          }
        },
        body);
    return out.toString();
  }

  /** A block starts and ends on a line of its own; adjacent blocks do not leave blank lines. */
  private static void startLine(StringBuilder out) {
    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
  }

  private static boolean isBlock(Element element) {
    return BLOCKS.contains(element.normalName());
  }

  /** Lines trimmed, runs of spaces made one, at most one blank line in a row, none at the ends. */
  private static String tidy(String text) {
    StringBuilder out = new StringBuilder();
    boolean blank = false;
    for (String line : text.split("\n", -1)) {
      String trimmed = line.replaceAll("[ \\t\\u00a0]+", " ").strip();
      if (trimmed.isEmpty()) {
        blank = out.length() > 0;
        continue;
      }
      if (out.length() > 0) {
        out.append(blank ? "\n\n" : "\n");
      }
      out.append(trimmed);
      blank = false;
    }
    return out.toString();
  }
}
