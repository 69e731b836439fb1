package careersearch.server.knowledge;

import careersearch.server.lucene.CareerSearcher;
import java.io.IOException;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.lucene.index.IndexReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@link KnowledgeBase} per index commit, built when the commit's searcher is warmed (or by the
 * first request that needs it, for a searcher opened before the cache). Keyed weakly by the
 * reader's cache key, so a commit's knowledge goes when its reader is closed and collected, while
 * requests still on the previous searcher keep theirs.
 */
final class KnowledgeCache {
  private static final Logger LOG = LoggerFactory.getLogger(KnowledgeCache.class);

  private final Map<Object, KnowledgeBase> bases = new WeakHashMap<>();

  /**
   * The knowledge built last: the next commit of the same rebuild takes all but postings from it.
   */
  private KnowledgeBase latest;

  KnowledgeBase get(CareerSearcher searcher) throws IOException {
    Object key = key(searcher);
    KnowledgeBase previous;
    synchronized (this) {
      KnowledgeBase base = bases.get(key);
      if (base != null) {
        return base;
      }
      previous = latest;
    }
    // built outside the lock: requests on the previous searcher keep reading its knowledge while a
    // new commit's is built by the warmer
    long start = System.nanoTime();
    KnowledgeBase built = new KnowledgeBase(searcher, previous);
    synchronized (this) {
      KnowledgeBase base = bases.putIfAbsent(key, built);
      if (base != null) {
        return base; // built by another thread meanwhile
      }
      latest = built;
    }
    LOG.info(
        "Built the knowledge of index version {} in {} ms{} ({} tools, {} occupations, {} jobs)",
        searcher.version(),
        (System.nanoTime() - start) / 1_000_000,
        built.sameBuild(previous) ? ", postings only: the rest is the previous commit's" : "",
        built.tools().size(),
        built.occupations().size(),
        built.postings().newest().size());
    return built;
  }

  /** True when the knowledge of this searcher's commit is built. */
  synchronized boolean contains(CareerSearcher searcher) {
    return bases.containsKey(key(searcher));
  }

  private static Object key(CareerSearcher searcher) {
    IndexReader reader = searcher.getIndexReader();
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    return helper == null ? reader : helper.getKey();
  }
}
