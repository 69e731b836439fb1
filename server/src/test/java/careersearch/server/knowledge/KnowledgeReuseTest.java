package careersearch.server.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.indexer.PostingsUpdater;
import careersearch.indexer.model.JobPosting;
import careersearch.schema.Schema;
import careersearch.server.TestIndex;
import careersearch.server.TestPostings;
import careersearch.server.lucene.IndexSearchers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit that only added or deleted postings (same rebuild) takes the previous commit's tools,
 * occupations, article and salary reports as they are, and its unchanged postings' links; a full
 * rebuild builds everything again.
 */
class KnowledgeReuseTest {
  @TempDir Path indexDir;

  @Test
  void anAddKeepsTheRestOfTheKnowledgeAndLinksOnlyTheNewPosting() throws Exception {
    TestIndex.build(indexDir, TestIndex.JOBS, Map.of(Schema.COMMIT_BUILD_ID, "build-1"));
    try (IndexSearchers searchers = new IndexSearchers(indexDir, Duration.ofHours(1))) {
      KnowledgeCache cache = new KnowledgeCache();
      KnowledgeBase first = searchers.withSearcher(cache::get);
      KnownPostings.LinkedPosting j1 = first.postings().byId(null, "j1").orElseThrow();

      JobPosting added =
          new TestPostings("test", "https://example.org/")
              .job(
                  "added-1",
                  "PyTorch Researcher",
                  "Initech",
                  "Berlin",
                  "remote",
                  List.of("full_time"),
                  "senior",
                  TestPostings.usd(100_000, 120_000),
                  "2026-03-01",
                  "Research with PyTorch.",
                  List.of("PyTorch"));
      PostingsUpdater updater = new PostingsUpdater(indexDir);
      try (PostingsUpdater.Change change = updater.open()) {
        change.upsert(added);
        change.commit(1, 1);
      }
      assertTrue(searchers.refresh());
      KnowledgeBase second = searchers.withSearcher(cache::get);

      assertTrue(second.sameBuild(first));
      assertSame(first.tools(), second.tools());
      assertSame(first.occupations(), second.occupations());
      assertSame(first.article(), second.article());
      assertSame(first.reports(), second.reports());
      assertEquals(TestIndex.JOBS.size() + 1, second.postings().newest().size());
      // the unchanged posting keeps its links; the new one is linked to the tool it asks for
      assertSame(j1, second.postings().byId(null, "j1").orElseThrow());
      assertTrue(
          second.postings().naming(TestIndex.PYTORCH.id()).stream()
              .anyMatch(p -> p.id().equals("added-1")));

      TestIndex.build(indexDir, TestIndex.JOBS, Map.of(Schema.COMMIT_BUILD_ID, "build-2"));
      assertTrue(searchers.refresh());
      KnowledgeBase rebuilt = searchers.withSearcher(cache::get);
      assertNotSame(second.tools(), rebuilt.tools());
      assertNotSame(j1, rebuilt.postings().byId(null, "j1").orElseThrow());
      assertEquals(TestIndex.JOBS.size(), rebuilt.postings().newest().size());
    }
  }
}
