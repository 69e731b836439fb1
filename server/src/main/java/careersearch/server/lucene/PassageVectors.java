package careersearch.server.lucene;

import careersearch.embed.Embedder;
import careersearch.embed.Passages;
import careersearch.schema.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * The sentence vectors of the index's long documents ({@link Fields#PASSAGES}), read once per point
 * in time and compared with a query exhaustively: they are the article's few hundred sentences,
 * whatever the number of postings, so a scan is exact and takes well under a millisecond.
 */
final class PassageVectors {
  static final PassageVectors NONE = new PassageVectors(new int[0], List.of(), List.of());

  /** A document's sentence closest to a query, and its cosine similarity. */
  record Best(String text, float similarity) {}

  private final int[] docs;
  private final List<String> texts;
  private final List<float[]> vectors;

  private PassageVectors(int[] docs, List<String> texts, List<float[]> vectors) {
    this.docs = docs;
    this.texts = texts;
    this.vectors = vectors;
  }

  static PassageVectors load(IndexReader reader) throws IOException {
    List<Integer> docs = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<float[]> vectors = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      BinaryDocValues values = leaf.reader().getBinaryDocValues(Fields.PASSAGES);
      if (values == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = values.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = values.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        Passages passages = Passages.decode(values.binaryValue());
        for (int i = 0; i < passages.texts().size(); i++) {
          docs.add(leaf.docBase + doc);
          texts.add(passages.texts().get(i));
          vectors.add(passages.vectors().get(i));
        }
      }
    }
    if (docs.isEmpty()) {
      return NONE;
    }
    return new PassageVectors(docs.stream().mapToInt(Integer::intValue).toArray(), texts, vectors);
  }

  /** Each document's best sentence for {@code query} (a unit vector), by global doc id. */
  Map<Integer, Best> best(float[] query) {
    Map<Integer, Best> best = new TreeMap<>();
    for (int i = 0; i < docs.length; i++) {
      float similarity = Embedder.dot(query, vectors.get(i));
      Best known = best.get(docs[i]);
      if (known == null || similarity > known.similarity()) {
        best.put(docs[i], new Best(texts.get(i), similarity));
      }
    }
    return best;
  }

  boolean isEmpty() {
    return docs.length == 0;
  }
}
