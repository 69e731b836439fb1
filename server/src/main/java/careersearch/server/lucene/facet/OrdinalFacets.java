package careersearch.server.lucene.facet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.TopOrdAndIntQueue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * Facet counts held in one array indexed by global ordinal (the dimensions' ordinal ranges do not
 * overlap), with the same answers as Lucene's {@code SortedSetDocValuesFacetCounts}: top children
 * by count then label order, specific values, all dimensions. {@link SidewaysCounter} fills the
 * array.
 */
final class OrdinalFacets extends Facets {
  private final SortedSetDocValuesReaderState state;
  private final FacetOrdinals ordinals;
  private final int[] counts;
  private SortedSetDocValues labels;

  OrdinalFacets(SortedSetDocValuesReaderState state, FacetOrdinals ordinals, int[] counts) {
    this.state = state;
    this.ordinals = ordinals;
    this.counts = counts;
  }

  @Override
  public FacetResult getTopChildren(int topN, String dim, String... path) throws IOException {
    validateTopN(topN);
    checkFlat(path);
    OrdRange range = state.getOrdRange(dim);
    if (range == null) {
      return null; // never indexed
    }
    // as Lucene's SSDV counts: by count, then by ordinal (label order) among equal counts
    TopOrdAndIntQueue q = null;
    int bottomCount = 0;
    int childCount = 0;
    TopOrdAndIntQueue.OrdAndValue reuse = null;
    for (int ord = range.start; ord <= range.end; ord++) {
      int count = counts[ord];
      if (count > 0) {
        childCount++;
        if (count > bottomCount) {
          if (reuse == null) {
            reuse = new TopOrdAndIntQueue.OrdAndValue();
          }
          reuse.ord = ord;
          reuse.value = count;
          if (q == null) {
            q = new TopOrdAndIntQueue(topN);
          }
          reuse = q.insertWithOverflow(reuse);
          if (q.size() == topN) {
            bottomCount = q.top().value;
          }
        }
      }
    }
    if (childCount == 0) {
      return null;
    }
    LabelAndValue[] labelValues = new LabelAndValue[q.size()];
    for (int i = labelValues.length - 1; i >= 0; i--) {
      TopOrdAndIntQueue.OrdAndValue top = q.pop();
      labelValues[i] = new LabelAndValue(label(top.ord), top.value);
    }
    // every dimension is multi-valued without dimension counts: the dim's own count is unknown
    return new FacetResult(dim, path, -1, labelValues, childCount);
  }

  @Override
  public FacetResult getAllChildren(String dim, String... path) throws IOException {
    checkFlat(path);
    OrdRange range = state.getOrdRange(dim);
    if (range == null) {
      return null;
    }
    List<LabelAndValue> labelValues = new ArrayList<>();
    for (int ord = range.start; ord <= range.end; ord++) {
      if (counts[ord] > 0) {
        labelValues.add(new LabelAndValue(label(ord), counts[ord]));
      }
    }
    if (labelValues.isEmpty()) {
      return null;
    }
    return new FacetResult(
        dim, path, -1, labelValues.toArray(new LabelAndValue[0]), labelValues.size());
  }

  @Override
  public Number getSpecificValue(String dim, String... path) throws IOException {
    if (path.length != 1) {
      throw new IllegalArgumentException("path must be length=1");
    }
    long ord = ordinals.ordOf(FacetsConfig.pathToString(dim, path), labels());
    return ord < 0 ? -1 : counts[(int) ord];
  }

  @Override
  public List<FacetResult> getAllDims(int topN) throws IOException {
    validateTopN(topN);
    List<FacetResult> results = new ArrayList<>();
    for (String dim : state.getDims()) {
      FacetResult result = getTopChildren(topN, dim);
      if (result != null) {
        results.add(result);
      }
    }
    return results;
  }

  private String label(int ord) throws IOException {
    String[] parts = FacetsConfig.stringToPath(ordinals.label(ord, labels()));
    return parts[parts.length - 1];
  }

  private SortedSetDocValues labels() throws IOException {
    if (labels == null) {
      labels = state.getDocValues();
    }
    return labels;
  }

  private static void checkFlat(String[] path) {
    if (path.length > 0) {
      throw new IllegalArgumentException(
          "Field is not configured as hierarchical, path should be 0 length");
    }
  }
}
