package careersearch.server.solr;

import careersearch.indexer.solr.SolrHttp;
import careersearch.indexer.suggest.Suggestions;
import careersearch.schema.DocType;
import careersearch.schema.FacetDim;
import careersearch.schema.Fields;
import careersearch.server.query.QueryVocabulary;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The interpreter's vocabulary read from a Solr collection: tools (id, name, O*NET names from the
 * stored source) and the company and location values, as {@link QueryVocabulary#build} reads them
 * from the embedded index.
 */
public final class SolrVocabulary {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The facets whose values the interpreter knows: companies, and the cities with postings. */
  private static final List<FacetDim> VOCABULARY_FACETS = List.of(FacetDim.COMPANY, FacetDim.CITY);

  private SolrVocabulary() {}

  public static QueryVocabulary load(
      SolrHttp solr, String collection, String synonyms, careersearch.places.Gazetteer gazetteer) {
    Map<String, List<String>> facetValues = new LinkedHashMap<>();
    Map<String, Object> facets = new LinkedHashMap<>();
    for (FacetDim dim : VOCABULARY_FACETS) {
      facets.put(
          dim.param(), Map.of("type", "terms", "field", dim.param(), "limit", -1, "refine", true));
    }
    JsonNode r =
        solr.postJson(
            "/" + collection + "/select",
            Map.of("query", SolrQueryText.ALL, "limit", 0, "facet", facets));
    for (FacetDim dim : VOCABULARY_FACETS) {
      List<String> values = new ArrayList<>();
      r.path("facets")
          .path(dim.param())
          .path("buckets")
          .forEach(b -> values.add(b.path("val").asText()));
      facetValues.put(dim.param(), values);
    }
    List<List<String>> tools = new ArrayList<>();
    String cursor = "*";
    while (true) {
      JsonNode page =
          solr.postJson(
              "/" + collection + "/select",
              Map.of(
                  "query",
                  Fields.TYPE + ":" + DocType.TOOL.key(),
                  "fields",
                  Fields.ID + "," + Fields.SOURCE,
                  "limit",
                  2000,
                  "sort",
                  "id asc",
                  "params",
                  Map.of("cursorMark", cursor)));
      for (JsonNode doc : page.path("response").path("docs")) {
        try {
          JsonNode source = JSON.readTree(doc.path(Fields.SOURCE).asText());
          List<String> tool = new ArrayList<>();
          tool.add(doc.path(Fields.ID).asText());
          tool.add(source.path("title").asText());
          source.path("onet_names").forEach(n -> tool.add(n.asText()));
          tools.add(tool);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      String next = page.path("nextCursorMark").asText(cursor);
      if (next.equals(cursor)) {
        break;
      }
      cursor = next;
    }
    return QueryVocabulary.fromValues(facetValues, tools, synonyms, gazetteer);
  }

  /**
   * The completions of the collection, built in memory like the embedded index's suggester (the
   * same entries, kinds and weights) from the stored documents: source for tools and jobs, titles
   * for the rest.
   */
  public static org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester suggester(
      SolrHttp solr, String collection) {
    List<Suggestions.StoredDoc> docs = new ArrayList<>();
    String withSource = Fields.TYPE + ":(" + DocType.TOOL.key() + " OR " + DocType.JOB.key() + ")";
    String titlesOnly =
        Fields.TYPE
            + ":("
            + DocType.OCCUPATION.key()
            + " OR "
            + DocType.SKILL.key()
            + " OR "
            + DocType.SALARY_REPORT.key()
            + ")";
    cursor(
        solr,
        collection,
        withSource,
        "id,type,title,source",
        d ->
            docs.add(
                new Suggestions.StoredDoc(
                    d.path(Fields.TYPE).asText(),
                    d.path(Fields.ID).asText(),
                    d.path(Fields.TITLE).asText(null),
                    d.path(Fields.SOURCE).asText(null))));
    cursor(
        solr,
        collection,
        titlesOnly,
        "id,type,title",
        d ->
            docs.add(
                new Suggestions.StoredDoc(
                    d.path(Fields.TYPE).asText(),
                    d.path(Fields.ID).asText(),
                    d.path(Fields.TITLE).asText(null),
                    null)));
    try {
      return Suggestions.build(docs, new ByteBuffersDirectory());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void cursor(
      SolrHttp solr, String collection, String query, String fields, Consumer<JsonNode> each) {
    String cursor = "*";
    while (true) {
      JsonNode page =
          solr.postJson(
              "/" + collection + "/select",
              Map.of(
                  "query",
                  query,
                  "fields",
                  fields,
                  "limit",
                  5000,
                  "sort",
                  "id asc",
                  "params",
                  Map.of("cursorMark", cursor)));
      page.path("response").path("docs").forEach(each);
      String next = page.path("nextCursorMark").asText(cursor);
      if (next.equals(cursor)) {
        return;
      }
      cursor = next;
    }
  }
}
