package careersearch.indexer.suggest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.search.suggest.Lookup.LookupResult;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.util.BytesRef;

/**
 * Completions of a typed text from a suggester {@link Suggestions} built, whichever backend serves
 * the index: word starts first, one completion per text.
 */
public final class Completions {
  private Completions() {}

  /** One completion: the text to put in the box, its kind, and the document it names if any. */
  public record Completion(String text, String type, String id) {}

  /** At most {@code size} completions of {@code q}. */
  public static List<Completion> lookup(AnalyzingInfixSuggester suggester, String q, int size)
      throws IOException {
    // ask for more than needed: the same text may come as a tool and as a skill
    List<LookupResult> results = suggester.lookup(q, (Set<BytesRef>) null, size * 2, true, false);
    List<Completion> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    // completions of a word's start before matches inside a word; by weight otherwise
    results.sort(Comparator.comparing((LookupResult r) -> !startsAWord(r.key, q)));
    for (LookupResult r : results) {
      String text = r.key.toString();
      if (out.size() < size && seen.add(text.toLowerCase(Locale.ROOT))) {
        String[] kindAndId = Suggestions.kindAndId(r.payload);
        out.add(new Completion(text, kindAndId[0], kindAndId[1].isEmpty() ? null : kindAndId[1]));
      }
    }
    return out;
  }

  /** True when some word of the text starts with the last typed word. */
  static boolean startsAWord(CharSequence text, String typed) {
    String[] words = typed.toLowerCase(Locale.ROOT).split("\\s+");
    String last = words[words.length - 1];
    for (String word : text.toString().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}+#]+")) {
      if (word.startsWith(last)) {
        return true;
      }
    }
    return false;
  }
}
