package careersearch.server.search;

import careersearch.schema.Analyzers;
import careersearch.schema.Fields;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Snippets for a page of hits, cut by Lucene's unified highlighter from the offsets stored in the
 * postings: the best passage of the body with query terms in {@code <mark>}, all other text
 * HTML-escaped; the title when only the title matched.
 */
final class Snippets {
  /** A passage ends at the sentence boundary closest to this many characters. */
  private static final int PASSAGE_LENGTH = 180;

  private static final String[] FIELDS = {Fields.BODY, Fields.TITLE};
  private static final int[] PASSAGES = {1, 1};

  private Snippets() {}

  /** One snippet per doc id, in the order given. */
  static String[] of(IndexSearcher searcher, Query textQuery, int[] docIds) throws IOException {
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, Analyzers.text())
            // escape=true: stored text is HTML-escaped, only our <mark> tags are markup
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_LENGTH, 0.5f))
            .withMaxLength(100_000)
            .build();
    Map<String, String[]> byField =
        highlighter.highlightFields(FIELDS, textQuery, docIds, PASSAGES);
    String[] body = byField.get(Fields.BODY);
    String[] title = byField.get(Fields.TITLE);
    String[] snippets = new String[docIds.length];
    for (int i = 0; i < docIds.length; i++) {
      snippets[i] = pick(body[i], title[i]);
    }
    return snippets;
  }

  /** The body passage if it has a match, else a title that has one, else the body's opening. */
  private static String pick(String body, String title) {
    if (body != null && body.contains("<mark>")) {
      return body;
    }
    if (title != null && title.contains("<mark>")) {
      return title;
    }
    return body != null ? body : title;
  }
}
