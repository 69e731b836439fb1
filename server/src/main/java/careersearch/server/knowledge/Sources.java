package careersearch.server.knowledge;

import careersearch.indexer.generator.SourceJson;
import careersearch.schema.DocType;
import careersearch.schema.Fields;
import careersearch.schema.SourceFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
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

/**
 * Reading the stored JSON {@code source} of documents as the {@code indexer.model} records they
 * were written from ({@link SourceJson}).
 */
final class Sources {
  private static final Set<String> SOURCE_ONLY = Set.of(Fields.SOURCE);
  private static final Set<String> SOURCE_AND_TYPE = Set.of(Fields.SOURCE, Fields.TYPE);

  private Sources() {}

  /** Every document of a type as its record, in index order (the order they were added). */
  static <T> List<T> ofType(IndexSearcher searcher, DocType type, Class<T> record)
      throws IOException {
    return of(searcher, docIds(searcher, new TermQuery(new Term(Fields.TYPE, type.key()))), record);
  }

  /**
   * The sources of the newest {@code max} documents of a type by posting date (all when there are
   * no more), in index order.
   */
  static <T> List<T> newestOfType(IndexSearcher searcher, DocType type, int max, Class<T> record)
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
    return of(searcher, docIds, record);
  }

  /** The given documents as records, in the given order. */
  static <T> List<T> of(IndexSearcher searcher, int[] docIds, Class<T> record) throws IOException {
    StoredFields stored = searcher.storedFields();
    List<T> records = new ArrayList<>(docIds.length);
    for (int doc : docIds) {
      BytesRef json = stored.document(doc, SOURCE_ONLY).getBinaryValue(Fields.SOURCE);
      records.add(SourceJson.read(json.bytes, json.offset, json.length, record));
    }
    return records;
  }

  /** The document with this id as its record, when it is of the type. */
  static <T> Optional<T> byId(IndexSearcher searcher, String id, DocType type, Class<T> record)
      throws IOException {
    int[] docs = docIds(searcher, new TermQuery(new Term(Fields.ID, id)));
    if (docs.length == 0) {
      return Optional.empty();
    }
    Document doc = searcher.storedFields().document(docs[0], SOURCE_AND_TYPE);
    if (!type.key().equals(doc.get(Fields.TYPE))) {
      return Optional.empty();
    }
    BytesRef json = doc.getBinaryValue(Fields.SOURCE);
    return Optional.of(SourceJson.read(json.bytes, json.offset, json.length, record));
  }

  /** The title of a document's source. */
  static String title(IndexSearcher searcher, int docId) throws IOException {
    BytesRef json =
        searcher.storedFields().document(docId, SOURCE_ONLY).getBinaryValue(Fields.SOURCE);
    return string(SourceJson.readMap(json.bytes, json.offset, json.length), SourceFields.TITLE);
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

  /** A value of a source map as text, or null. */
  static String string(Map<String, Object> source, String key) {
    Object value = source.get(key);
    return value == null ? null : value.toString();
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
