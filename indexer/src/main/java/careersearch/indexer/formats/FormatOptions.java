package careersearch.indexer.formats;

import java.util.Map;

/**
 * How to read an input.
 *
 * @param csvColumnMap CSV header name to JSONL field, for the columns not named like the fields;
 *     empty reads every column by its own name
 * @param sourceName what the input is called (a file name), for messages
 */
public record FormatOptions(Map<String, String> csvColumnMap, String sourceName) {
  public FormatOptions {
    csvColumnMap = csvColumnMap == null ? Map.of() : Map.copyOf(csvColumnMap);
  }

  /** Columns by their own names. */
  public static FormatOptions defaults(String sourceName) {
    return new FormatOptions(Map.of(), sourceName);
  }
}
