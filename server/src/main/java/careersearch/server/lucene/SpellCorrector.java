package careersearch.server.lucene;

import careersearch.schema.Analyzers;
import careersearch.schema.Fields;
import careersearch.server.api.SearchFlow;
import careersearch.server.query.Interpretation;
import careersearch.server.query.QueryVocabulary;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": words of the query that no document contains are replaced by the closest word (up
 * to two edits, transpositions counted as one) that documents' titles and tags do contain, using
 * Lucene's {@link DirectSpellChecker} over the unstemmed {@link Fields#SPELL} field.
 */
public final class SpellCorrector {
  private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");

  /** The searchable fields' analysis without synonyms, to ask whether a word is known. */
  private static final Analyzer STEMMED = Analyzers.text();

  private SpellCorrector() {}

  /**
   * The corrected query, or null when every word is known (or nothing better is known). Words
   * inside recognized parts (sr, wfh, a company) are left as they are. The correction is {@code
   * unmatched} when a replaced word matched no document even stemmed ("pytorhc"), so searching the
   * correction loses nothing; not when the typed form still matched ("kubernets" stems like
   * "kubernetes").
   */
  static SearchFlow.Correction correct(
      String text, List<Interpretation> recognized, CareerSearcher searcher) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    QueryVocabulary vocabulary = searcher.vocabulary();
    DirectSpellChecker checker = new DirectSpellChecker();
    StringBuilder corrected = new StringBuilder();
    Matcher m = WORD.matcher(text);
    int last = 0;
    boolean changed = false;
    boolean unmatched = false;
    while (m.find()) {
      String word = m.group().toLowerCase(Locale.ROOT);
      String replacement = word;
      Term term = new Term(Fields.SPELL, word);
      if (!inside(recognized, m.start())
          && !vocabulary.isSynonymWord(word)
          && reader.docFreq(term) == 0) {
        SuggestWord[] best =
            checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        if (best.length > 0) {
          replacement = best[0].string;
          changed = true;
          unmatched |= !matchesAsStemmed(word, searcher);
        }
      }
      corrected
          .append(text, last, m.start())
          .append(replacement.equals(word) ? m.group() : replacement);
      last = m.end();
    }
    corrected.append(text.substring(last));
    return changed ? new SearchFlow.Correction(corrected.toString(), unmatched) : null;
  }

  /** A word the searchable fields know in another form ("engineers" is "engineer"). */
  private static boolean matchesAsStemmed(String word, CareerSearcher searcher) throws IOException {
    Query query = QueryFactory.words(word, STEMMED);
    return searcher.count(query) > 0;
  }

  private static boolean inside(List<Interpretation> recognized, int position) {
    return recognized.stream().anyMatch(i -> i.start() <= position && position < i.end());
  }
}
