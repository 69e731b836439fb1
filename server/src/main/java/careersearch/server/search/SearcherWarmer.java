package careersearch.server.search;

import careersearch.schema.DocType;
import careersearch.schema.FacetDim;
import careersearch.schema.Vocabulary;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways.DrillSidewaysResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Runs a few searches on a new searcher before it serves, the way requests will: a browse and a
 * keyword search with facets and snippets, each sort order, and the labels of every closed facet
 * value. The first request after an index switch then finds the segments' terms, postings, offsets,
 * norms, doc values and stored fields open and the searcher's label caches filled, rather than
 * paying for that itself.
 */
final class SearcherWarmer {
  private static final List<String> WORDS = List.of("data engineer", "senior remote");

  private SearcherWarmer() {}

  static void warm(CareerSearcher searcher, FacetsConfig config) throws IOException {
    QueryFactory queries = new QueryFactory();
    search(searcher, config, new MatchAllDocsQuery(), SortOrder.RELEVANCE, false);
    for (String words : WORDS) {
      search(searcher, config, queries.parse(words), SortOrder.RELEVANCE, true);
    }
    for (SortOrder sort : SortOrder.values()) {
      search(searcher, config, queries.parse(WORDS.get(0)), sort, false);
    }
  }

  private static void search(
      CareerSearcher searcher, FacetsConfig config, Query text, SortOrder sort, boolean snippets)
      throws IOException {
    DrillDownQuery query = new DrillDownQuery(config, text);
    for (DocType type : DocType.values()) {
      if (type != DocType.SALARY_REPORT) {
        query.add(FacetDim.TYPE.param(), type.key());
      }
    }
    CareerDrillSideways sideways = new CareerDrillSideways(searcher, config);
    DrillSidewaysResult result =
        sort.sort() == null
            ? sideways.search(query, 10)
            : sideways.search(query, null, null, 10, sort.sort(), true);
    SearchRequest request = new SearchRequest("", Map.of(), null, null, sort, 1, 10);
    FacetCounter.count(result.facets, request);
    int[] docs = Arrays.stream(result.hits.scoreDocs).mapToInt(h -> h.doc).toArray();
    for (ScoreDoc hit : result.hits.scoreDocs) {
      searcher.storedFields().document(hit.doc);
    }
    if (snippets && docs.length > 0) {
      Snippets.of(searcher, text, docs);
    }
    for (FacetDim dim : FacetDim.values()) {
      List<String> closed = Vocabulary.allowed(dim);
      if (closed != null) {
        for (String value : closed) {
          result.facets.getSpecificValue(dim.param(), value);
        }
      }
    }
  }
}
