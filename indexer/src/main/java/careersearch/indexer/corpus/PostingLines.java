package careersearch.indexer.corpus;

import java.io.IOException;
import java.io.InputStream;

/**
 * The non-blank lines of a JSON Lines stream as the corpus reader splits and decodes them ({@link
 * JsonlLines}): strict UTF-8, at most {@link JsonlPostingsReader#MAX_LINE_BYTES} each.
 */
public final class PostingLines {
  private PostingLines() {}

  /** Receives each non-blank line: its text, or why it cannot be read (text null). */
  public interface Sink {
    void line(long number, String text, String error);
  }

  public static void read(InputStream in, Sink sink) throws IOException {
    try (JsonlLines lines = new JsonlLines(in)) {
      while (lines.next()) {
        String text;
        try {
          text = lines.text();
        } catch (BadLine e) {
          sink.line(lines.number(), null, e.getMessage());
          continue;
        }
        if (!text.isBlank()) {
          sink.line(lines.number(), text, null);
        }
      }
    }
  }
}
