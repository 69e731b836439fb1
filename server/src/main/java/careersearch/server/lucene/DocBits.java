package careersearch.server.lucene;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Documents of one searcher found once, kept as a bit set per segment, as a constant-score query: a
 * set that several searches of a request share (a radius, the counting pass's matches) is found
 * once rather than once per search, and its exact size lets a conjunction be led by it, so the
 * other clauses are advanced only to its documents.
 *
 * <p>Equal when they say they are the same set ({@code key}) of the same reader, so the match cache
 * knows a radius asked again.
 */
final class DocBits extends Query {
  private final Object key;
  private final IndexReader reader;

  /** By segment ({@code LeafReaderContext.ord}); null where none. */
  private final FixedBitSet[] bits;

  private final int[] sizes;

  private DocBits(Object key, IndexReader reader, FixedBitSet[] bits) {
    this.key = key;
    this.reader = reader;
    this.bits = bits;
    this.sizes = new int[bits.length];
    for (int s = 0; s < bits.length; s++) {
      sizes[s] = bits[s] == null ? 0 : bits[s].cardinality();
    }
  }

  /** The documents that match {@code query} (live ones, scores aside), as bit sets. */
  static DocBits of(Object key, IndexSearcher searcher, Query query) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    FixedBitSet[] bits = new FixedBitSet[reader.leaves().size()];
    searcher.search(
        query,
        new SimpleCollector() {
          private FixedBitSet leaf;

          @Override
          protected void doSetNextReader(LeafReaderContext context) {
            leaf = bits[context.ord] = new FixedBitSet(context.reader().maxDoc());
          }

          @Override
          public void collect(int doc) {
            leaf.set(doc);
          }

          @Override
          public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
          }
        });
    return new DocBits(key, reader, bits);
  }

  /** Bit sets already found, by segment ({@code LeafReaderContext.ord}; null where none). */
  static DocBits of(Object key, IndexReader reader, FixedBitSet[] bits) {
    return new DocBits(key, reader, bits);
  }

  /** The query's matches among these documents, as scored as before: they lead its conjunction. */
  Query leading(Query query) {
    return new BooleanQuery.Builder().add(query, Occur.MUST).add(this, Occur.FILTER).build();
  }

  /** How many documents: the set's size over every segment. */
  long size() {
    long size = 0;
    for (int n : sizes) {
      size += n;
    }
    return size;
  }

  /** Bytes the bit sets take (the radius cache's bound). */
  long bytes() {
    long bytes = 0;
    for (FixedBitSet b : bits) {
      bytes += b == null ? 0 : b.ramBytesUsed();
    }
    return bytes;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    if (searcher.getIndexReader() != reader) {
      throw new IllegalStateException("a document set searched by another searcher: " + this);
    }
    return new ConstantScoreWeight(this, boost) {
      @Override
      public Scorer scorer(LeafReaderContext context) {
        FixedBitSet leaf = bits[context.ord];
        if (leaf == null || sizes[context.ord] == 0) {
          return null;
        }
        return new ConstantScoreScorer(
            this, score(), scoreMode, new BitSetIterator(leaf, sizes[context.ord]));
      }

      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        Scorer scorer = scorer(context);
        if (scorer == null) {
          return null;
        }
        return new ScorerSupplier() {
          @Override
          public Scorer get(long leadCost) {
            return scorer;
          }

          @Override
          public long cost() {
            return sizes[context.ord];
          }
        };
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false; // already a bit set
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return "DocBits(" + key + ", " + size() + " documents)";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DocBits that && key.equals(that.key) && reader == that.reader;
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, System.identityHashCode(reader));
  }
}
