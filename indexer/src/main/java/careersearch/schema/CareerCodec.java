package careersearch.schema;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.lucene90.DeflateWithPresetDictCompressionMode;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;

/**
 * Lucene's default codec with stored fields compressed by DEFLATE instead of LZ4, in small blocks.
 * The JSON sources are most of the index; DEFLATE halves them for about 3% more indexing CPU.
 * Lucene's own high-compression mode uses 48 kB blocks, and a hit then costs ~100 µs to decompress;
 * with 8 kB blocks (the fast mode's geometry) it costs about as much as LZ4. Registered under
 * {@link #NAME} (META-INF/services), so any reader with this jar on the class path opens the index.
 */
public final class CareerCodec extends FilterCodec {
  public static final String NAME = "CareerSearch912";

  private final StoredFieldsFormat storedFields =
      new Lucene90CompressingStoredFieldsFormat(
          "CareerSearchStoredFieldsDeflate",
          new DeflateWithPresetDictCompressionMode(),
          // ten 8 kB blocks per chunk, at most 1024 documents, as Lucene's fast mode
          10 * 8 * 1024,
          1024,
          10);

  /**
   * HNSW with 12 neighbours per node and a beam of 48 while building, where Lucene's defaults are
   * 16 and 100: about 3x faster to build (30,000 vectors of 384 floats: 26 s at the defaults on one
   * core, 8 s at these), which a rebuild of a million postings needs, for a recall the fused
   * ranking does not miss. Only writing uses these; any reader opens the graph.
   */
  static final int HNSW_NEIGHBOURS = 12;

  static final int HNSW_BEAM = 48;

  private static final KnnVectorsFormat VECTORS =
      new Lucene99HnswVectorsFormat(HNSW_NEIGHBOURS, HNSW_BEAM);

  public CareerCodec() {
    super(
        NAME,
        new Lucene912Codec() {
          @Override
          public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
            return VECTORS;
          }
        });
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return storedFields;
  }
}
