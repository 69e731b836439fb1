package careersearch.server.lucene.facet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;

/**
 * Counts one segment's matches for a {@link SidewaysCounter}: a hit counts its profile and its
 * values outside profiles; a near miss of a dimension in profiles counts its profile; a near miss
 * of another dimension counts its values there.
 */
abstract class SegmentCounter implements LeafCollector {
  final int[] profileOf;
  final int[] missOfProfile;
  final int[][] columns;
  final int[] starts;
  final int[] ords;

  /** Per global ordinal and {@link SegmentFacets#none}: values outside profiles. */
  final int[] counts;

  /** Per profile: its documents that pass every filter. */
  final int[] hits;

  /** Per profile: its documents that fail exactly one filter, a dimension in profiles. */
  final int[] nearMisses;

  /** Also given every hit (a sorted top-N), or null. */
  private final LeafCollector hitSink;

  /**
   * Where a search thread's counting goes: counts per ordinal, hits and near misses per profile,
   * and the collector that is also given every hit, or null.
   */
  record Tallies(int[] counts, int[] hits, int[] nearMisses, LeafCollector hitSink) {}

  private SegmentCounter(SegmentFacets segment, SidewaysFilters filters, Tallies tallies) {
    this.profileOf = segment.profiles;
    this.missOfProfile = filters.missOfProfile;
    this.columns = segment.columns;
    this.starts = segment.starts;
    this.ords = segment.ords;
    this.counts = tallies.counts();
    this.hits = tallies.hits();
    this.nearMisses = tallies.nearMisses();
    this.hitSink = tallies.hitSink();
  }

  /**
   * The counter for a segment: when only dimensions in profiles are filtered, a match's profile
   * says which filters it fails, so its other values are only read to count a hit.
   */
  static SegmentCounter of(SegmentFacets segment, SidewaysFilters filters, Tallies tallies) {
    return filters.otherFilters == 0
        ? new ProfileFiltersOnly(segment, filters, tallies)
        : new AnyFilters(segment, filters, tallies);
  }

  @Override
  public final void setScorer(Scorable scorer) throws IOException {
    if (hitSink != null) {
      hitSink.setScorer(scorer);
    }
  }

  /**
   * Whether the {@code n} matches of a profile must be visited one by one; when the profile alone
   * says they are near misses, they are counted here at once (or not at all, when they fail two
   * filters). By default every match is visited.
   */
  boolean visits(int profile, int n) {
    return true;
  }

  /** Visits matches that all have one profile, {@code docs[from..to)}, one by one. */
  void collectProfile(int profile, int[] docs, int from, int to) throws IOException {
    for (int i = from; i < to; i++) {
      collect(docs[i]);
    }
  }

  final void hit(int profile, int doc) throws IOException {
    if (hitSink != null) {
      hitSink.collect(doc);
    }
    hits[profile]++;
    for (int[] column : columns) {
      counts[column[doc]]++;
    }
    if (starts != null) {
      for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
        counts[ords[i]]++;
      }
    }
  }

  private static final class ProfileFiltersOnly extends SegmentCounter {
    ProfileFiltersOnly(SegmentFacets segment, SidewaysFilters filters, Tallies tallies) {
      super(segment, filters, tallies);
    }

    @Override
    public void collect(int doc) throws IOException {
      int profile = profileOf[doc];
      if (visits(profile, 1)) { // a near miss is counted by visits()
        hit(profile, doc);
      }
    }

    @Override
    boolean visits(int profile, int n) {
      int missed = missOfProfile[profile];
      if (missed != 0 && (missed & (missed - 1)) == 0) {
        nearMisses[profile] += n;
      }
      return missed == 0;
    }

    @Override
    void collectProfile(int profile, int[] docs, int from, int to) throws IOException {
      for (int i = from; i < to; i++) {
        hit(profile, docs[i]); // only the profiles that visits() asked for: hits
      }
    }
  }

  /** Dimensions outside profiles are filtered too: their values are checked for every match. */
  private static final class AnyFilters extends SegmentCounter {
    private final int otherFilters;
    private final int[] selectedIn;
    private final OrdRange[] ranges;

    /** The columns of this segment's filtered dimensions. */
    private final int[][] checkedColumns;

    /** Per filtered dimension: its column in this segment, or null. */
    private final int[][] columnOfFilter;

    /** Whether some filtered dimension may be among the segment's multi-valued ones. */
    private final boolean checkList;

    AnyFilters(SegmentFacets segment, SidewaysFilters filters, Tallies tallies) {
      super(segment, filters, tallies);
      this.otherFilters = filters.otherFilters;
      this.selectedIn = filters.selectedIn;
      this.ranges = filters.ranges;
      this.columnOfFilter = new int[ranges.length][];
      List<int[]> checked = new ArrayList<>();
      int inColumns = 0;
      for (int c = 0; c < columns.length; c++) {
        int f = filters.filterOf(segment.columnDims[c]);
        if (f >= 0) {
          checked.add(columns[c]);
          columnOfFilter[f] = columns[c];
          inColumns |= 1 << f;
        }
      }
      this.checkedColumns = checked.toArray(new int[0][]);
      this.checkList = starts != null && (otherFilters & ~inColumns) != 0;
    }

    @Override
    public void collect(int doc) throws IOException {
      int met = 0;
      for (int[] column : checkedColumns) {
        met |= selectedIn[column[doc]];
      }
      if (checkList) {
        for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
          met |= selectedIn[ords[i]];
        }
      }
      int profile = profileOf[doc];
      int missed = missOfProfile[profile] | (otherFilters & ~met);
      if (missed == 0) {
        hit(profile, doc);
      } else if ((missed & (missed - 1)) == 0) {
        if ((otherFilters & missed) == 0) {
          nearMisses[profile]++;
        } else {
          nearMissOutsideProfiles(Integer.numberOfTrailingZeros(missed), doc);
        }
      }
    }

    /** A near miss of a dimension outside profiles: counts the document's values there only. */
    private void nearMissOutsideProfiles(int filter, int doc) {
      int[] column = columnOfFilter[filter];
      if (column != null) {
        counts[column[doc]]++; // SegmentFacets.none when it has none: counts nowhere
        return;
      }
      OrdRange range = ranges[filter];
      if (checkList && range != null) {
        for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
          int ord = ords[i];
          if (ord >= range.start && ord <= range.end) {
            counts[ord]++;
          }
        }
      }
    }
  }
}
