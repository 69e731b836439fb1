package careersearch.embed;

import java.util.ArrayList;
import java.util.List;

/**
 * What a document is about, as texts to embed and the weight of each: its vector is the normalized
 * weighted sum of theirs. Parts that recur across documents (a posting's title, each of its skills)
 * are embedded once and reused, where one text per document would be embedded for every document.
 */
public record Meaning(List<String> texts, List<Float> weights) {
  public Meaning {
    if (texts.size() != weights.size()) {
      throw new IllegalArgumentException("one weight per text");
    }
  }

  /** One text that says it all (a section, an occupation). */
  public static Meaning of(String text) {
    return new Meaning(List.of(text), List.of(1f));
  }

  /**
   * A main text and a group of parts that share the rest of the weight equally: a title and its
   * skills. Without parts the main text has all of it.
   */
  public static Meaning of(String main, float mainWeight, List<String> parts) {
    if (parts.isEmpty()) {
      return of(main);
    }
    List<String> texts = new ArrayList<>(parts.size() + 1);
    List<Float> weights = new ArrayList<>(parts.size() + 1);
    texts.add(main);
    weights.add(mainWeight);
    float each = (1 - mainWeight) / parts.size();
    for (String part : parts) {
      texts.add(part);
      weights.add(each);
    }
    return new Meaning(texts, weights);
  }
}
