package careersearch.server.lucene;

import careersearch.schema.FacetDim;
import careersearch.schema.Fields;
import careersearch.server.api.SearchRequest;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * The semantic side of a search: the documents nearest to the query's vector (HNSW, {@link
 * KnnFloatVectorQuery} with the request's filters as its filter), kept only when they are close
 * enough to be about the query.
 *
 * <p>Facet counts see the same documents as the hits. A dimension's other values are counted
 * without that dimension's filter (drill sideways), so each filtered dimension gets its own vector
 * search without its filter, and {@link #matching()} is the union: a document that passes every
 * filter and is among the nearest of a wider search is among the nearest of the narrow one too.
 */
final class SemanticMatches {
  /** Neighbours per vector search: the semantic side's share of a hybrid result. */
  static final int NEIGHBOURS = 50;

  /**
   * Neighbours less similar than this (cosine) are left out: every document has some nearest
   * neighbours, but a query about nothing the index holds should find nothing by meaning.
   */
  static final float MIN_SIMILARITY = 0.30f;

  private final ScoreDoc[] nearest;
  private final DocSetQuery matching;

  private SemanticMatches(ScoreDoc[] nearest, DocSetQuery matching) {
    this.nearest = nearest;
    this.matching = matching;
  }

  /**
   * @param filterOf the query of a request's filters and restrictions, matching every document that
   *     passes them
   * @param k how many neighbours each vector search keeps (at least {@link #NEIGHBOURS})
   */
  static SemanticMatches find(
      IndexSearcher searcher,
      float[] vector,
      SearchRequest request,
      int k,
      Function<SearchRequest, Query> filterOf)
      throws IOException {
    ScoreDoc[] nearest = nearest(searcher, vector, filterOf.apply(request), k);
    Map<Integer, Float> union = new TreeMap<>();
    for (ScoreDoc hit : nearest) {
      union.put(hit.doc, hit.score);
    }
    for (Map.Entry<FacetDim, List<String>> filter : request.filters().entrySet()) {
      if (!filter.getValue().isEmpty()) {
        for (ScoreDoc hit :
            nearest(searcher, vector, filterOf.apply(request.withoutFilter(filter.getKey())), k)) {
          union.putIfAbsent(hit.doc, hit.score);
        }
      }
    }
    int[] docs = new int[union.size()];
    float[] scores = new float[union.size()];
    int i = 0;
    for (Map.Entry<Integer, Float> e : union.entrySet()) {
      docs[i] = e.getKey();
      scores[i++] = e.getValue();
    }
    return new SemanticMatches(nearest, new DocSetQuery(docs, scores));
  }

  private static ScoreDoc[] nearest(IndexSearcher searcher, float[] vector, Query filter, int k)
      throws IOException {
    ScoreDoc[] found =
        searcher.search(new KnnFloatVectorQuery(Fields.VECTOR, vector, k, filter), k).scoreDocs;
    // a dot-product score is (1 + cosine) / 2
    float minScore = (1 + MIN_SIMILARITY) / 2;
    return Arrays.stream(found).filter(hit -> hit.score >= minScore).toArray(ScoreDoc[]::new);
  }

  /** The neighbours that pass every filter, nearest first. */
  ScoreDoc[] nearest() {
    return nearest;
  }

  /** Every neighbour found, with its similarity as its score: what counts beside the words. */
  DocSetQuery matching() {
    return matching;
  }

  /** Whether a document is among the nearest (passing every filter). */
  boolean contains(int doc) {
    for (ScoreDoc hit : nearest) {
      if (hit.doc == doc) {
        return true;
      }
    }
    return false;
  }
}
