package careersearch.server.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.RamUsageEstimator;

/**
 * Every document's facet values as global ordinals of the searcher's {@link
 * SortedSetDocValuesReaderState}, decoded once when the searcher opens and kept on the heap, so
 * counting a request's matches is a walk over int arrays rather than decoding doc values for every
 * match of every request. For each segment: {@code starts[doc]..starts[doc + 1]} indexes the doc's
 * ordinals (ascending) in {@code ords}. About 4 bytes per document plus 4 per facet value.
 */
final class FacetOrdinals {
  private final int[][] starts;
  private final int[][] ords;

  /** Labels by global ordinal and ordinals by path, filled as requests look them up. */
  private final AtomicReferenceArray<String> labels;

  private final Map<String, Integer> ordOfPath = new ConcurrentHashMap<>();

  private FacetOrdinals(int[][] starts, int[][] ords, int size) {
    this.starts = starts;
    this.ords = ords;
    this.labels = new AtomicReferenceArray<>(size);
  }

  /**
   * The label of a global ordinal ({@code dim<US>value}), looked up once per searcher: a lookup in
   * the merged terms of several segments is a binary search over them.
   */
  String label(int ord, SortedSetDocValues lookup) throws IOException {
    String label = labels.get(ord);
    if (label == null) {
      label = lookup.lookupOrd(ord).utf8ToString();
      labels.set(ord, label);
    }
    return label;
  }

  /** The global ordinal of a path, or a negative number when no document has it. */
  long ordOf(String path, SortedSetDocValues lookup) throws IOException {
    Integer ord = ordOfPath.get(path);
    if (ord != null) {
      return ord;
    }
    long found = lookup.lookupTerm(new BytesRef(path));
    if (found >= 0) {
      ordOfPath.put(path, (int) found); // bounded: only paths that exist in the index
    }
    return found;
  }

  static FacetOrdinals build(IndexReader reader, SortedSetDocValuesReaderState state)
      throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    SortedSetDocValues global = state.getDocValues();
    OrdinalMap map =
        global instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
    int[][] starts = new int[leaves.size()][];
    int[][] ords = new int[leaves.size()][];
    for (LeafReaderContext leaf : leaves) {
      int maxDoc = leaf.reader().maxDoc();
      SortedSetDocValues dv = DocValues.getSortedSet(leaf.reader(), state.getField());
      LongValues toGlobal = map == null ? LongValues.IDENTITY : map.getGlobalOrds(leaf.ord);
      int[] start = new int[maxDoc + 1];
      int[] values = new int[Math.max(16, maxDoc * 4)];
      int n = 0;
      int doc = dv.nextDoc();
      for (int d = 0; d < maxDoc; d++) {
        start[d] = n;
        if (d == doc) {
          int count = dv.docValueCount();
          if (n + count > values.length) {
            values =
                Arrays.copyOf(values, Math.max(n + count, values.length + (values.length >> 1)));
          }
          for (int i = 0; i < count; i++) {
            values[n++] = (int) toGlobal.get(dv.nextOrd());
          }
          doc = dv.nextDoc();
        }
      }
      start[maxDoc] = n;
      starts[leaf.ord] = start;
      ords[leaf.ord] = n == values.length ? values : Arrays.copyOf(values, n);
    }
    return new FacetOrdinals(starts, ords, (int) global.getValueCount());
  }

  /** Per document of a segment, where its ordinals start in {@link #ords}; one extra at the end. */
  int[] starts(int leaf) {
    return starts[leaf];
  }

  /** A segment's documents' global ordinals, each document's ascending. */
  int[] ords(int leaf) {
    return ords[leaf];
  }

  /** How many distinct facet values (global ordinals) the searcher has. */
  int size() {
    return labels.length();
  }

  long ramBytesUsed() {
    long bytes = 0;
    for (int i = 0; i < starts.length; i++) {
      bytes += RamUsageEstimator.sizeOf(starts[i]) + RamUsageEstimator.sizeOf(ords[i]);
    }
    return bytes;
  }
}
