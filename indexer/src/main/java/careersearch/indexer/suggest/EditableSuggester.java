package careersearch.indexer.suggest;

import java.io.IOException;
import java.util.Collection;
import java.util.Set;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * The completion suggester with suggestions replaced and removed one text at a time, for a copy of
 * a commit's suggester that follows an add or delete by id ({@link SuggestionEntries#applyTo}).
 * Each text has one suggestion ({@link SuggestionEntries}), so Lucene's update by exact text
 * replaces exactly it.
 */
final class EditableSuggester extends AnalyzingInfixSuggester {
  private final Directory directory;

  EditableSuggester(Directory dir) throws IOException {
    super(
        dir,
        Suggestions.suffixAnalyzer(),
        Suggestions.queryAnalyzer(),
        Suggestions.MIN_PREFIX_CHARS,
        true,
        true,
        false);
    this.directory = dir;
  }

  /** Adds the entry's suggestion, or replaces the one with its text. */
  void put(SuggestionEntries.Entry e) throws IOException {
    update(
        new BytesRef(e.text()), Set.of(new BytesRef(e.kind())), e.weight(), Suggestions.payload(e));
  }

  /** Removes the suggestions with these exact texts; call after every {@link #put}. */
  void remove(Collection<String> texts) throws IOException {
    if (texts.isEmpty()) {
      return;
    }
    synchronized (writerLock) {
      if (writer == null) {
        // Lucene opens its writer only to add; a removal analyzes nothing
        writer = new IndexWriter(directory, getIndexWriterConfig(indexAnalyzer, OpenMode.APPEND));
      }
      for (String text : texts) {
        writer.deleteDocuments(new Term(EXACT_TEXT_FIELD_NAME, text));
      }
    }
  }
}
