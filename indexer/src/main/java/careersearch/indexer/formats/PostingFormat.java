package careersearch.indexer.formats;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats postings are read from; each maps its items to the JSONL object of the format. */
public enum PostingFormat {
  /** JSON Lines, one posting object a line ({@code corpus/postings/README.md}). */
  JSONL,
  /** A JSON array of posting objects. */
  JSON,
  /** schema.org JobPosting JSON-LD, or the JSON-LD scripts of an HTML page. */
  JSONLD,
  /** CSV with a header row naming the fields. */
  CSV;

  /** The name on the command line, {@code jsonl}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The format of a name, without regard to case.
   *
   * @throws IllegalArgumentException naming the allowed ones
   */
  public static PostingFormat parse(String name) {
    for (PostingFormat format : values()) {
      if (format.key().equalsIgnoreCase(name == null ? "" : name.strip())) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "unknown format '"
            + name
            + "' (allowed: "
            + Arrays.stream(values()).map(PostingFormat::key).collect(Collectors.joining(", "))
            + ")");
  }
}
