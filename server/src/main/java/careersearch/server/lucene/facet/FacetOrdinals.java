package careersearch.server.lucene.facet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;

/**
 * Every document's facet values as global ordinals of the searcher's {@link
 * SortedSetDocValuesReaderState}, decoded once when the searcher opens and kept on the heap in a
 * layout made for counting: the values in the dimensions with few values as one {@link
 * FacetProfiles profile} id per document, the others in {@link SegmentFacets columns}. Counting a
 * request's matches is then a few array reads per match rather than decoding doc values, or walking
 * every value, for every match of every request. About 12 bytes per document on a job index.
 */
public final class FacetOrdinals {
  private final FacetProfiles profiles;
  private final SegmentFacets[] segments;

  /** Labels by global ordinal and ordinals by path, filled as requests look them up. */
  private final AtomicReferenceArray<String> labels;

  private final Map<String, Integer> ordOfPath = new ConcurrentHashMap<>();

  private FacetOrdinals(FacetProfiles profiles, SegmentFacets[] segments, int size) {
    this.profiles = profiles;
    this.segments = segments;
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
  public long ordOf(String path, SortedSetDocValues lookup) throws IOException {
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

  /** Decodes a searcher's facet values, with profiles over as many dimensions as fit. */
  public static FacetOrdinals build(IndexReader reader, SortedSetDocValuesReaderState state)
      throws IOException {
    return build(reader, state, FacetProfiles.MAX_BITS);
  }

  /**
   * @param maxProfileBits how many values the dimensions in profiles may have in all, at most
   *     {@link FacetProfiles#MAX_BITS} (fewer only to test other layouts)
   */
  static FacetOrdinals build(
      IndexReader reader, SortedSetDocValuesReaderState state, int maxProfileBits)
      throws IOException {
    SortedSetDocValues global = state.getDocValues();
    int size = (int) global.getValueCount();
    FacetProfiles.Builder profiles = new FacetProfiles.Builder(state, maxProfileBits);
    // the other dimensions, numbered, so that a segment can tell which of them are multi-valued
    int[] dimOfOrd = new int[size];
    Arrays.fill(dimOfOrd, -1);
    List<String> others = new ArrayList<>();
    for (String dim : state.getDims()) {
      OrdRange range = state.getOrdRange(dim);
      if (!profiles.covers(dim)) {
        Arrays.fill(dimOfOrd, range.start, range.end + 1, others.size());
        others.add(dim);
      }
    }
    String[] dimNames = others.toArray(new String[0]);
    OrdinalMap map =
        global instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
    List<LeafReaderContext> leaves = reader.leaves();
    SegmentFacets[] segments = new SegmentFacets[leaves.size()];
    for (LeafReaderContext leaf : leaves) {
      LongValues toGlobal = map == null ? LongValues.IDENTITY : map.getGlobalOrds(leaf.ord);
      segments[leaf.ord] =
          SegmentFacets.decode(
              leaf.reader(), state.getField(), toGlobal, profiles, dimOfOrd, dimNames);
    }
    return new FacetOrdinals(profiles.build(), segments, size);
  }

  /** The profiles of documents, shared by the segments. */
  public FacetProfiles profiles() {
    return profiles;
  }

  /** A segment's documents' facet values. */
  public SegmentFacets segment(int leaf) {
    return segments[leaf];
  }

  /** How many distinct facet values (global ordinals) the searcher has. */
  int size() {
    return labels.length();
  }

  long ramBytesUsed() {
    long bytes = 0;
    for (SegmentFacets segment : segments) {
      bytes += segment.ramBytesUsed();
    }
    return bytes;
  }
}
