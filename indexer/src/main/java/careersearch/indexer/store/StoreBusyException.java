package careersearch.indexer.store;

import java.nio.file.Path;

/** Another process (or another writer in this one) is writing the postings store. */
public final class StoreBusyException extends RuntimeException {
  /**
   * @param holder what the lock file says of its holder ({@code pid 123}), or null; {@code ""} for
   *     another writer of this process
   */
  StoreBusyException(Path dir, String holder) {
    super(
        "the postings store "
            + dir
            + " is being written by "
            + (holder != null && holder.isEmpty()
                ? "another writer in this process"
                : "another process" + (holder == null ? "" : " (" + holder + ")"))
            + "; wait for it to finish and try again");
  }
}
