package careersearch.server.lucene;

import careersearch.schema.Fields;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.search.Query;

/** The postings that have expired ({@link careersearch.server.api.Expiry}), as a query. */
final class ExpiredPostings {
  private ExpiredPostings() {}

  /**
   * The postings valid through a day before today, or null when the index has none: each segment's
   * smallest {@link Fields#VALID_THROUGH} says so without a search, and a search with nothing to
   * leave out keeps its fast paths (counting a browse by profiles).
   */
  static Query before(IndexReader reader, LocalDate today) throws IOException {
    long day = today.toEpochDay();
    for (LeafReaderContext leaf : reader.leaves()) {
      PointValues points = leaf.reader().getPointValues(Fields.VALID_THROUGH);
      if (points != null && LongPoint.decodeDimension(points.getMinPackedValue(), 0) < day) {
        return LongPoint.newRangeQuery(Fields.VALID_THROUGH, Long.MIN_VALUE, day - 1);
      }
    }
    return null;
  }
}
