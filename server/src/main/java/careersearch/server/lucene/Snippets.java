package careersearch.server.lucene;

import careersearch.schema.Analyzers;
import careersearch.schema.Fields;
import careersearch.server.api.ResponseShape;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * Snippets for a page of hits, cut by Lucene's unified highlighter (from re-analyzed text for the
 * body, from offsets in the postings for the title): the best passage of the body with query terms
 * in {@code <mark>}, all other text HTML-escaped; the title when only the title matched.
 */
public final class Snippets {
  /** A passage ends at the sentence boundary closest to this many characters. */
  private static final int PASSAGE_LENGTH = 180;

  private static final String[] BODY = {Fields.BODY};
  private static final String[] TITLE = {Fields.TITLE};
  private static final int[] ONE_PASSAGE = {1};

  /** Analyzers are thread-safe and reusable; building one per request costs more than using it. */
  private static final Analyzer ANALYZER = Analyzers.text();

  private Snippets() {}

  /** The stored fields that snippets read: load them with these when loading hits. */
  static final Set<String> STORED =
      Set.of(Fields.BODY, Fields.TITLE, Fields.BODY_IN_SOURCE, Fields.SOURCE);

  /**
   * One snippet per doc id, in the order given.
   *
   * @param docs the documents of {@code docIds}, loaded with at least {@link #STORED}: the hits
   *     need them too, and reading a document twice costs a second decompression
   */
  static String[] of(IndexSearcher searcher, Query textQuery, int[] docIds, Document[] docs)
      throws IOException {
    UnifiedHighlighter.Builder builder =
        UnifiedHighlighter.builder(searcher, ANALYZER)
            // escape=true: stored text is HTML-escaped, only our <mark> tags are markup
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_LENGTH, 0.5f))
            .withMaxLength(100_000)
            // terms and phrases matched from the analyzed text, without running the query's
            // Weight over an in-memory index of every hit's body (cheaper, same marks per word)
            .withWeightMatches(false)
            // words matched straight off the token stream rather than an in-memory index of the
            // text (phrases still get one): passages are ranked by their matches, not BM25
            .withPassageRelevancyOverSpeed(false);
    Map<Integer, Document> loaded = new HashMap<>();
    for (int i = 0; i < docIds.length; i++) {
      loaded.put(docIds[i], docs[i]);
    }
    UnifiedHighlighter highlighter = new LoadedDocuments(builder, loaded);
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
      snippets[i] = hasMatch(body[i]) ? body[i] : ResponseShape.pickSnippet(body[i], title[t++]);
    }
    return snippets;
  }

  /** The body text of a loaded hit, wherever it is stored. */
  static String bodyOf(Document doc) throws IOException {
    return LoadedDocuments.value(doc, Fields.BODY);
  }

  private static boolean hasMatch(String passage) {
    return passage != null && passage.contains("<mark>");
  }

  /**
   * Reads the text from documents already loaded; a body that is not stored itself from the
   * document's JSON source ({@link Fields#BODY_IN_SOURCE}).
   */
  private static final class LoadedDocuments extends UnifiedHighlighter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<Integer, Document> loaded;

    LoadedDocuments(Builder builder, Map<Integer, Document> loaded) {
      super(builder);
      this.loaded = loaded;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(
        String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
      List<CharSequence[]> values = new ArrayList<>();
      for (int doc = docIter.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = docIter.nextDoc()) {
        Document d = loaded.get(doc);
        CharSequence[] forDoc = new CharSequence[fields.length];
        for (int f = 0; f < fields.length; f++) {
          forDoc[f] = value(d, fields[f]);
        }
        values.add(forDoc);
      }
      return values;
    }

    private static String value(Document d, String field) throws IOException {
      String value = d.get(field);
      String key = d.get(Fields.BODY_IN_SOURCE);
      if (value != null || !field.equals(Fields.BODY) || key == null) {
        return value == null ? "" : value;
      }
      BytesRef json = d.getBinaryValue(Fields.SOURCE);
      return JSON.readTree(json.bytes, json.offset, json.length).path(key).asText("");
    }
  }
}
