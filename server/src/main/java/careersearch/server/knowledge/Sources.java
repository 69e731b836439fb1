package careersearch.server.knowledge;

import careersearch.schema.DocType;
import careersearch.schema.Fields;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** Reading the stored JSON {@code source} of documents, and typed access to its values. */
final class Sources {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};
  private static final Set<String> SOURCE_ONLY = Set.of(Fields.SOURCE);

  private Sources() {}

  /** The sources of every document of a type, in index order (the order they were added). */
  static List<Map<String, Object>> ofType(IndexSearcher searcher, DocType type) throws IOException {
    return of(searcher, docIds(searcher, new TermQuery(new Term(Fields.TYPE, type.key()))));
  }

  /**
   * The sources of the newest {@code max} documents of a type by posting date (all when there are
   * no more), in index order.
   */
  static List<Map<String, Object>> newestOfType(IndexSearcher searcher, DocType type, int max)
      throws IOException {
    TermQuery ofType = new TermQuery(new Term(Fields.TYPE, type.key()));
    int[] docIds =
        Arrays.stream(
                searcher.search(
                        ofType,
                        max,
                        new Sort(
                            new SortedNumericSortField(
                                Fields.POSTED_DAY, SortField.Type.LONG, true),
                            SortField.FIELD_DOC))
                    .scoreDocs)
            .mapToInt(hit -> hit.doc)
            .sorted()
            .toArray();
    return of(searcher, docIds);
  }

  /** The sources of the given documents, in the given order. */
  static List<Map<String, Object>> of(IndexSearcher searcher, int[] docIds) throws IOException {
    StoredFields stored = searcher.storedFields();
    List<Map<String, Object>> sources = new ArrayList<>(docIds.length);
    for (int doc : docIds) {
      BytesRef json = stored.document(doc, SOURCE_ONLY).getBinaryValue(Fields.SOURCE);
      sources.add(JSON.readValue(json.bytes, json.offset, json.length, MAP));
    }
    return sources;
  }

  /** Every matching document id, ascending (index order). */
  static int[] docIds(IndexSearcher searcher, Query query) throws IOException {
    return searcher.search(
        query,
        new CollectorManager<DocIds, int[]>() {
          @Override
          public DocIds newCollector() {
            return new DocIds();
          }

          @Override
          public int[] reduce(java.util.Collection<DocIds> collectors) {
            return collectors.stream()
                .flatMapToInt(c -> java.util.Arrays.stream(c.ids, 0, c.size))
                .sorted()
                .toArray();
          }
        });
  }

  static String string(Map<String, Object> source, String key) {
    Object value = source.get(key);
    return value == null ? null : value.toString();
  }

  static List<String> strings(Map<String, Object> source, String key) {
    if (source.get(key) instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return List.of();
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> objects(Map<String, Object> source, String key) {
    if (source.get(key) instanceof List<?> list) {
      return list.stream().filter(Map.class::isInstance).map(o -> (Map<String, Object>) o).toList();
    }
    return List.of();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Map<String, Object> source, String key) {
    return source.get(key) instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }

  static boolean bool(Map<String, Object> source, String key) {
    return Boolean.TRUE.equals(source.get(key));
  }

  static Long number(Map<String, Object> source, String key) {
    return source.get(key) instanceof Number n ? n.longValue() : null;
  }

  /** Collects global doc ids. */
  private static final class DocIds extends SimpleCollector {
    private int[] ids = new int[64];
    private int size;
    private int docBase;

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
      docBase = context.docBase;
    }

    @Override
    public void collect(int doc) {
      if (size == ids.length) {
        ids = java.util.Arrays.copyOf(ids, size * 2);
      }
      ids[size++] = docBase + doc;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
