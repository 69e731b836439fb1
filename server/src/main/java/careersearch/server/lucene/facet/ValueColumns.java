package careersearch.server.lucene.facet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Numeric doc values (salaries, dates) decoded into one array per field and segment the first time
 * a sorted search needs them, and kept as long as the searcher: a sorted page is picked while every
 * hit is counted, so each hit's value is an array read instead of a doc-values lookup. 8 bytes per
 * document and sorted field.
 */
public final class ValueColumns {
  private final int segments;
  private final Map<String, AtomicReferenceArray<long[]>> columns = new ConcurrentHashMap<>();

  public ValueColumns(IndexReader reader) {
    this.segments = reader.leaves().size();
  }

  /**
   * A segment's values of a field, the smallest when a document has several (the sort's default),
   * {@code missing} for documents without one.
   */
  long[] of(String field, long missing, LeafReaderContext segment) {
    AtomicReferenceArray<long[]> bySegment =
        columns.computeIfAbsent(field + "/" + missing, k -> new AtomicReferenceArray<>(segments));
    long[] column = bySegment.get(segment.ord);
    if (column == null) {
      column = decode(field, missing, segment); // a race decodes twice, to the same array
      bySegment.set(segment.ord, column);
    }
    return column;
  }

  private static long[] decode(String field, long missing, LeafReaderContext segment) {
    try {
      long[] column = new long[segment.reader().maxDoc()];
      Arrays.fill(column, missing);
      SortedNumericDocValues values = DocValues.getSortedNumeric(segment.reader(), field);
      for (int doc = values.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = values.nextDoc()) {
        column[doc] = values.nextValue(); // ascending: the first is the smallest
      }
      return column;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
