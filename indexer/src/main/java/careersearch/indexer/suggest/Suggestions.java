package careersearch.indexer.suggest;

import careersearch.schema.DocType;
import careersearch.schema.Fields;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.reverse.ReverseStringFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Completions as you type, with Lucene's {@link AnalyzingInfixSuggester}: tool names, skills, job
 * titles, companies and occupations. Built from a committed index during indexing; every word of an
 * entry is indexed with all its suffixes, so a typed fragment matches inside words too ("torch"
 * completes to PyTorch) as well as at their start.
 */
public final class Suggestions {
  /** Kinds of suggestion, returned with each completion. */
  public static final List<String> KINDS =
      List.of("tool", "skill", "title", "company", "occupation");

  private static final ObjectMapper JSON = new ObjectMapper();
  static final int MIN_PREFIX_CHARS = 2;

  private Suggestions() {}

  /** Opens (or creates, when empty) a suggester over {@code dir}. */
  public static AnalyzingInfixSuggester open(Directory dir) throws IOException {
    return new AnalyzingInfixSuggester(
        dir, suffixAnalyzer(), queryAnalyzer(), MIN_PREFIX_CHARS, true, true, false);
  }

  /** Builds the suggester from every document of a reader into {@code dir}. */
  public static AnalyzingInfixSuggester build(IndexReader reader, Directory dir)
      throws IOException {
    return entries(reader).build(dir);
  }

  /** The JSON source of a document, read only for the types that need it. */
  private interface JsonSource {
    JsonNode get() throws IOException;
  }

  /** A stored document as another engine (SolrCloud) returns it; source may be null. */
  public record StoredDoc(String type, String id, String title, String sourceJson) {}

  /** Builds the suggester from stored documents of another engine into {@code dir}. */
  public static AnalyzingInfixSuggester build(Iterable<StoredDoc> docs, Directory dir)
      throws IOException {
    SuggestionEntries entries = new SuggestionEntries();
    for (StoredDoc d : docs) {
      addEntries(
          entries,
          d.type(),
          d.id(),
          d.title(),
          () -> d.sourceJson() == null ? JSON.nullNode() : JSON.readTree(d.sourceJson()));
    }
    return entries.build(dir);
  }

  private static SuggestionEntries entries(IndexReader reader) throws IOException {
    SuggestionEntries entries = new SuggestionEntries();
    StoredFields stored = reader.storedFields();
    Set<String> fields = Set.of(Fields.ID, Fields.TYPE, Fields.TITLE, Fields.SOURCE);
    for (var leaf : reader.leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      StoredFields leafStored = leaf.reader().storedFields();
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        var d = leafStored.document(doc, fields);
        addEntries(
            entries, d.get(Fields.TYPE), d.get(Fields.ID), d.get(Fields.TITLE), () -> source(d));
      }
    }
    return entries;
  }

  private static void addEntries(
      SuggestionEntries entries, String type, String id, String title, JsonSource d)
      throws IOException {
    DocType docType = DocType.fromKey(type).orElse(null);
    if (docType == null || title == null) {
      return;
    }
    switch (docType) {
      case TOOL -> {
        JsonNode source = d.get();
        entries.tool(id, title, source.path("occupations").size(), source.has("roles"));
      }
      case OCCUPATION -> entries.occupation(id, title);
      case SKILL -> entries.skill(id, title);
      case JOB -> {
        JsonNode source = d.get();
        List<String> skills = new java.util.ArrayList<>();
        source.path("skills").forEach(s -> skills.add(s.asText()));
        entries.job(title, source.path("company").asText(""), skills);
      }
      case SALARY_REPORT -> entries.report(title);
      case SECTION -> {
        // sections are found by search; their headings are not what people type
      }
    }
  }

  private static JsonNode source(org.apache.lucene.document.Document d) throws IOException {
    BytesRef json = d.getBinaryValue(Fields.SOURCE);
    return json == null ? JSON.nullNode() : JSON.readTree(json.bytes, json.offset, json.length);
  }

  /** Payload of a completion: kind and id, tab-separated. */
  static BytesRef payload(SuggestionEntries.Entry e) {
    return new BytesRef((e.kind() + "\t" + e.id()).getBytes(StandardCharsets.UTF_8));
  }

  /** The kind and id of a completion's payload. */
  public static String[] kindAndId(BytesRef payload) {
    String s = payload == null ? "" : payload.utf8ToString();
    int tab = s.indexOf('\t');
    return tab < 0
        ? new String[] {s, ""}
        : new String[] {s.substring(0, tab), s.substring(tab + 1)};
  }

  /** Words, lower-cased and accent-folded, each with all its suffixes of 2+ characters. */
  static Analyzer suffixAnalyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream words = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
        // reverse, take prefixes, reverse back: the suffixes of each word, the word itself kept
        TokenStream suffixes =
            new ReverseStringFilter(
                new EdgeNGramTokenFilter(new ReverseStringFilter(words), 2, 40, true));
        return new TokenStreamComponents(tokenizer, suffixes);
      }
    };
  }

  /** What is typed: lower-cased, accent-folded words. */
  static Analyzer queryAnalyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        return new TokenStreamComponents(
            tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)));
      }
    };
  }

  /** Feeds entries to the suggester. */
  static final class EntryIterator implements InputIterator {
    private final Iterator<SuggestionEntries.Entry> entries;
    private SuggestionEntries.Entry current;

    EntryIterator(Iterator<SuggestionEntries.Entry> entries) {
      this.entries = entries;
    }

    @Override
    public BytesRef next() {
      if (!entries.hasNext()) {
        return null;
      }
      current = entries.next();
      return new BytesRef(current.text());
    }

    @Override
    public long weight() {
      return current.weight();
    }

    @Override
    public BytesRef payload() {
      return Suggestions.payload(current);
    }

    @Override
    public boolean hasPayloads() {
      return true;
    }

    @Override
    public Set<BytesRef> contexts() {
      return Set.of(new BytesRef(current.kind()));
    }

    @Override
    public boolean hasContexts() {
      return true;
    }
  }
}
