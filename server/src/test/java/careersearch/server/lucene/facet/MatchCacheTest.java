package careersearch.server.lucene.facet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class MatchCacheTest {
  private static Query query(String word) {
    return new TermQuery(new Term("body", word));
  }

  /** One segment's matches: {@code n} documents, 4 bytes each, plus the profile starts. */
  private static MatchCache.Segment[] matches(int n) {
    int[] docs = new int[n];
    for (int i = 0; i < n; i++) {
      docs[i] = i;
    }
    return new MatchCache.Segment[] {MatchCache.group(docs, n, new int[n], 1), null};
  }

  @Test
  void groupsMatchesByProfileKeepingDocumentOrderWithin() {
    // documents 0..9 with profiles 2 0 1 2 0 0 1 2 2 0; the matches are 1 2 3 5 8 9
    int[] profileOf = {2, 0, 1, 2, 0, 0, 1, 2, 2, 0};
    int[] matches = {1, 2, 3, 5, 8, 9, -1};
    MatchCache.Segment grouped = MatchCache.group(matches, 6, profileOf, 4);
    assertArrayEquals(new int[] {1, 5, 9, 2, 3, 8}, grouped.docs());
    assertArrayEquals(new int[] {0, 3, 4, 6, 6}, grouped.startOfProfile());
    assertEquals(3, grouped.start(1));
    assertEquals(4 * (6 + 5), grouped.bytes());
  }

  @Test
  void keepsQueriesWithEnoughMatches() {
    MatchCache cache = new MatchCache(1 << 20, 100);
    assertFalse(cache.keeps(99));
    assertTrue(cache.keeps(100));
    cache.put(query("few"), matches(99), 99);
    cache.put(query("many"), matches(100), 100);
    assertNull(cache.get(query("few")));
    assertNotNull(cache.get(query("many")));
    assertEquals(1, cache.size());
  }

  @Test
  void dropsTheLeastRecentlyUsedToStayInItsBytes() {
    // each entry takes 4 * (100 + 2) = 408 bytes: four fit in 1,700, a fifth does not
    MatchCache cache = new MatchCache(1_700, 1);
    for (String word : new String[] {"a", "b", "c", "d"}) {
      cache.put(query(word), matches(100), 100);
    }
    assertNotNull(cache.get(query("a"))); // a is now more recent than b
    cache.put(query("e"), matches(100), 100);
    assertEquals(4, cache.size());
    assertNull(cache.get(query("b")));
    for (String word : new String[] {"a", "c", "d", "e"}) {
      assertNotNull(cache.get(query(word)), word);
    }
  }

  @Test
  void refusesAnEntryLargerThanAQuarterOfIt() {
    MatchCache cache = new MatchCache(16_000, 1);
    cache.put(query("huge"), matches(1000), 1000);
    assertNull(cache.get(query("huge")));
    cache.put(query("small"), matches(900), 900);
    assertNotNull(cache.get(query("small")));
  }

  @Test
  void keepsTheFirstEntryOfAQueryAndCanBeCleared() {
    MatchCache cache = new MatchCache(1 << 20, 1);
    MatchCache.Segment[] first = matches(10);
    cache.put(query("x"), first, 10);
    cache.put(query("x"), matches(10), 10);
    assertSame(first, cache.get(query("x")));
    cache.clear();
    assertEquals(0, cache.size());
  }

  @Test
  void remembersTheQueriesItSaw() {
    MatchCache cache = new MatchCache(1 << 20, 1);
    assertFalse(cache.seenBefore(query("a")));
    assertTrue(cache.seenBefore(query("a")));
    for (int i = 0; i < MatchCache.SEEN; i++) {
      cache.seenBefore(query("q" + i));
    }
    assertFalse(cache.seenBefore(query("a")), "the least recently seen is forgotten");
    cache.clear();
    assertFalse(cache.seenBefore(query("q1")));
  }

  @Test
  void aSizeOfZeroKeepsNothing() {
    MatchCache cache = new MatchCache(0, 1);
    assertFalse(cache.keeps());
    cache.put(query("x"), matches(10), 10);
    assertNull(cache.get(query("x")));
  }
}
