package careersearch.server.knowledge;

import careersearch.server.lucene.CareerSearcher;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The links and insights of one document type; {@link RelatedDocuments} picks one by type. */
interface Linker {
  /**
   * Adds the document's lists to {@code related} and its facts to {@code insights}; nothing when
   * the id is unknown.
   */
  void link(
      CareerSearcher searcher,
      KnowledgeBase kb,
      String id,
      Map<String, List<RelatedItem>> related,
      Map<String, Object> insights)
      throws IOException;
}
