package careersearch.server.search;

import careersearch.schema.DocType;
import careersearch.schema.FacetDim;
import careersearch.schema.Fields;
import careersearch.schema.Schema;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.DrillSideways.DrillSidewaysResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/** Full-text and faceted search over the index. Knows nothing about HTTP. */
public final class SearchService {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

  /** Source fields too long for a hit; the document endpoint returns them. */
  private static final Set<String> FULL_DOCUMENT_ONLY =
      Set.of(
          "text",
          "description",
          "tasks",
          "alternate_titles",
          "reported_titles",
          "occupations",
          "related",
          "onet_names");

  private final IndexSearchers searchers;
  private final QueryFactory queries = new QueryFactory();
  private final FacetsConfig facetsConfig = FacetDim.facetsConfig();

  public SearchService(IndexSearchers searchers) {
    this.searchers = searchers;
  }

  public SearchResponse search(SearchRequest request) {
    long start = System.nanoTime();
    Query textQuery = queries.parse(request.q());
    return searchers.withSearcher(
        searcher -> {
          DrillDownQuery drillDown =
              new DrillDownQuery(facetsConfig, withSalaryRange(textQuery, request));
          for (Map.Entry<FacetDim, List<String>> filter : request.filters().entrySet()) {
            for (String value : filter.getValue()) {
              drillDown.add(filter.getKey().param(), value);
            }
          }
          if (request.filter(FacetDim.TYPE).isEmpty()) {
            // salary reports would bury everything else: keep them out of the hits unless asked
            // for; as a type filter, the type facet still counts them (drill-sideways)
            for (DocType type : DocType.values()) {
              if (type != DocType.SALARY_REPORT) {
                drillDown.add(FacetDim.TYPE.param(), type.key());
              }
            }
          }
          DrillSideways sideways = new CareerDrillSideways(searcher, facetsConfig);
          int topN = request.offset() + request.size();
          DrillSidewaysResult result =
              request.sort().sort() == null
                  ? sideways.search(drillDown, topN)
                  : sideways.search(drillDown, null, null, topN, request.sort().sort(), true);
          List<Map<String, Object>> hits = hits(searcher, result.hits, textQuery, request);
          return new SearchResponse(
              echo(request),
              result.hits.totalHits.value,
              (System.nanoTime() - start) / 1_000_000,
              hits,
              FacetCounter.count(result.facets, request));
        });
  }

  /** The whole stored document, or {@link NotFoundException}. */
  public Map<String, Object> document(String id) {
    return searchers.withSearcher(
        searcher -> {
          TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
          if (top.scoreDocs.length == 0) {
            throw new NotFoundException("no document with id '" + id + "'");
          }
          return source(searcher.storedFields().document(top.scoreDocs[0].doc));
        });
  }

  /** Status of the index being served. */
  public Map<String, Object> health() {
    return searchers.withSearcher(
        searcher -> {
          Map<String, Long> counts = new LinkedHashMap<>();
          for (DocType type : DocType.values()) {
            counts.put(
                type.key(),
                (long) searcher.count(new TermQuery(new Term(Fields.TYPE, type.key()))));
          }
          Map<String, Object> health = new LinkedHashMap<>();
          health.put("status", "ok");
          health.put("documents", counts);
          health.put("total_documents", searcher.getIndexReader().numDocs());
          health.put("index_version", searcher.version());
          health.put("schema_version", Schema.VERSION);
          health.put("committed_at", searcher.committedAt());
          health.put("opened_at", searcher.openedAt().toString());
          return health;
        });
  }

  /** Applies salary_min / salary_max: a salary range overlapping [min, max] matches. */
  private static Query withSalaryRange(Query query, SearchRequest request) {
    if (request.salaryMin() == null && request.salaryMax() == null) {
      return query;
    }
    long min = request.salaryMin() == null ? 0 : request.salaryMin();
    long max = request.salaryMax() == null ? Long.MAX_VALUE : request.salaryMax();
    return new BooleanQuery.Builder()
        .add(query, Occur.MUST)
        .add(LongField.newRangeQuery(Fields.SALARY_MIN_USD, Long.MIN_VALUE, max), Occur.FILTER)
        .add(LongField.newRangeQuery(Fields.SALARY_MAX_USD, min, Long.MAX_VALUE), Occur.FILTER)
        .build();
  }

  private List<Map<String, Object>> hits(
      CareerSearcher searcher, TopDocs top, Query textQuery, SearchRequest request)
      throws IOException {
    ScoreDoc[] page = pageOf(top.scoreDocs, request);
    int[] docIds = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docIds[i] = page[i].doc;
    }
    String[] snippets = Snippets.of(searcher, textQuery, docIds);
    List<Map<String, Object>> hits = new java.util.ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Map<String, Object> source = source(searcher.storedFields().document(page[i].doc));
      Map<String, Object> hit = new LinkedHashMap<>();
      hit.put("id", source.remove("id"));
      hit.put("type", source.remove("type"));
      hit.put("title", source.remove("title"));
      hit.put("snippet", snippets[i]);
      hit.put("score", Float.isNaN(page[i].score) ? null : page[i].score);
      source.keySet().removeAll(FULL_DOCUMENT_ONLY);
      hit.putAll(source);
      hits.add(hit);
    }
    return hits;
  }

  private static ScoreDoc[] pageOf(ScoreDoc[] all, SearchRequest request) {
    int from = Math.min(request.offset(), all.length);
    int to = Math.min(from + request.size(), all.length);
    return java.util.Arrays.copyOfRange(all, from, to);
  }

  private static Map<String, Object> source(Document doc) {
    try {
      BytesRef json = doc.getBinaryValue(Fields.SOURCE);
      return JSON.readValue(json.bytes, json.offset, json.length, MAP);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> echo(SearchRequest request) {
    Map<String, Object> echo = new LinkedHashMap<>();
    echo.put("q", request.q());
    Map<String, List<String>> filters = new LinkedHashMap<>();
    request.filters().forEach((dim, values) -> filters.put(dim.param(), values));
    echo.put("filters", filters);
    echo.put("salary_min", request.salaryMin());
    echo.put("salary_max", request.salaryMax());
    echo.put("sort", request.sort().key());
    echo.put("page", request.page());
    echo.put("size", request.size());
    echo.put(
        "salary_reports_in_hits",
        !request.filter(FacetDim.TYPE).isEmpty()
            && request.filter(FacetDim.TYPE).contains(DocType.SALARY_REPORT.key()));
    return echo;
  }
}
