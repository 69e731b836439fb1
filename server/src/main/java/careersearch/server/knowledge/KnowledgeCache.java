package careersearch.server.knowledge;

import careersearch.server.lucene.CareerSearcher;
import java.io.IOException;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.lucene.index.IndexReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@link KnowledgeBase} per index commit, built by the first request that needs it. Keyed
 * weakly by the reader's cache key, so a commit's knowledge goes when its reader is closed and
 * collected, while requests still on the previous searcher keep theirs.
 */
final class KnowledgeCache {
  private static final Logger LOG = LoggerFactory.getLogger(KnowledgeCache.class);

  private final Map<Object, KnowledgeBase> bases = new WeakHashMap<>();

  synchronized KnowledgeBase get(CareerSearcher searcher) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    Object key = helper == null ? reader : helper.getKey();
    KnowledgeBase base = bases.get(key);
    if (base == null) {
      long start = System.nanoTime();
      base = new KnowledgeBase(searcher);
      bases.put(key, base);
      LOG.info(
          "Built the knowledge of index version {} in {} ms ({} tools, {} occupations, {} jobs)",
          searcher.version(),
          (System.nanoTime() - start) / 1_000_000,
          base.tools().size(),
          base.occupations().size(),
          base.jobs().size());
    }
    return base;
  }
}
