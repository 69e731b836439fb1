package careersearch.server.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.server.TestIndex;
import careersearch.server.lucene.IndexSearchers;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new commit's knowledge is built in the warm step, before its searcher serves a request. */
class KnowledgeWarmUpTest {
  @TempDir Path indexDir;

  @Test
  void newCommitsKnowledgeIsBuiltBeforeItsSearcherIsPublished() throws Exception {
    TestIndex.build(indexDir);
    try (IndexSearchers searchers = new IndexSearchers(indexDir, Duration.ofHours(1))) {
      Knowledge knowledge = new Knowledge(searchers);
      long firstVersion = searchers.withSearcher(s -> s.version());
      // the searcher opened before the cache existed is built on demand (or by warmUp)
      boolean builtAtStart = searchers.withSearcher(s -> knowledge.cache().contains(s));
      assertFalse(builtAtStart);

      TestIndex.build(indexDir, TestIndex.JOBS.subList(0, 2));
      assertTrue(searchers.refresh(), "the new commit was picked up");
      // no request has touched the new searcher: only its warm-up can have built its knowledge
      boolean switched = searchers.withSearcher(s -> s.version() != firstVersion);
      assertTrue(switched);
      boolean builtBeforeServing = searchers.withSearcher(s -> knowledge.cache().contains(s));
      assertTrue(builtBeforeServing);
      assertEquals(
          2,
          searchers
              .withSearcher(s -> knowledge.cache().get(s).postings().newest().size())
              .intValue());
    }
  }
}
