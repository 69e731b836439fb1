package careersearch.server.search;

import careersearch.schema.Analyzers;
import careersearch.schema.Fields;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
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

  private static final String[] BODY = {Fields.BODY};
  private static final String[] TITLE = {Fields.TITLE};
  private static final int[] ONE_PASSAGE = {1};

  /** Analyzers are thread-safe and reusable; building one per request costs more than using it. */
  private static final Analyzer ANALYZER = Analyzers.text();

  private Snippets() {}

  /** One snippet per doc id, in the order given. */
  static String[] of(IndexSearcher searcher, Query textQuery, int[] docIds) throws IOException {
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, ANALYZER)
            // escape=true: stored text is HTML-escaped, only our <mark> tags are markup
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_LENGTH, 0.5f))
            .withMaxLength(100_000)
            .build();
    String[] body =
        highlighter.highlightFields(BODY, textQuery, docIds, ONE_PASSAGE).get(Fields.BODY);
    // the title is only shown when the body has no match: highlight it only for those documents
    int[] titleDocs =
        IntStream.range(0, docIds.length)
            .filter(i -> !hasMatch(body[i]))
            .map(i -> docIds[i])
            .toArray();
    String[] title =
        titleDocs.length == 0
            ? new String[0]
            : highlighter
                .highlightFields(TITLE, textQuery, titleDocs, ONE_PASSAGE)
                .get(Fields.TITLE);
    String[] snippets = new String[docIds.length];
    for (int i = 0, t = 0; i < docIds.length; i++) {
      snippets[i] = hasMatch(body[i]) ? body[i] : pick(body[i], title[t++]);
    }
    return snippets;
  }

  private static boolean hasMatch(String passage) {
    return passage != null && passage.contains("<mark>");
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
