package careersearch.server.lucene;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentReader;

/** The figures of a searcher's index that the metrics show ({@code SearchBackend#indexStats}). */
final class IndexStats {
  private IndexStats() {}

  /** Segments, size on disk, version and opening time (epoch ms) of the searcher. */
  static Map<String, Object> of(CareerSearcher searcher) throws IOException {
    long bytes = 0;
    int segments = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      segments++;
      if (leaf.reader() instanceof SegmentReader segment) {
        bytes += segment.getSegmentInfo().sizeInBytes();
      }
    }
    Map<String, Object> stats = new LinkedHashMap<>();
    stats.put("segments", segments);
    stats.put("size_bytes", bytes);
    stats.put("version", searcher.version());
    stats.put("opened_at", searcher.openedAt().toEpochMilli());
    return stats;
  }
}
