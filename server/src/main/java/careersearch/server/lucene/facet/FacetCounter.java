package careersearch.server.lucene.facet;

import careersearch.schema.FacetDim;
import careersearch.schema.Vocabulary;
import careersearch.server.api.SearchRequest;
import careersearch.server.api.SearchResponse.FacetValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;

/**
 * Turns Lucene facet counts into the API's facet lists. Closed vocabularies (type, seniority,
 * employment, remote, salary bands) list every value in their natural order, zeros included, so a
 * client can draw a stable sidebar; open ones (company, location, role, category) list the top
 * values by count plus any selected value, so a ticked box never disappears.
 */
public final class FacetCounter {
  /** Values listed for an open dimension. */
  public static final int TOP_VALUES = careersearch.server.api.ResponseShape.TOP_VALUES;

  private FacetCounter() {}

  public static Map<String, List<FacetValue>> count(Facets facets, SearchRequest request)
      throws IOException {
    Map<String, List<FacetValue>> result = new LinkedHashMap<>();
    for (FacetDim dim : FacetDim.values()) {
      result.put(dim.param(), values(facets, dim, request.filter(dim)));
    }
    return result;
  }

  private static List<FacetValue> values(Facets facets, FacetDim dim, List<String> selected)
      throws IOException {
    List<String> closed = Vocabulary.allowed(dim);
    List<FacetValue> values = new ArrayList<>();
    if (closed != null) {
      for (String value : closed) {
        values.add(value(dim, value, count(facets, dim, value), selected));
      }
      return values;
    }
    FacetResult top = facets.getTopChildren(TOP_VALUES, dim.param());
    if (top != null) {
      for (LabelAndValue lv : top.labelValues) {
        values.add(value(dim, lv.label, lv.value.longValue(), selected));
      }
    }
    for (String value : selected) {
      if (values.stream().noneMatch(v -> v.value().equals(value))) {
        values.add(value(dim, value, count(facets, dim, value), selected));
      }
    }
    return values;
  }

  private static long count(Facets facets, FacetDim dim, String value) throws IOException {
    try {
      Number n = facets.getSpecificValue(dim.param(), value);
      return n == null || n.longValue() < 0 ? 0 : n.longValue();
    } catch (IllegalArgumentException e) {
      // the dimension has no values in this index at all
      return 0;
    }
  }

  private static FacetValue value(FacetDim dim, String value, long count, List<String> selected) {
    return new FacetValue(value, Vocabulary.label(dim, value), count, selected.contains(value));
  }
}
