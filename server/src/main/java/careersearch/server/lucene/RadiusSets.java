package careersearch.server.lucene;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The radius document sets ({@link Radius#within}) recently asked of one searcher, least recently
 * used out, bounded in bytes: a searcher is one point in time, so a set kept is never stale, and a
 * new searcher starts empty. A set is 1 bit per document (about 130 KB at a million postings).
 */
final class RadiusSets {
  /** Bytes kept: some sixty radii at a million postings. */
  static final long MAX_BYTES = 8L << 20;

  /** Finds a set that is not kept. */
  interface Finder {
    DocBits find() throws IOException;
  }

  private final long maxBytes;
  private final Map<Radius.Around, DocBits> sets = new LinkedHashMap<>(16, 0.75f, true);
  private long bytes;

  RadiusSets(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** The set kept for the radius, else found (outside the lock: two finders may race) and kept. */
  DocBits get(Radius.Around around, Finder finder) throws IOException {
    synchronized (this) {
      DocBits kept = sets.get(around);
      if (kept != null) {
        return kept;
      }
    }
    DocBits found = finder.find();
    synchronized (this) {
      DocBits before = sets.put(around, found);
      bytes += found.bytes() - (before == null ? 0 : before.bytes());
      for (Iterator<DocBits> eldest = sets.values().iterator();
          bytes > maxBytes && eldest.hasNext(); ) {
        bytes -= eldest.next().bytes();
        eldest.remove();
      }
    }
    return found;
  }

  synchronized int size() {
    return sets.size();
  }
}
