package careersearch.schema;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/** Schema-wide constants: version, field types, commit metadata keys. */
public final class Schema {
  private Schema() {}

  /**
   * Version of the index layout. Bumped whenever fields, analyzers or facets change; a server that
   * finds an index of another version rebuilds it from the corpus instead of serving wrong results.
   */
  public static final int VERSION = 10;

  /** Commit user-data key holding {@link #VERSION}. */
  public static final String COMMIT_SCHEMA_VERSION = "schema_version";

  /** Commit user-data key holding the currency rates (JSON) used to normalize salaries. */
  public static final String COMMIT_CURRENCY_RATES = "currency_rates";

  /** Commit user-data key holding the synonym rules the index was built with. */
  public static final String COMMIT_SYNONYMS = "synonyms";

  /** Commit user-data key holding the query-time-only synonym rules. */
  public static final String COMMIT_QUERY_SYNONYMS = "query_synonyms";

  /** Commit user-data key naming the suggester directory built for this commit. */
  public static final String COMMIT_SUGGEST_DIR = "suggest_dir";

  /**
   * Commit user-data key naming the embedder the documents' vectors came from; absent when the
   * index has none. The server embeds queries with the same one, or searches by words only.
   */
  public static final String COMMIT_EMBEDDER = "embedder";

  /**
   * Commit user-data key holding the sequence number of the last postings-store record the index
   * has applied; records after it are replayed into the index (README "Postings that stay").
   */
  public static final String COMMIT_STORE_SEQ = "store_seq";

  /** Commit user-data key holding how many of the index's postings came from the postings store. */
  public static final String COMMIT_STORE_POSTINGS = "store_postings";

  /**
   * Commit user-data key naming the full rebuild a commit descends from (a random id each rebuild).
   * Adds and deletes by id keep it: they change postings only, so what a server derives from the
   * other documents (tools, occupations, the article, salary reports) still holds.
   */
  public static final String COMMIT_BUILD_ID = "build_id";

  /** Commit user-data key holding the ISO-8601 instant of the commit. */
  public static final String COMMIT_TIME = "committed_at";

  /**
   * Analyzed, stored short text (titles) with term offsets in the postings, so the unified
   * highlighter marks a title without re-analyzing it.
   */
  public static final FieldType TEXT_WITH_OFFSETS =
      text(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS, true, false);

  /**
   * Long analyzed text with positions (phrases) but no offsets: offsets for every token of a
   * million descriptions cost more to write and store than re-analyzing the ten texts of a page of
   * hits.
   */
  public static final FieldType TEXT_STORED =
      text(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, true, false);

  /** Like {@link #TEXT_STORED}, not stored: the highlighter reads the text from the JSON source. */
  public static final FieldType TEXT_UNSTORED =
      text(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, false, false);

  /**
   * Word pairs ({@link Fields#TITLE_PAIRS}): frequencies and norms for scoring, no positions (a
   * pair is the phrase).
   */
  public static final FieldType WORD_PAIRS = text(IndexOptions.DOCS_AND_FREQS, false, false);

  /** Analyzed text that is only searched (words and phrases), never returned or highlighted. */
  public static final FieldType TEXT_SEARCHED =
      text(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, false, false);

  /**
   * Words whose only use is their document frequency (spelling suggestions): no frequencies,
   * positions or norms to write.
   */
  public static final FieldType WORDS_ONLY = text(IndexOptions.DOCS, false, true);

  private static FieldType text(IndexOptions options, boolean stored, boolean omitNorms) {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(stored);
    type.setIndexOptions(options);
    type.setOmitNorms(omitNorms);
    type.freeze();
    return type;
  }

  /** The {@link Fields#VECTOR} field of a document: HNSW over unit-length vectors, dot product. */
  public static org.apache.lucene.document.KnnFloatVectorField meaningVector(float[] vector) {
    return new org.apache.lucene.document.KnnFloatVectorField(
        Fields.VECTOR, vector, org.apache.lucene.index.VectorSimilarityFunction.DOT_PRODUCT);
  }

  /** The {@link Fields#PASSAGES} field of a document. */
  public static org.apache.lucene.document.BinaryDocValuesField passages(
      careersearch.embed.Passages passages) {
    return new org.apache.lucene.document.BinaryDocValuesField(Fields.PASSAGES, passages.encode());
  }
}
