package careersearch.indexer.suggest;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.Directory;

/**
 * The completions of a corpus and their weights, gathered one document at a time: while a full
 * rebuild reads its sources (no second pass over the stored documents) or from an index. The same
 * text of the same kind is one entry whose weight adds up, so a job title that many postings share
 * ranks above a rare one. Not thread-safe.
 */
public final class SuggestionEntries {
  /** A completion candidate; the payload carries kind and document id. */
  static final class Entry {
    private final String text;
    private final String kind;
    private String id;
    private long weight;

    Entry(String text, String kind, String id) {
      this.text = text;
      this.kind = kind;
      this.id = id;
    }

    String text() {
      return text;
    }

    String kind() {
      return kind;
    }

    String id() {
      return id;
    }

    long weight() {
      return weight;
    }
  }

  /** Entries by kind and lower-cased text, in the order first seen. */
  private final Map<String, Entry> entries = new LinkedHashMap<>();

  /**
   * Entries by kind and text exactly as given: most texts repeat verbatim (a title many postings
   * share), and finding them here costs no lower-casing or key building.
   */
  private final Map<String, Map<String, Entry>> byExactText = new HashMap<>();

  /** Tools the article names and tools many occupations use come first. */
  public void tool(String id, String name, int occupations, boolean inArticle) {
    add(name, "tool", id, 10 + occupations + (inArticle ? 100 : 0));
  }

  public void occupation(String id, String title) {
    add(title, "occupation", id, 50);
  }

  /** A skill statement of the article. */
  public void skill(String id, String text) {
    add(text, "skill", id, 20);
  }

  /** A posting: its title, company and the skills it asks for. */
  public void job(String title, String company, Collection<String> skills) {
    add(title, "title", "", 5);
    add(company, "company", "", 5);
    for (String skill : skills) {
      add(skill, "skill", "", 3);
    }
  }

  /** A salary report's job title. */
  public void report(String title) {
    add(title, "title", "", 1);
  }

  public int size() {
    return entries.size();
  }

  /** Builds the suggester over {@code dir} from the entries gathered. */
  public AnalyzingInfixSuggester build(Directory dir) throws IOException {
    AnalyzingInfixSuggester suggester = Suggestions.open(dir);
    suggester.build(new Suggestions.EntryIterator(entries.values().iterator()));
    return suggester;
  }

  /**
   * Adds an entry or, when the same text (ignoring case) and kind is there, adds to its weight; the
   * first text seen is the one suggested, the first non-empty id the one linked.
   */
  private void add(String text, String kind, String id, long w) {
    if (text == null) {
      return;
    }
    Map<String, Entry> exact = byExactText.computeIfAbsent(kind, k -> new HashMap<>());
    Entry entry = exact.get(text);
    if (entry == null) {
      if (text.isBlank()) {
        return;
      }
      entry =
          entries.computeIfAbsent(
              kind + "\u0000" + text.toLowerCase(Locale.ROOT),
              k -> new Entry(text.strip(), kind, id));
      exact.put(text, entry);
    }
    entry.weight += w;
    if (entry.id.isEmpty()) {
      entry.id = id;
    }
  }
}
