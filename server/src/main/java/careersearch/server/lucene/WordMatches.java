package careersearch.server.lucene;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/** Which hits of a page the words of the query do not match (those only the meaning found). */
final class WordMatches {
  private WordMatches() {}

  static boolean[] missing(IndexSearcher searcher, Query words, int[] docIds) throws IOException {
    Weight weight =
        searcher.createWeight(searcher.rewrite(words), ScoreMode.COMPLETE_NO_SCORES, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    boolean[] missing = new boolean[docIds.length];
    for (int i = 0; i < docIds.length; i++) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docIds[i], leaves));
      Scorer scorer = weight.scorer(leaf);
      int target = docIds[i] - leaf.docBase;
      missing[i] = scorer == null || scorer.iterator().advance(target) != target;
    }
    return missing;
  }
}
