package careersearch.server.search;

import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;

/**
 * The top N hits by relevance, found by a scored search that skips documents that cannot make it
 * (block-max WAND).
 *
 * <p>A query with recognized attributes ("PyTorch remote senior") is OR-ed, so most of the index
 * matches it through "remote" or "senior" alone, and those large boost clauses leave WAND little to
 * skip. So the documents that match the topic (PyTorch) are ranked first, which is quick because
 * the topic is required there. A document outside them scores at most the sum of the attributes'
 * ceilings; when the N-th topic hit scores above that, no other document can enter the top N and
 * the answer is exact. Otherwise the whole query is searched.
 */
final class RelevanceTop {
  /** Scores are summed in different orders by different scorers: allow for float rounding. */
  private static final double ROUNDING = 1e-5;

  private RelevanceTop() {}

  /**
   * @param restrict adds the request's filters to a text query
   */
  static TopDocs search(
      IndexSearcher searcher, TextQuery text, UnaryOperator<Query> restrict, int n, TimeLimit limit)
      throws IOException {
    if (text.topic() != null) {
      BooleanQuery.Builder topicFirst = new BooleanQuery.Builder().add(text.topic(), Occur.MUST);
      text.attributes().forEach(attribute -> topicFirst.add(attribute, Occur.SHOULD));
      TopDocs top = search(searcher, restrict.apply(topicFirst.build()), n, limit);
      if (top.scoreDocs.length == n
          && top.scoreDocs[n - 1].score > ceiling(searcher, text.attributes()) * (1 + ROUNDING)) {
        return top;
      }
    }
    return search(searcher, restrict.apply(text.ranked()), n, limit);
  }

  private static TopDocs search(IndexSearcher searcher, Query query, int n, TimeLimit limit)
      throws IOException {
    // totalHitsThreshold = n: the total comes from the counting pass, so skip freely
    return searcher.search(query, limit.wrap(new TopScoreDocCollectorManager(n, null, n)));
  }

  /** The highest score a document can get from these clauses alone. */
  static double ceiling(IndexSearcher searcher, List<Query> clauses) throws IOException {
    double sum = 0;
    for (Query clause : clauses) {
      Weight weight = searcher.createWeight(searcher.rewrite(clause), ScoreMode.TOP_SCORES, 1f);
      float max = 0;
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Scorer scorer = weight.scorer(leaf);
        if (scorer != null) {
          scorer.advanceShallow(0);
          max = Math.max(max, scorer.getMaxScore(DocIdSetIterator.NO_MORE_DOCS));
        }
      }
      sum += max;
    }
    return sum;
  }
}
