package careersearch.indexer.suggest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ChecksumIndexInput;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * The completions of a corpus and their weights, gathered one document at a time: while a full
 * rebuild reads its sources (no second pass over the stored documents) or from an index. The same
 * text of the same kind is one entry whose weight adds up, so a job title that many postings share
 * ranks above a rare one. Postings can be taken away again ({@link #removeJob}), so the entries can
 * follow adds and deletes by id.
 *
 * <p>The suggester holds one suggestion per text (ignoring case): the heaviest entry of that text,
 * as the lookup shows one completion per text anyway. The entries are saved beside the suggester
 * ({@link #save}); an add by id loads them, changes the postings' weights and rewrites only the
 * suggestions whose text changed ({@link #applyTo}), instead of reading every stored document
 * again. Not thread-safe.
 */
public final class SuggestionEntries {
  /** The file, inside a suggester's directory, the entries are saved to. */
  static final String FILE = "careersearch-entries";

  private static final String CODEC = "careersearch-suggestion-entries";
  private static final int VERSION = 1;

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

  /** Entries by lower-cased text, then by kind, in the order first seen. */
  private final Map<String, Map<String, Entry>> byText = new LinkedHashMap<>();

  /**
   * Entries by kind and text exactly as given: most texts repeat verbatim (a title many postings
   * share), and finding them here costs no lower-casing or key building.
   */
  private final Map<String, Map<String, Entry>> byExactText = new HashMap<>();

  /** The lower-cased texts whose weights changed since the entries were loaded. */
  private final Set<String> touched = new HashSet<>();

  /** What the suggester holds for each lower-cased text when the entries were loaded. */
  private final Map<String, Entry> shownAtLoad = new HashMap<>();

  /** Loaded from a suggester: changes are tracked, for {@link #applyTo}. */
  private boolean tracking;

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
    jobWeights(title, company, skills, 1);
  }

  /** Takes away what {@link #job} added for a posting that is replaced or deleted. */
  public void removeJob(String title, String company, Collection<String> skills) {
    jobWeights(title, company, skills, -1);
  }

  private void jobWeights(String title, String company, Collection<String> skills, int sign) {
    add(title, "title", "", sign * 5L);
    add(company, "company", "", sign * 5L);
    for (String skill : skills) {
      add(skill, "skill", "", sign * 3L);
    }
  }

  /** A salary report's job title. */
  public void report(String title) {
    add(title, "title", "", 1);
  }

  /** Entries of some weight. */
  public int size() {
    int n = 0;
    for (Map<String, Entry> kinds : byText.values()) {
      for (Entry e : kinds.values()) {
        n += e.weight > 0 ? 1 : 0;
      }
    }
    return n;
  }

  /** Builds the suggester over {@code dir} from the entries gathered, and saves them there. */
  public AnalyzingInfixSuggester build(Directory dir) throws IOException {
    AnalyzingInfixSuggester suggester = Suggestions.open(dir);
    List<Entry> shown = new ArrayList<>();
    for (Map<String, Entry> kinds : byText.values()) {
      Entry e = heaviest(kinds);
      if (e != null) {
        shown.add(e);
      }
    }
    suggester.build(new Suggestions.EntryIterator(shown.iterator()));
    save(dir);
    return suggester;
  }

  /**
   * Rewrites in {@code suggester} (a copy of the one the entries were loaded from) the suggestions
   * of the texts whose weights changed, then saves the entries beside it.
   */
  void applyTo(EditableSuggester suggester, Directory dir) throws IOException {
    List<String> gone = new ArrayList<>();
    for (String key : touched) {
      Entry before = shownAtLoad.get(key);
      Entry now = heaviest(byText.getOrDefault(key, Map.of()));
      if (now != null) {
        suggester.put(now);
      }
      // the suggester finds suggestions by their exact text: one shown under another spelling goes
      if (before != null && (now == null || !now.text.equals(before.text))) {
        gone.add(before.text);
      }
    }
    suggester.remove(gone);
    suggester.commit();
    save(dir);
  }

  /** The entry a text's suggestion shows: the heaviest of its kinds (first seen on a tie). */
  private static Entry heaviest(Map<String, Entry> kinds) {
    Entry best = null;
    for (Entry e : kinds.values()) {
      if (e.weight > 0 && (best == null || e.weight > best.weight)) {
        best = e;
      }
    }
    return best;
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
      String key = text.toLowerCase(Locale.ROOT);
      entry =
          byText
              .computeIfAbsent(key, k -> new LinkedHashMap<>(2))
              .computeIfAbsent(kind, k -> new Entry(text.strip(), kind, id));
      exact.put(text, entry);
    }
    entry.weight += w;
    if (entry.id.isEmpty()) {
      entry.id = id;
    }
    if (tracking) {
      touched.add(entry.text.toLowerCase(Locale.ROOT));
    }
  }

  /** Saves the entries of some weight into {@code dir}, checksummed. */
  void save(Directory dir) throws IOException {
    // the directory is new, named by no commit yet: no need to replace the file atomically
    if (List.of(dir.listAll()).contains(FILE)) {
      dir.deleteFile(FILE);
    }
    try (IndexOutput out = dir.createOutput(FILE, IOContext.DEFAULT)) {
      CodecUtil.writeHeader(out, CODEC, VERSION);
      out.writeVInt(size());
      for (Map<String, Entry> kinds : byText.values()) {
        for (Entry e : kinds.values()) {
          if (e.weight > 0) {
            out.writeString(e.kind);
            out.writeString(e.text);
            out.writeString(e.id);
            out.writeVLong(e.weight);
          }
        }
      }
      CodecUtil.writeFooter(out);
    }
    dir.sync(List.of(FILE));
  }

  /**
   * The entries saved in {@code dir}, ready to follow changes; null when the suggester there was
   * built without them (by an earlier version).
   */
  static SuggestionEntries load(Directory dir) throws IOException {
    if (!List.of(dir.listAll()).contains(FILE)) {
      return null;
    }
    SuggestionEntries entries = new SuggestionEntries();
    try (ChecksumIndexInput in = dir.openChecksumInput(FILE, IOContext.READONCE)) {
      CodecUtil.checkHeader(in, CODEC, VERSION, VERSION);
      int n = in.readVInt();
      for (int i = 0; i < n; i++) {
        String kind = in.readString();
        String text = in.readString();
        String id = in.readString();
        long weight = in.readVLong();
        Entry e = new Entry(text, kind, id);
        e.weight = weight;
        entries
            .byText
            .computeIfAbsent(text.toLowerCase(Locale.ROOT), k -> new LinkedHashMap<>(2))
            .put(kind, e);
        entries.byExactText.computeIfAbsent(kind, k -> new HashMap<>()).put(text, e);
      }
      CodecUtil.checkFooter(in);
    }
    entries.byText.forEach((key, kinds) -> entries.shownAtLoad.put(key, heaviest(kinds)));
    entries.tracking = true;
    return entries;
  }
}
