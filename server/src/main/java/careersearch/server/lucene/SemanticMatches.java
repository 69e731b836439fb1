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
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
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
      PassageVectors passages,
      SearchRequest request,
      int k,
      Function<SearchRequest, Query> filterOf)
      throws IOException {
    DocSetQuery bySentence = bySentence(passages, vector);
    Query filter = filterOf.apply(request);
    ScoreDoc[] nearest =
        withBestSentences(
            nearest(searcher, vector, filter, k), passing(searcher, bySentence, filter));
    Map<Integer, Float> union = new TreeMap<>();
    for (ScoreDoc hit : nearest) {
      union.put(hit.doc, hit.score);
    }
    for (Map.Entry<FacetDim, List<String>> dimension : request.filters().entrySet()) {
      if (!dimension.getValue().isEmpty()) {
        Query sideways = filterOf.apply(request.withoutFilter(dimension.getKey()));
        for (ScoreDoc hit : nearest(searcher, vector, sideways, k)) {
          union.putIfAbsent(hit.doc, hit.score);
        }
        for (ScoreDoc hit : passing(searcher, bySentence, sideways)) {
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

  /**
   * The long documents whose best sentence is close enough, scored as the vector search scores
   * ({@code (1 + cosine) / 2}); null when none is.
   */
  private static DocSetQuery bySentence(PassageVectors passages, float[] vector) {
    Map<Integer, PassageVectors.Best> best = passages.best(vector);
    best.values().removeIf(b -> b.similarity() < MIN_SIMILARITY);
    if (best.isEmpty()) {
      return null;
    }
    int[] docs = new int[best.size()];
    float[] scores = new float[best.size()];
    int i = 0;
    for (Map.Entry<Integer, PassageVectors.Best> e : best.entrySet()) {
      docs[i] = e.getKey();
      scores[i++] = (1 + e.getValue().similarity()) / 2;
    }
    return new DocSetQuery(docs, scores);
  }

  /** The documents of {@code bySentence} that pass {@code filter}, with their sentence scores. */
  private static ScoreDoc[] passing(IndexSearcher searcher, DocSetQuery bySentence, Query filter)
      throws IOException {
    if (bySentence == null) {
      return new ScoreDoc[0];
    }
    Query both =
        new BooleanQuery.Builder()
            .add(bySentence, BooleanClause.Occur.MUST)
            .add(filter, BooleanClause.Occur.FILTER)
            .build();
    return searcher.search(both, bySentence.size()).scoreDocs;
  }

  /**
   * The nearest by whole-document vector and the documents found by one sentence, each scored by
   * the better of the two (as MaxP ranks a long document by its best passage), best first.
   */
  private static ScoreDoc[] withBestSentences(ScoreDoc[] nearest, ScoreDoc[] bySentence) {
    if (bySentence.length == 0) {
      return nearest;
    }
    Map<Integer, Float> best = new java.util.LinkedHashMap<>();
    for (ScoreDoc hit : nearest) {
      best.put(hit.doc, hit.score);
    }
    for (ScoreDoc hit : bySentence) {
      best.merge(hit.doc, hit.score, Math::max);
    }
    return best.entrySet().stream()
        .map(e -> new ScoreDoc(e.getKey(), e.getValue()))
        .sorted((a, b) -> Float.compare(b.score, a.score))
        .toArray(ScoreDoc[]::new);
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
