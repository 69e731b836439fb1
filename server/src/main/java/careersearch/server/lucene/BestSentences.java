package careersearch.server.lucene;

import careersearch.embed.Embedder;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;

/**
 * The snippet of a hit that only the meaning found, which has no query word to mark: the sentence
 * of its text closest in meaning to the query. Only the first sentences are compared, and few per
 * page, since each is embedded (about 1 ms; the recent ones are kept).
 */
final class BestSentences {
  /** Sentences compared per hit: the opening of a text says most of what it is about. */
  static final int PER_HIT = 6;

  /** Text read per hit for its sentences. */
  private static final int READ_CHARS = 1500;

  /** Shorter sentences are headings or list stubs, not answers. */
  private static final int MIN_CHARS = 25;

  /** Longest snippet shown, as the highlighter's passages. */
  private static final int MAX_CHARS = 240;

  private BestSentences() {}

  /**
   * Replaces {@code snippets[i]} for each {@code pick[i]} by the best sentence, when it has one.
   */
  static void fill(
      String[] snippets, boolean[] pick, Document[] docs, String query, QueryVectors vectors)
      throws IOException {
    List<String> sentences = new ArrayList<>();
    List<Integer> owner = new ArrayList<>();
    for (int i = 0; i < docs.length; i++) {
      if (pick[i]) {
        for (String sentence : sentences(Snippets.bodyOf(docs[i]))) {
          sentences.add(sentence);
          owner.add(i);
        }
      }
    }
    if (sentences.isEmpty()) {
      return;
    }
    float[] q = vectors.query(query);
    List<float[]> embedded = vectors.passages(sentences);
    float[] best = new float[docs.length];
    java.util.Arrays.fill(best, -2);
    for (int s = 0; s < sentences.size(); s++) {
      int i = owner.get(s);
      float similarity = Embedder.dot(q, embedded.get(s));
      if (similarity > best[i]) {
        best[i] = similarity;
        snippets[i] = escape(shorten(sentences.get(s)));
      }
    }
  }

  static List<String> sentences(String text) {
    List<String> sentences = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return sentences;
    }
    String opening = text.length() > READ_CHARS ? text.substring(0, READ_CHARS) : text;
    BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ROOT);
    breaks.setText(opening);
    for (int start = breaks.first(), end = breaks.next();
        end != BreakIterator.DONE && sentences.size() < PER_HIT;
        start = end, end = breaks.next()) {
      String sentence = opening.substring(start, end).strip();
      if (sentence.length() >= MIN_CHARS) {
        sentences.add(sentence);
      }
    }
    if (sentences.isEmpty()) {
      sentences.add(opening.strip());
    }
    return sentences;
  }

  private static String shorten(String sentence) {
    return sentence.length() <= MAX_CHARS ? sentence : sentence.substring(0, MAX_CHARS) + "…";
  }

  /** As the highlighter's formatter: the text is shown as HTML, so none of it may be markup. */
  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#x27;");
        case '/' -> out.append("&#x2F;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
