package careersearch.server.lucene.facet;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * A request's facet filters as {@link SidewaysCounter} checks them, one bit per filtered dimension:
 * for each {@link FacetProfiles profile}, which filters on dimensions in profiles it fails (worked
 * out once per profile rather than once per match); for the other dimensions, which ordinals are
 * selected values.
 */
final class SidewaysFilters {
  /** At most this many dimensions can be filtered at once: one bit each in an int. */
  static final int MAX_FILTERED_DIMS = Integer.SIZE;

  /** Per profile: one bit per filtered dimension in profiles that it has none of the values of. */
  final int[] missOfProfile;

  /** Per filtered dimension in profiles: the bits of its values (0 for the others). */
  final long[] bitsOfDim;

  /** One bit per filtered dimension not in profiles (including those no document has). */
  final int otherFilters;

  /**
   * Per global ordinal, and {@link SegmentFacets#none}: bit f is set when the ordinal is a selected
   * value of filtered dimension f, not in profiles; null when no such dimension is filtered.
   */
  final int[] selectedIn;

  /** The ordinal range of each filtered dimension (null: no document has that dimension). */
  final OrdRange[] ranges;

  private final Map<String, Integer> filterOfDim;

  private SidewaysFilters(
      int[] missOfProfile,
      long[] bitsOfDim,
      int otherFilters,
      int[] selectedIn,
      OrdRange[] ranges,
      Map<String, Integer> filterOfDim) {
    this.missOfProfile = missOfProfile;
    this.bitsOfDim = bitsOfDim;
    this.otherFilters = otherFilters;
    this.selectedIn = selectedIn;
    this.ranges = ranges;
    this.filterOfDim = filterOfDim;
  }

  /** The bit number of a filtered dimension, or -1 when it is not filtered. */
  int filterOf(String dim) {
    return filterOfDim.getOrDefault(dim, -1);
  }

  /**
   * @param filters selected values per dimension; values OR-ed within a dimension, dimensions
   *     AND-ed
   */
  static SidewaysFilters of(
      SortedSetDocValuesReaderState state,
      FacetOrdinals ordinals,
      Map<String, List<String>> filters)
      throws IOException {
    FacetProfiles profiles = ordinals.profiles();
    List<Map.Entry<String, List<String>>> dims =
        filters.entrySet().stream().filter(e -> !e.getValue().isEmpty()).toList();
    if (dims.size() > MAX_FILTERED_DIMS) {
      throw new IllegalArgumentException("too many filtered dimensions: " + dims.size());
    }
    OrdRange[] ranges = new OrdRange[dims.size()];
    long[] bitsOfDim = new long[dims.size()];
    long[] selectedBits = new long[dims.size()];
    Map<String, Integer> filterOfDim = new HashMap<>();
    int profileFilters = 0;
    int otherFilters = 0;
    int[] selectedIn = null;
    SortedSetDocValues lookup = dims.isEmpty() ? null : state.getDocValues();
    for (int f = 0; f < dims.size(); f++) {
      String dim = dims.get(f).getKey();
      filterOfDim.put(dim, f);
      ranges[f] = state.getOrdRange(dim);
      boolean inProfiles = profiles.covers(dim);
      if (inProfiles) {
        profileFilters |= 1 << f;
        bitsOfDim[f] = profiles.bitsOf(dim);
      } else {
        otherFilters |= 1 << f;
        if (selectedIn == null) {
          selectedIn = new int[ordinals.size() + 1];
        }
      }
      for (String value : dims.get(f).getValue()) {
        long ord = ordinals.ordOf(FacetsConfig.pathToString(dim, value), lookup);
        if (ord < 0) {
          continue; // no document has it
        }
        if (inProfiles) {
          selectedBits[f] |= 1L << profiles.bitOf(dim, (int) ord);
        } else {
          selectedIn[(int) ord] |= 1 << f;
        }
      }
    }
    int[] missOfProfile = new int[profiles.size()];
    for (int p = 0; p < missOfProfile.length; p++) {
      long mask = profiles.mask(p);
      for (int bits = profileFilters; bits != 0; bits &= bits - 1) {
        int f = Integer.numberOfTrailingZeros(bits);
        if ((mask & selectedBits[f]) == 0) {
          missOfProfile[p] |= 1 << f;
        }
      }
    }
    return new SidewaysFilters(
        missOfProfile, bitsOfDim, otherFilters, selectedIn, ranges, Map.copyOf(filterOfDim));
  }
}
