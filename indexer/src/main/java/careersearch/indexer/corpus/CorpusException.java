package careersearch.indexer.corpus;

import java.nio.file.Path;

/** A corpus input that cannot be indexed; the message reads {@code file:line: reason}. */
public class CorpusException extends RuntimeException {
  private final Path file;
  private final long line;
  private final String reason;

  public CorpusException(Path file, long line, String reason) {
    super(file + ":" + line + ": " + reason);
    this.file = file;
    this.line = line;
    this.reason = reason;
  }

  /** An input problem that is not tied to a line, such as a missing file or directory. */
  public CorpusException(Path file, String reason) {
    super(file + ": " + reason);
    this.file = file;
    this.line = 0;
    this.reason = reason;
  }

  public Path file() {
    return file;
  }

  /** 1-based line number, or 0 when the problem is not tied to a line. */
  public long line() {
    return line;
  }

  public String reason() {
    return reason;
  }
}
