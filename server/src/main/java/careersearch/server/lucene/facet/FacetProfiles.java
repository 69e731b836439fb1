package careersearch.server.lucene.facet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;

/**
 * The combinations of values that documents have in the dimensions with few values (type,
 * seniority, remote...), each a dense profile id. Every value of those dimensions is one bit of a
 * {@code long}, so a profile is the set of bits of its document's values. A million documents share
 * a few thousand profiles, so a request can check its filters once per profile rather than once per
 * document, and count a profile's matches once, then add them to its values at the end.
 */
public final class FacetProfiles {
  /** One bit per value of the dimensions in profiles. */
  static final int MAX_BITS = Long.SIZE;

  /** The profile of a document with no value in any of the dimensions in profiles. */
  static final int EMPTY = 0;

  private final Map<String, Integer> firstBit;
  private final Map<String, OrdRange> ranges;
  private final int[] ordOfBit;
  private final long[] masks;

  private FacetProfiles(
      Map<String, Integer> firstBit, Map<String, OrdRange> ranges, int[] ordOfBit, long[] masks) {
    this.firstBit = firstBit;
    this.ranges = ranges;
    this.ordOfBit = ordOfBit;
    this.masks = masks;
  }

  /** Whether a dimension's values are in profiles. */
  public boolean covers(String dim) {
    return firstBit.containsKey(dim);
  }

  /** The bit of a value (a global ordinal) of a dimension in profiles. */
  public int bitOf(String dim, int ord) {
    return firstBit.get(dim) + ord - ranges.get(dim).start;
  }

  /** The bits of every value of a dimension in profiles. */
  long bitsOf(String dim) {
    OrdRange range = ranges.get(dim);
    int n = range.end - range.start + 1;
    long ones = n == Long.SIZE ? -1L : (1L << n) - 1;
    return ones << firstBit.get(dim);
  }

  /** The bits of a profile's values. */
  public long mask(int profile) {
    return masks[profile];
  }

  /** How many distinct profiles the documents have. */
  public int size() {
    return masks.length;
  }

  /** The dimensions in profiles. */
  Set<String> dims() {
    return firstBit.keySet();
  }

  /** Adds {@code n} to the count of each of a profile's values among {@code bits}. */
  void addTo(int[] counts, int profile, long bits, int n) {
    for (long m = masks[profile] & bits; m != 0; m &= m - 1) {
      counts[ordOfBit[Long.numberOfTrailingZeros(m)]] += n;
    }
  }

  /**
   * Collects the profiles of documents as they are decoded. The dimensions in profiles are those
   * with the fewest values, as many as fit in {@code maxBits} bits.
   */
  static final class Builder {
    private final Map<String, Integer> firstBit = new HashMap<>();
    private final Map<String, OrdRange> ranges = new HashMap<>();
    private final int[] ordOfBit;

    /** Per global ordinal: its bit, or -1 when its dimension is not in profiles. */
    private final int[] bitOfOrd;

    /** The masks of the profiles so far, by id. */
    private long[] masks = new long[64];

    private int size;

    /**
     * An open-addressing hash table of profile ids + 1 (0: a free slot), by mask: looked up for
     * every document when a searcher opens, so no boxing.
     */
    private int[] slots = new int[128];

    Builder(SortedSetDocValuesReaderState state, int maxBits) {
      if (maxBits < 0 || maxBits > MAX_BITS) {
        throw new IllegalArgumentException("maxBits must be in 0.." + MAX_BITS + ": " + maxBits);
      }
      List<String> dims = new ArrayList<>();
      state.getDims().forEach(dims::add);
      dims.sort(Comparator.comparingInt((String dim) -> width(state.getOrdRange(dim))));
      this.bitOfOrd = new int[state.getSize()];
      Arrays.fill(bitOfOrd, -1);
      int bits = 0;
      List<Integer> ords = new ArrayList<>();
      for (String dim : dims) {
        OrdRange range = state.getOrdRange(dim);
        if (bits + width(range) > maxBits) {
          break; // sorted by width: no later dimension fits either
        }
        firstBit.put(dim, bits);
        ranges.put(dim, range);
        for (int ord = range.start; ord <= range.end; ord++) {
          bitOfOrd[ord] = bits++;
          ords.add(ord);
        }
      }
      this.ordOfBit = ords.stream().mapToInt(Integer::intValue).toArray();
      idOf(0L); // the empty profile is EMPTY
    }

    private static int width(OrdRange range) {
      return range.end - range.start + 1;
    }

    /** Whether a dimension's values are in profiles. */
    public boolean covers(String dim) {
      return firstBit.containsKey(dim);
    }

    /** The bit of a global ordinal, or -1 when its dimension is not in profiles. */
    int bitOfOrd(int ord) {
      return bitOfOrd[ord];
    }

    /** The profile id of a set of value bits, a new one the first time. */
    int idOf(long mask) {
      int slot = slotOf(mask, slots);
      if (slots[slot] != 0) {
        return slots[slot] - 1;
      }
      int id = size++;
      if (id == masks.length) {
        masks = Arrays.copyOf(masks, id * 2);
      }
      masks[id] = mask;
      slots[slot] = id + 1;
      if (size * 2 > slots.length) {
        rehash();
      }
      return id;
    }

    /** The slot of a mask in a table: where it is, or the free slot where it would go. */
    private int slotOf(long mask, int[] table) {
      int m = table.length - 1;
      int slot = Long.hashCode(mask * 0x9E3779B97F4A7C15L) & m;
      while (table[slot] != 0 && masks[table[slot] - 1] != mask) {
        slot = (slot + 1) & m;
      }
      return slot;
    }

    private void rehash() {
      int[] grown = new int[slots.length * 2];
      for (int id = 0; id < size; id++) {
        grown[slotOf(masks[id], grown)] = id + 1;
      }
      slots = grown;
    }

    FacetProfiles build() {
      return new FacetProfiles(
          Map.copyOf(firstBit), Map.copyOf(ranges), ordOfBit, Arrays.copyOf(masks, size));
    }
  }
}
