package careersearch.server.lucene;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/** A page ranked by words, followed by what only the meaning found. */
final class SemanticPage {
  private SemanticPage() {}

  /**
   * The hits of {@code byWords} in their order, then the semantic neighbours they lack, nearest
   * first, up to {@code topN}: a page that ranks by its own rule (a job-intent page) keeps it.
   */
  static TopDocs after(TopDocs byWords, SemanticMatches semantic, int topN) {
    Map<Integer, ScoreDoc> page = new LinkedHashMap<>();
    for (ScoreDoc hit : byWords.scoreDocs) {
      page.put(hit.doc, hit);
    }
    Set<Integer> seen = new HashSet<>(page.keySet());
    for (ScoreDoc hit : semantic.nearest()) {
      if (page.size() >= topN) {
        break;
      }
      if (seen.add(hit.doc)) {
        page.put(hit.doc, new ScoreDoc(hit.doc, Float.NaN));
      }
    }
    return new TopDocs(byWords.totalHits, page.values().toArray(ScoreDoc[]::new));
  }
}
