package careersearch.server.solr;

import careersearch.schema.FacetDim;
import careersearch.schema.SalaryBand;
import careersearch.schema.Vocabulary;
import careersearch.server.api.ResponseShape;
import careersearch.server.api.SearchRequest;
import careersearch.server.api.SearchResponse.FacetValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A search's facets on Solr's JSON Facet API: what to ask (multi-select: each dimension's facet
 * excludes its own filter's tag; salary bands and selected values outside the top ones as query
 * facets) and the counts read back.
 */
final class SolrFacets {
  private SolrFacets() {}

  /** Terms facets excluding their own filter, query facets for bands and selected values. */
  static Map<String, Object> request(SearchRequest request) {
    Map<String, Object> facets = new LinkedHashMap<>();
    for (FacetDim dim : FacetDim.values()) {
      String tag = dim.param();
      Map<String, Object> domain = Map.of("excludeTags", tag);
      if (dim == FacetDim.SALARY_BAND) {
        for (SalaryBand band : SalaryBand.values()) {
          facets.put(
              "band_" + band.ordinal(),
              Map.of("type", "query", "q", SolrQueryText.band(band), "domain", domain));
        }
        continue;
      }
      boolean closed = Vocabulary.allowed(dim) != null;
      Map<String, Object> terms = new LinkedHashMap<>();
      terms.put("type", "terms");
      terms.put("field", dim.param());
      terms.put("limit", closed ? -1 : ResponseShape.TOP_VALUES);
      terms.put("mincount", 1);
      terms.put("refine", true);
      terms.put("domain", domain);
      facets.put(dim.param(), terms);
      if (!closed) {
        List<String> selected = request.filter(dim);
        for (int i = 0; i < selected.size(); i++) {
          facets.put(
              dim.param() + "_selected_" + i,
              Map.of(
                  "type",
                  "query",
                  "q",
                  dim.param() + ":" + SolrQueryText.quoted(selected.get(i)),
                  "domain",
                  domain));
        }
      }
    }
    return facets;
  }

  /**
   * The facet counts of Solr's answer, every dimension's values as the embedded backend lists them.
   */
  static Map<String, List<FacetValue>> values(JsonNode facets, SearchRequest request) {
    Map<String, List<FacetValue>> result = new LinkedHashMap<>();
    for (FacetDim dim : FacetDim.values()) {
      List<String> selected = request.filter(dim);
      List<FacetValue> values = new ArrayList<>();
      if (dim == FacetDim.SALARY_BAND) {
        for (SalaryBand band : SalaryBand.values()) {
          long count = facets.path("band_" + band.ordinal()).path("count").asLong(0);
          values.add(value(dim, band.key(), count, selected));
        }
        result.put(dim.param(), values);
        continue;
      }
      Map<String, Long> counts = new LinkedHashMap<>();
      for (JsonNode bucket : facets.path(dim.param()).path("buckets")) {
        counts.put(bucket.path("val").asText(), bucket.path("count").asLong());
      }
      List<String> closed = Vocabulary.allowed(dim);
      if (closed != null) {
        for (String v : closed) {
          values.add(value(dim, v, counts.getOrDefault(v, 0L), selected));
        }
      } else {
        counts.forEach((v, c) -> values.add(value(dim, v, c, selected)));
        for (int i = 0; i < selected.size(); i++) {
          String v = selected.get(i);
          if (!counts.containsKey(v)) {
            long c = facets.path(dim.param() + "_selected_" + i).path("count").asLong(0);
            values.add(value(dim, v, c, selected));
          }
        }
      }
      result.put(dim.param(), values);
    }
    return result;
  }

  private static FacetValue value(FacetDim dim, String value, long count, List<String> selected) {
    return new FacetValue(value, Vocabulary.label(dim, value), count, selected.contains(value));
  }
}
