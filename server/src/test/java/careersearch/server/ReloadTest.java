package careersearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.indexer.model.JobPosting;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A commit by another writer is served without a restart; requests in flight keep theirs. */
class ReloadTest {
  @TempDir Path indexDir;

  @Test
  void newCommitIsServedWithinSecondsAndInFlightSearcherKeepsTheOldOne() throws Exception {
    TestIndex.build(indexDir);
    try (ServerFixture server = new ServerFixture(indexDir, Duration.ofMillis(100))) {
      assertEquals(6, server.api.ok("/api/search?type=job").get("total").asLong());
      long before = server.api.ok("/api/health").get("index_version").asLong();

      List<JobPosting> more = new ArrayList<>(TestIndex.JOBS);
      more.add(
          TestIndex.POSTINGS.job(
              "j7",
              "Search Relevance Engineer",
              "Delta",
              "Remote",
              "remote",
              List.of("contract"),
              "mid",
              null,
              "2026-04-01",
              "Tune ranking.",
              List.of()));

      int[] seenInFlight = new int[1];
      server.searchers.withSearcher(
          searcher -> {
            // a rebuild commits while this request holds its searcher
            TestIndex.build(indexDir, more);
            server.searchers.refresh();
            seenInFlight[0] = searcher.count(new MatchAllDocsQuery());
            return null;
          });
      assertEquals(11, seenInFlight[0]); // 6 jobs + tool + section + 3 reports: the old commit

      long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      long total = 0;
      while (System.nanoTime() < deadline) {
        total = server.api.ok("/api/search?type=job").get("total").asLong();
        if (total == 7) {
          break;
        }
        Thread.sleep(50);
      }
      assertEquals(7, total);
      assertEquals(
          "j7",
          server.api.ok("/api/search?q=relevance&type=job").get("hits").get(0).get("id").asText());
      assertTrue(server.api.ok("/api/health").get("index_version").asLong() > before);
    }
  }
}
