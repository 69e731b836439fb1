package careersearch.server.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SolrQueryTextTest {
  @Test
  void notExpiredLeavesOutTheDaysBeforeTodayAsEpochDays() {
    // 2026-12-07 is epoch day 20794: valid through 20793 (yesterday) or earlier has expired
    assertEquals(
        "-valid_through:[* TO 20793]", SolrQueryText.notExpired(LocalDate.of(2026, 12, 7)));
  }
}
