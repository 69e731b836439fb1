package careersearch.server.lucene;

import careersearch.indexer.generator.SourceJson;
import careersearch.schema.Fields;
import careersearch.server.api.ResponseShape;
import careersearch.server.api.SearchMode;
import careersearch.server.api.SearchRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * The hits of a page as the response shows them: each document's stored source with its snippet
 * (the words' best passage, or for a hit only the meaning found its sentence closest to the query),
 * score, how it was found ({@code matched_by}), distance and expiry. Out of {@link SearchService},
 * which decides which documents are on the page.
 */
final class HitMaps {
  private HitMaps() {}

  /** The page of hits the request asks for (offset and size) out of the top documents. */
  static List<Map<String, Object>> of(
      CareerSearcher searcher,
      TopDocs top,
      TextQuery lexical,
      SemanticMatches semantic,
      SearchRequest request,
      LocalDate today)
      throws IOException {
    ScoreDoc[] page = pageOf(top.scoreDocs, request);
    StoredFields stored = searcher.storedFields();
    int[] docIds = new int[page.length];
    Document[] docs = new Document[page.length];
    for (int i = 0; i < page.length; i++) {
      docIds[i] = page[i].doc;
      docs[i] = stored.document(page[i].doc, Snippets.STORED);
    }
    String[] snippets = Snippets.of(searcher, lexical.ranked(), docIds, docs);
    boolean[] byMeaningOnly = new boolean[page.length];
    if (semantic != null) {
      // what only the meaning found shows its sentence closest to the query
      byMeaningOnly = WordMatches.missing(searcher, lexical.matching(), docIds);
      BestSentences.fill(
          snippets,
          byMeaningOnly,
          docIds,
          docs,
          request.q(),
          searcher.queryVectors(),
          searcher.passages());
    }
    List<Map<String, Object>> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Map<String, Object> source = source(docs[i]);
      Map<String, Object> added = new LinkedHashMap<>();
      if (semantic != null) {
        added.put("matched_by", matchedBy(byMeaningOnly[i], semantic.contains(docIds[i])));
      } else if (request.mode() == SearchMode.HYBRID
          && searcher.queryVectors() != null
          && !request.q().isBlank()) {
        // a hybrid search whose words sufficed: every hit is a word match
        added.put("matched_by", List.of("words"));
      }
      if (request.near() != null) {
        added.put("distance_km", Radius.distanceKm(request.near(), source));
      }
      Float score = Float.isNaN(page[i].score) ? null : page[i].score;
      Map<String, Object> hit = ResponseShape.hit(source, snippets[i], score, added, today);
      hits.add(hit);
    }
    return hits;
  }

  /** How a hit was found: by its words, its meaning, or both. */
  private static List<String> matchedBy(boolean meaningOnly, boolean nearest) {
    if (meaningOnly) {
      return List.of("meaning");
    }
    return nearest ? List.of("words", "meaning") : List.of("words");
  }

  private static ScoreDoc[] pageOf(ScoreDoc[] all, SearchRequest request) {
    int from = Math.min(request.offset(), all.length);
    int to = Math.min(from + request.size(), all.length);
    return Arrays.copyOfRange(all, from, to);
  }

  /** A stored document's JSON source, read by the indexer's one mapping of sources. */
  static Map<String, Object> source(Document doc) {
    try {
      BytesRef json = doc.getBinaryValue(Fields.SOURCE);
      return SourceJson.readMap(json.bytes, json.offset, json.length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
