package careersearch.server.lucene.facet;

import careersearch.server.lucene.ValuesOrQuery;
import java.util.Arrays;
import org.apache.lucene.util.Bits;

/**
 * One segment's live documents counted per {@link FacetProfiles profile}, with, per profile, how
 * many of them have each value outside profiles (company, location). A query that matches whole
 * profiles ("senior" or "remote" postings: {@link ValuesOrQuery}) then counts hundreds of thousands
 * of hits as a few thousand sums, without visiting them. Built the first time such a query runs on
 * the searcher (its warm-up has one), from the segment's columns.
 */
final class ProfileTallies {
  /** Per profile: its live documents in the segment. */
  final int[] docs;

  /** Per profile, where its values start in {@link #ords} and {@link #counts}; one extra. */
  private final int[] start;

  /** Values outside profiles, as global ordinals, grouped by profile. */
  private final int[] ords;

  /** How many of the profile's live documents have the value at the same index of {@link #ords}. */
  private final int[] counts;

  private ProfileTallies(int[] docs, int[] start, int[] ords, int[] counts) {
    this.docs = docs;
    this.start = start;
    this.ords = ords;
    this.counts = counts;
  }

  /** Adds the values of a profile's live documents to {@code into}, by global ordinal. */
  void addValues(int profile, int[] into) {
    for (int i = start[profile], end = start[profile + 1]; i < end; i++) {
      into[ords[i]] += counts[i];
    }
  }

  /**
   * @param liveDocs the segment's live documents, or null when none is deleted
   * @param profileCount how many profiles the searcher has
   */
  static ProfileTallies of(SegmentFacets segment, Bits liveDocs, int profileCount) {
    int[] profileOf = segment.profiles;
    int maxDoc = profileOf.length;
    int[] docs = new int[profileCount];
    for (int d = 0; d < maxDoc; d++) {
      if (liveDocs == null || liveDocs.get(d)) {
        docs[profileOf[d]]++;
      }
    }
    // the live documents grouped by profile (a counting sort)
    int[] from = new int[profileCount + 1];
    for (int p = 0; p < profileCount; p++) {
      from[p + 1] = from[p] + docs[p];
    }
    int[] grouped = new int[from[profileCount]];
    int[] next = Arrays.copyOf(from, profileCount);
    for (int d = 0; d < maxDoc; d++) {
      if (liveDocs == null || liveDocs.get(d)) {
        grouped[next[profileOf[d]]++] = d;
      }
    }
    // then each profile's values, tallied in a scratch array indexed by ordinal
    int[] scratch = new int[segment.none + 1];
    int[] touched = new int[segment.none + 1];
    int[] start = new int[profileCount + 1];
    int[] ords = new int[64];
    int[] counts = new int[64];
    int n = 0;
    for (int p = 0; p < profileCount; p++) {
      start[p] = n;
      int distinct = 0;
      for (int i = from[p]; i < from[p + 1]; i++) {
        int doc = grouped[i];
        for (int[] column : segment.columns) {
          int ord = column[doc];
          if (ord != segment.none && scratch[ord]++ == 0) {
            touched[distinct++] = ord;
          }
        }
        if (segment.starts != null) {
          for (int j = segment.starts[doc], end = segment.starts[doc + 1]; j < end; j++) {
            if (scratch[segment.ords[j]]++ == 0) {
              touched[distinct++] = segment.ords[j];
            }
          }
        }
      }
      if (n + distinct > ords.length) {
        int size = Math.max(n + distinct, ords.length * 2);
        ords = Arrays.copyOf(ords, size);
        counts = Arrays.copyOf(counts, size);
      }
      for (int i = 0; i < distinct; i++) {
        int ord = touched[i];
        ords[n] = ord;
        counts[n++] = scratch[ord];
        scratch[ord] = 0;
      }
    }
    start[profileCount] = n;
    return new ProfileTallies(docs, start, Arrays.copyOf(ords, n), Arrays.copyOf(counts, n));
  }
}
