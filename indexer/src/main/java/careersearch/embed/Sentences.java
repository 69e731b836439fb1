package careersearch.embed;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sentences of a text, as the passages a long document is compared by: one rule for the
 * indexer, which embeds them, and the server, which shows the best one as a snippet.
 */
public final class Sentences {
  /** Shorter sentences are headings or list stubs, not answers. */
  public static final int MIN_CHARS = 25;

  private Sentences() {}

  /** Up to {@code max} sentences of {@code text} of {@link #MIN_CHARS} or more, in order. */
  public static List<String> of(String text, int max) {
    List<String> sentences = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return sentences;
    }
    BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ROOT);
    breaks.setText(text);
    for (int start = breaks.first(), end = breaks.next();
        end != BreakIterator.DONE && sentences.size() < max;
        start = end, end = breaks.next()) {
      String sentence = text.substring(start, end).strip();
      if (sentence.length() >= MIN_CHARS) {
        sentences.add(sentence);
      }
    }
    return sentences;
  }
}
