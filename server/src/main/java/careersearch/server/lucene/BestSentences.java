package careersearch.server.lucene;

import careersearch.embed.Embedder;
import careersearch.embed.Sentences;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;

/**
 * The snippet of a hit that only the meaning found, which has no query word to mark: the sentence
 * of its text closest in meaning to the query. A long document's sentences were embedded by the
 * indexer ({@link PassageVectors}); of the others only the first sentences are compared, since each
 * is embedded here (about 1 ms; the recent ones are kept).
 */
final class BestSentences {
  /** Sentences compared per hit: the opening of a text says most of what it is about. */
  static final int PER_HIT = 6;

  /** Text read per hit for its sentences. */
  private static final int READ_CHARS = 1500;

  /** Longest snippet shown, as the highlighter's passages. */
  private static final int MAX_CHARS = 240;

  private BestSentences() {}

  /**
   * Replaces {@code snippets[i]} for each {@code pick[i]} by the best sentence, when it has one.
   */
  static void fill(
      String[] snippets,
      boolean[] pick,
      int[] docIds,
      Document[] docs,
      String query,
      QueryVectors vectors,
      PassageVectors passages)
      throws IOException {
    List<String> sentences = new ArrayList<>();
    List<Integer> owner = new ArrayList<>();
    Map<Integer, PassageVectors.Best> indexed =
        passages.isEmpty() ? Map.of() : passages.best(vectors.query(query));
    for (int i = 0; i < docs.length; i++) {
      PassageVectors.Best known = pick[i] ? indexed.get(docIds[i]) : null;
      if (known != null) {
        snippets[i] = escape(shorten(known.text()));
      } else if (pick[i]) {
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
    sentences.addAll(Sentences.of(opening, PER_HIT));
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
