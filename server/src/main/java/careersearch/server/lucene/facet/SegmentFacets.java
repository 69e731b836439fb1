package careersearch.server.lucene.facet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.RamUsageEstimator;

/**
 * One segment's facet values in columns, by document: its {@link FacetProfiles profile} (its values
 * in the dimensions with few values); for each other dimension that no document of the segment has
 * twice, its one value as a global ordinal ({@link #none} when it has none); the values of the
 * remaining dimensions (several per document) as a list. A match then costs a few array reads
 * instead of a walk over all its values.
 */
public final class SegmentFacets {
  /** Per document: its profile id. */
  public final int[] profiles;

  /** Per single-valued dimension, per document: its value's global ordinal, or {@link #none}. */
  final int[][] columns;

  /** The dimension of each of {@link #columns}. */
  final String[] columnDims;

  /**
   * Per document, where its values in the multi-valued dimensions start in {@link #ords}; one extra
   * at the end. Null when the segment has no multi-valued dimension.
   */
  final int[] starts;

  /** The documents' values in the multi-valued dimensions, as global ordinals, ascending. */
  final int[] ords;

  /** The ordinal in {@link #columns} of no value: one past the last global ordinal. */
  final int none;

  /** Built on first use; a race builds it twice, to the same result. */
  private volatile ProfileTallies tallies;

  private SegmentFacets(
      int[] profiles, int[][] columns, String[] columnDims, int[] starts, int[] ords, int none) {
    this.profiles = profiles;
    this.columns = columns;
    this.columnDims = columnDims;
    this.starts = starts;
    this.ords = ords;
    this.none = none;
  }

  /**
   * Decodes a segment's facet doc values.
   *
   * @param toGlobal the segment's ordinals to global ordinals
   * @param profiles where the profiles are collected, shared by the segments of a searcher
   * @param dimOfOrd per global ordinal: the index of its dimension when not in profiles, else -1
   * @param dimNames the dimensions that {@code dimOfOrd} indexes
   */
  static SegmentFacets decode(
      LeafReader reader,
      String field,
      LongValues toGlobal,
      FacetProfiles.Builder profiles,
      int[] dimOfOrd,
      String[] dimNames)
      throws IOException {
    int dims = dimNames.length;
    int maxDoc = reader.maxDoc();
    int none = dimOfOrd.length;
    int[] profileOf = new int[maxDoc]; // FacetProfiles.EMPTY
    // first every document's values outside profiles, whatever their dimension
    int[] start = new int[maxDoc + 1];
    int[] values = new int[Math.max(16, maxDoc * 2)]; // a job has a company and a location
    int n = 0;
    boolean[] present = new boolean[dims];
    boolean[] multi = new boolean[dims];
    SortedSetDocValues dv = DocValues.getSortedSet(reader, field);
    // the segment's few thousand ordinals mapped once, rather than once per value
    int[] globalOf = new int[(int) dv.getValueCount()];
    for (int ord = 0; ord < globalOf.length; ord++) {
      globalOf[ord] = (int) toGlobal.get(ord);
    }
    for (int doc = dv.nextDoc(), d = 0; d < maxDoc; d++) {
      start[d] = n;
      if (d != doc) {
        continue;
      }
      long mask = 0;
      int lastDim = -1;
      for (int i = 0, count = dv.docValueCount(); i < count; i++) {
        int ord = globalOf[(int) dv.nextOrd()];
        int bit = profiles.bitOfOrd(ord);
        if (bit >= 0) {
          mask |= 1L << bit;
        } else if (dimOfOrd[ord] >= 0) {
          int dim = dimOfOrd[ord];
          // ordinals come ascending and a dimension's are contiguous: a repeat is a second value
          multi[dim] |= dim == lastDim;
          present[dim] = true;
          lastDim = dim;
          if (n == values.length) {
            values = Arrays.copyOf(values, n + (n >> 1));
          }
          values[n++] = ord;
        }
      }
      profileOf[d] = profiles.idOf(mask);
      doc = dv.nextDoc();
    }
    start[maxDoc] = n;
    if (n == 0) {
      return new SegmentFacets(profileOf, new int[0][], new String[0], null, null, none);
    }

    // then split them: one column per single-valued dimension, a list for the others
    int[] columnOfDim = new int[dims];
    List<String> columnDims = new ArrayList<>();
    boolean anyMulti = false;
    for (int dim = 0; dim < dims; dim++) {
      columnOfDim[dim] = -1;
      if (present[dim] && !multi[dim]) {
        columnOfDim[dim] = columnDims.size();
        columnDims.add(dimNames[dim]);
      }
      anyMulti |= multi[dim];
    }
    int[][] columns = new int[columnDims.size()][maxDoc];
    for (int[] column : columns) {
      Arrays.fill(column, none);
    }
    int[] starts = anyMulti ? new int[maxDoc + 1] : null;
    int m = 0;
    for (int d = 0; d < maxDoc; d++) {
      if (anyMulti) {
        starts[d] = m;
      }
      for (int i = start[d]; i < start[d + 1]; i++) {
        int ord = values[i];
        int column = columnOfDim[dimOfOrd[ord]];
        if (column >= 0) {
          columns[column][d] = ord;
        } else {
          values[m++] = ord; // in place: m never passes i
        }
      }
    }
    String[] dimOfColumn = columnDims.toArray(new String[0]);
    if (!anyMulti) {
      return new SegmentFacets(profileOf, columns, dimOfColumn, null, null, none);
    }
    starts[maxDoc] = m;
    return new SegmentFacets(
        profileOf, columns, dimOfColumn, starts, Arrays.copyOf(values, m), none);
  }

  /**
   * The live documents and their values per profile.
   *
   * @param liveDocs this segment's live documents in the searcher's reader, or null
   * @param profileCount how many profiles the searcher has
   */
  ProfileTallies tallies(Bits liveDocs, int profileCount) {
    ProfileTallies built = tallies;
    if (built == null) {
      built = ProfileTallies.of(this, liveDocs, profileCount);
      tallies = built;
    }
    return built;
  }

  long ramBytesUsed() {
    long bytes = RamUsageEstimator.sizeOf(profiles);
    for (int[] column : columns) {
      bytes += RamUsageEstimator.sizeOf(column);
    }
    if (starts != null) {
      bytes += RamUsageEstimator.sizeOf(starts) + RamUsageEstimator.sizeOf(ords);
    }
    return bytes;
  }
}
