package careersearch.indexer.solr;

import careersearch.schema.Fields;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a document of our generators into a Solr JSON document with the same fields: text as text,
 * numbers as numbers, each facet value under its dimension's field, the JSON source as a stored
 * string. The generators stay the one place that decides what a document holds.
 */
public final class SolrDocuments {
  private SolrDocuments() {}

  public static Map<String, Object> toSolr(Document doc) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (IndexableField field : doc.getFields()) {
      if (field instanceof SortedSetDocValuesFacetField facet) {
        if (facet.dim.equals(Fields.TYPE)) {
          continue; // the type field itself is the facet
        }
        add(out, facet.dim, facet.label);
        continue;
      }
      String name = field.name();
      if (name.equals(Fields.BODY_IN_SOURCE)) {
        continue; // Solr stores the body itself
      }
      if (name.equals(Fields.GEO)) {
        continue; // radius search is the embedded engine's (Capability.RADIUS)
      }
      if (name.equals(Fields.SOURCE)) {
        BytesRef json = field.binaryValue();
        out.put(name, new String(json.bytes, json.offset, json.length, StandardCharsets.UTF_8));
      } else if (field.numericValue() != null) {
        out.put(name, field.numericValue().longValue());
      } else if (name.equals(Fields.TAGS_PAIRS)) {
        add(out, name, field.stringValue()); // one value per tag
      } else if (field.stringValue() != null) {
        out.put(name, field.stringValue());
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static void add(Map<String, Object> out, String name, String value) {
    Object existing = out.get(name);
    if (existing == null) {
      List<String> values = new ArrayList<>();
      values.add(value);
      out.put(name, values);
    } else if (!((List<String>) existing).contains(value)) {
      ((List<String>) existing).add(value);
    }
  }
}
