package careersearch.server.lucene.facet;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.apache.lucene.search.Query;

/**
 * The live matches of recent text queries on one searcher, per segment grouped by {@link
 * FacetProfiles profile}, so that a query asked again (the next page, another sort order, one more
 * facet filter, or the same popular search from someone else) is counted without merging its
 * postings again, and without visiting the matches whose profile fails a filter: a profile that is
 * filtered out adds its number of matches at once. Solr keeps the main query's document set in its
 * filter cache for faceting in the same spirit.
 *
 * <p>Bounded in bytes (4 per match), least recently used first out. A query is kept from its second
 * count on; few matches are cheap to find again and are not kept. A searcher is one point in time,
 * so an entry is never stale; a new searcher starts empty.
 */
public final class MatchCache {
  /** Bytes kept unless the system property {@code careersearch.match-cache-mb} says (0: none). */
  static final int DEFAULT_MB = 32;

  /** Fewer matches than this are not kept: walking their postings again costs little. */
  static final long MIN_MATCHES = 4096;

  /** Look-ups that found / did not find a query's matches, over every searcher (the metrics). */
  private static final LongAdder HITS = new LongAdder();

  private static final LongAdder MISSES = new LongAdder();

  private final long minMatches;

  /** One query's matches in one segment, grouped by profile. */
  record Segment(int[] docs, int[] startOfProfile) {
    /**
     * The matches of profile {@code p} are {@code docs[startOfProfile[p] .. startOfProfile[p+1])}.
     */
    int start(int profile) {
      return startOfProfile[profile];
    }

    /** How many matches profile {@code p} has. */
    int size(int profile) {
      return startOfProfile[profile + 1] - startOfProfile[profile];
    }

    long bytes() {
      return 4L * (docs.length + startOfProfile.length);
    }
  }

  /** How many queries counted once are remembered, so that counting one again keeps it. */
  static final int SEEN = 256;

  private final long maxBytes;
  private final Map<Query, Segment[]> entries = new LinkedHashMap<>(16, 0.75f, true);
  private final Map<Query, Boolean> seen =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Query, Boolean> eldest) {
          return size() > SEEN;
        }
      };
  private long bytes;

  /**
   * @param maxBytes how much the matches kept may take
   * @param minMatches fewer matches of a query than this are not kept
   */
  MatchCache(long maxBytes, long minMatches) {
    this.maxBytes = maxBytes;
    this.minMatches = minMatches;
  }

  public static MatchCache fromSystemProperty() {
    long mb = Integer.getInteger("careersearch.match-cache-mb", DEFAULT_MB);
    return new MatchCache(mb << 20, MIN_MATCHES);
  }

  /** Whether it keeps anything at all (a size of 0 turns it off). */
  boolean keeps() {
    return maxBytes > 0;
  }

  /** Whether it would keep a query with this many matches (so they are worth grouping). */
  boolean keeps(long count) {
    return keeps() && count >= minMatches;
  }

  /**
   * Whether the query was counted lately (and remembers that it was now): a query's matches are
   * recorded from its second count on, so a query asked once (most of the first requests after an
   * index switch) pays neither for recording nor for a place in the cache.
   */
  synchronized boolean seenBefore(Query query) {
    return seen.put(query, Boolean.TRUE) != null;
  }

  /** Per segment (by ordinal), the query's live matches (null: none), or null when not kept. */
  synchronized Segment[] get(Query query) {
    Segment[] matches = entries.get(query);
    if (keeps()) {
      (matches == null ? MISSES : HITS).increment();
    }
    return matches;
  }

  /** Look-ups that found a query's matches kept, since the process started. */
  public static long hits() {
    return HITS.sum();
  }

  /** Look-ups that found nothing kept, since the process started. */
  public static long misses() {
    return MISSES.sum();
  }

  /**
   * Keeps a query's matches when there are enough of them and they take at most a quarter of the
   * cache, dropping the least recently used until they fit.
   */
  synchronized void put(Query query, Segment[] matches, long count) {
    long size = bytesOf(matches);
    if (!keeps(count) || size > maxBytes / 4 || entries.containsKey(query)) {
      return;
    }
    var eldest = entries.entrySet().iterator();
    while (bytes + size > maxBytes && eldest.hasNext()) {
      bytes -= bytesOf(eldest.next().getValue());
      eldest.remove();
    }
    entries.put(query, matches);
    bytes += size;
  }

  /** Forgets every entry (after warming a searcher, whose queries real requests may not ask). */
  public synchronized void clear() {
    entries.clear();
    seen.clear();
    bytes = 0;
  }

  synchronized int size() {
    return entries.size();
  }

  private static long bytesOf(Segment[] matches) {
    long size = 0;
    for (Segment segment : matches) {
      size += segment == null ? 0 : segment.bytes();
    }
    return size;
  }

  /**
   * Groups a segment's matches (ascending) by profile, ascending within each profile.
   *
   * @param profileOf per document, its profile
   * @param profiles how many profiles the searcher has
   */
  static Segment group(int[] docs, int count, int[] profileOf, int profiles) {
    int[] start = new int[profiles + 1];
    for (int i = 0; i < count; i++) {
      start[profileOf[docs[i]] + 1]++;
    }
    for (int p = 0; p < profiles; p++) {
      start[p + 1] += start[p];
    }
    int[] next = Arrays.copyOf(start, profiles);
    int[] grouped = new int[count];
    for (int i = 0; i < count; i++) {
      grouped[next[profileOf[docs[i]]]++] = docs[i];
    }
    return new Segment(grouped, start);
  }
}
