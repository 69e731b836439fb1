package careersearch.indexer.store;

import java.nio.file.Path;

/**
 * The postings log is damaged before its last record: not a torn write (which is truncated), but
 * lost or garbled data that a human must look at (restore the backup of the store directory).
 */
public final class StoreCorruptException extends RuntimeException {
  StoreCorruptException(Path log, long offset, String reason) {
    super(
        "the postings log "
            + log
            + " is corrupt at byte "
            + offset
            + " ("
            + reason
            + ") and valid records follow; restore the store from a backup or move the log aside");
  }
}
