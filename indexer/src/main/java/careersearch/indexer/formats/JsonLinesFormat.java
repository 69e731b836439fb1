package careersearch.indexer.formats;

import careersearch.indexer.corpus.BadLine;
import careersearch.indexer.corpus.JsonlLines;
import careersearch.indexer.corpus.PostingJson;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON Lines, read as the corpus reads it: strict UTF-8, at most {@link JsonlLines#MAX_LINE_BYTES}
 * a line, blank lines skipped but counted. Items are {@code line N}.
 */
final class JsonLinesFormat {
  private JsonLinesFormat() {}

  static List<FormatItem> read(InputStream in) throws IOException {
    List<FormatItem> items = new ArrayList<>();
    JsonlLines lines = new JsonlLines(notClosing(in));
    while (lines.next()) {
      String where = "line " + lines.number();
      String text;
      try {
        text = lines.text();
      } catch (BadLine e) {
        items.add(FormatItem.failed(where, null, e.getMessage()));
        continue;
      }
      if (text.isBlank()) {
        continue;
      }
      try {
        items.add(FormatItem.ok(where, PostingJson.parseObject(text), text));
      } catch (BadLine e) {
        items.add(FormatItem.failed(where, text, e.getMessage()));
      }
    }
    return items;
  }

  /** The caller's stream, which the caller closes. */
  private static InputStream notClosing(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public void close() {}
    };
  }
}
