package careersearch.server.lucene.facet;

import careersearch.server.api.SortOrder;
import careersearch.server.lucene.SortedPage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;

/**
 * The first n documents by one numeric value ({@link SortedPage#byValue}), ties in index order, as
 * Lucene's {@code TopFieldCollector} keeps them, but reading each document's value from a {@link
 * ValueColumns} array: the counting pass offers every hit, tens of thousands for a filtered keyword
 * search. One per search thread; {@link #merge} combines them.
 */
final class ValueTop {
  private final SortField key;
  private final long missing;
  private final boolean descending;
  private final ValueColumns columns;

  /** A heap of the best n so far, its worst at the root. */
  private final long[] values;

  private final int[] docs;
  private int size;

  /**
   * @param key a numeric sort field with a missing value, as {@link SortOrder} makes them
   */
  ValueTop(SortField key, int n, ValueColumns columns) {
    this.key = key;
    this.missing = (Long) key.getMissingValue();
    this.descending = key.getReverse();
    this.columns = columns;
    this.values = new long[n];
    this.docs = new int[n];
  }

  /** Offers a segment's documents. */
  LeafCollector leaf(LeafReaderContext segment) {
    long[] column = columns.of(key.getField(), missing, segment);
    int base = segment.docBase;
    return new LeafCollector() {
      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) {
        offer(column[doc], base + doc);
      }
    };
  }

  /** Whether (a, docA) comes after (b, docB) in the order. */
  private boolean after(long a, int docA, long b, int docB) {
    if (a != b) {
      return descending ? a < b : a > b;
    }
    return docA > docB;
  }

  private void offer(long value, int doc) {
    if (size < values.length) {
      values[size] = value;
      docs[size] = doc;
      siftUp(size++);
    } else if (size > 0 && after(values[0], docs[0], value, doc)) {
      values[0] = value;
      docs[0] = doc;
      siftDown(0);
    }
  }

  private void siftUp(int i) {
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!after(values[i], docs[i], values[parent], docs[parent])) {
        return;
      }
      swap(i, parent);
      i = parent;
    }
  }

  private void siftDown(int i) {
    while (true) {
      int worst = i;
      for (int child = 2 * i + 1; child <= 2 * i + 2 && child < size; child++) {
        if (after(values[child], docs[child], values[worst], docs[worst])) {
          worst = child;
        }
      }
      if (worst == i) {
        return;
      }
      swap(i, worst);
      i = worst;
    }
  }

  private void swap(int i, int j) {
    long v = values[i];
    values[i] = values[j];
    values[j] = v;
    int d = docs[i];
    docs[i] = docs[j];
    docs[j] = d;
  }

  /** The first n of all threads' documents, in order, each with its value as its sort field. */
  static TopFieldDocs merge(Collection<ValueTop> tops, long totalHits) throws IOException {
    List<FieldDoc> all = new ArrayList<>();
    ValueTop any = null;
    for (ValueTop top : tops) {
      any = top;
      for (int i = 0; i < top.size; i++) {
        all.add(new FieldDoc(top.docs[i], Float.NaN, new Object[] {top.values[i]}));
      }
    }
    if (any == null) {
      throw new IllegalArgumentException("no collector to merge");
    }
    ValueTop order = any;
    all.sort(
        (x, y) -> {
          long a = (Long) x.fields[0];
          long b = (Long) y.fields[0];
          return order.after(a, x.doc, b, y.doc) ? 1 : order.after(b, y.doc, a, x.doc) ? -1 : 0;
        });
    List<FieldDoc> first = all.subList(0, Math.min(all.size(), any.values.length));
    return new TopFieldDocs(
        new TotalHits(totalHits, TotalHits.Relation.EQUAL_TO),
        first.toArray(new ScoreDoc[0]),
        new SortField[] {any.key});
  }
}
