package careersearch.server.lucene;

import careersearch.indexer.suggest.Suggestions;
import careersearch.server.api.BadRequestException;
import careersearch.server.api.ParamSyntax;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.suggest.Lookup.LookupResult;

/** Completions as you type, from the suggester of the index being served. No HTTP in here. */
public final class SuggestService {
  public static final int MAX_SIZE = 20;
  public static final int DEFAULT_SIZE = 8;
  public static final int MAX_LENGTH = 100;

  private final IndexSearchers searchers;
  private final Completer completer;

  public SuggestService(IndexSearchers searchers) {
    this.searchers = searchers;
    this.completer = this::complete;
  }

  /** Completes from another source of suggesters (the Solr backend's). */
  public SuggestService(Completer completer) {
    this.searchers = null;
    this.completer = completer;
  }

  /** Completes a typed text with at most {@code size} suggestions. */
  public interface Completer {
    List<Suggestion> complete(String q, int size);
  }

  /** One completion: the text to put in the box, its kind, and the document it names if any. */
  public record Suggestion(String text, String type, String id) {}

  /** Validates parameters (name to values) and completes {@code q}. */
  public Map<String, Object> suggest(Map<String, List<String>> params) {
    ParamSyntax.onlyKnown(params, List.of("q", "size"));
    String q = single(params, "q").strip();
    if (q.length() > MAX_LENGTH) {
      throw new BadRequestException(
          "q is " + q.length() + " characters long; the limit is " + MAX_LENGTH);
    }
    int size = size(single(params, "size"));
    long start = System.nanoTime();
    List<Suggestion> suggestions = q.isEmpty() ? List.of() : completer.complete(q, size);
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("query", q);
    response.put("suggestions", suggestions);
    response.put("took_ms", (System.nanoTime() - start) / 1_000_000.0);
    return response;
  }

  private List<Suggestion> complete(String q, int size) {
    return searchers.withSearcher(searcher -> lookup(searcher.suggester(), q, size));
  }

  /** The completions of one suggester, word starts first, one per text. */
  public static List<Suggestion> lookup(
      org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester suggester,
      String q,
      int size)
      throws java.io.IOException {
    // ask for more than needed: the same text may come as a tool and as a skill
    List<LookupResult> results =
        suggester.lookup(
            q, (java.util.Set<org.apache.lucene.util.BytesRef>) null, size * 2, true, false);
    List<Suggestion> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    // completions of a word's start before matches inside a word; by weight otherwise
    results.sort(java.util.Comparator.comparing((LookupResult r) -> !startsAWord(r.key, q)));
    for (LookupResult r : results) {
      String text = r.key.toString();
      if (out.size() < size && seen.add(text.toLowerCase(Locale.ROOT))) {
        String[] kindAndId = Suggestions.kindAndId(r.payload);
        out.add(new Suggestion(text, kindAndId[0], kindAndId[1].isEmpty() ? null : kindAndId[1]));
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

  /** A parameter that may be given once; absent (or given without a value) is "". */
  private static String single(Map<String, List<String>> params, String name) {
    List<String> values = params.getOrDefault(name, List.of());
    if (values.size() > 1) {
      throw new BadRequestException(
          "parameter '" + name + "' was given " + values.size() + " times; give it once");
    }
    return values.isEmpty() ? "" : values.get(0);
  }

  private static int size(String value) {
    if (value.isBlank()) {
      return DEFAULT_SIZE;
    }
    String what = "a whole number between 1 and " + MAX_SIZE;
    long size = ParamSyntax.wholeNumber("size", value, what);
    if (size < 1 || size > MAX_SIZE) {
      throw new BadRequestException("size must be " + what + ", was '" + value + "'");
    }
    return (int) size;
  }
}
