package careersearch.server.lucene;

import java.util.Arrays;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * A fixed set of documents of one searcher, each with its score: the neighbours a vector search
 * found, as a query that counting, filters and sorting take like any other. Equal when the
 * documents and scores are, so the match cache knows the same search asked again.
 */
final class DocSetQuery extends Query {
  private final int[] docs;
  private final float[] scores;

  /**
   * @param docs global doc ids, ascending; {@code scores[i]} belongs to {@code docs[i]}
   */
  DocSetQuery(int[] docs, float[] scores) {
    this.docs = docs;
    this.scores = scores;
  }

  int size() {
    return docs.length;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new Weight(this) {
      @Override
      public Scorer scorer(LeafReaderContext context) {
        int from = lowerBound(context.docBase);
        int to = lowerBound(context.docBase + context.reader().maxDoc());
        return from == to ? null : new SetScorer(this, context.docBase, from, to, boost);
      }

      @Override
      public Explanation explain(LeafReaderContext context, int doc) {
        int i = Arrays.binarySearch(docs, context.docBase + doc);
        return i >= 0
            ? Explanation.match(scores[i] * boost, "nearest by meaning")
            : Explanation.noMatch("not among the nearest by meaning");
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false;
      }
    };
  }

  private int lowerBound(int doc) {
    int i = Arrays.binarySearch(docs, doc);
    return i >= 0 ? i : -i - 1;
  }

  private final class SetScorer extends Scorer {
    private final int base;
    private final int from;
    private final int to;
    private final float boost;
    private int at;

    SetScorer(Weight weight, int base, int from, int to, float boost) {
      super(weight);
      this.base = base;
      this.from = from;
      this.to = to;
      this.boost = boost;
      this.at = from - 1;
    }

    @Override
    public DocIdSetIterator iterator() {
      return new DocIdSetIterator() {
        @Override
        public int docID() {
          return at < from ? -1 : at >= to ? NO_MORE_DOCS : docs[at] - base;
        }

        @Override
        public int nextDoc() {
          at++;
          return docID();
        }

        @Override
        public int advance(int target) {
          while (docID() < target) {
            at++;
          }
          return docID();
        }

        @Override
        public long cost() {
          return to - from;
        }
      };
    }

    @Override
    public float getMaxScore(int upTo) {
      float max = 0;
      for (int i = from; i < to; i++) {
        max = Math.max(max, scores[i]);
      }
      return max * boost;
    }

    @Override
    public float score() {
      return scores[at] * boost;
    }

    @Override
    public int docID() {
      return at < from ? -1 : at >= to ? DocIdSetIterator.NO_MORE_DOCS : docs[at] - base;
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return "DocSetQuery(" + docs.length + " documents)";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DocSetQuery that
        && Arrays.equals(docs, that.docs)
        && Arrays.equals(scores, that.scores);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(docs) + Arrays.hashCode(scores);
  }
}
