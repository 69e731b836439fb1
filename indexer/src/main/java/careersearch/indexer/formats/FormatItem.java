package careersearch.indexer.formats;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One item of an input.
 *
 * @param where where it was in the input: {@code line 3}, {@code item 2}, {@code row 5}
 * @param posting the item as an object of the JSONL format ({@code corpus/postings/README.md}), not
 *     yet validated ({@code PostingJson} does that), or null when it could not be read
 * @param raw the item's text as it came, or null when it could not be read as text
 * @param error why the item could not be read, or null
 */
public record FormatItem(String where, ObjectNode posting, String raw, String error) {
  static FormatItem ok(String where, ObjectNode posting, String raw) {
    return new FormatItem(where, posting, raw, null);
  }

  static FormatItem failed(String where, String raw, String error) {
    return new FormatItem(where, null, raw, error);
  }
}
