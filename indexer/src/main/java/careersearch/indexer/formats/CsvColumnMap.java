package careersearch.indexer.formats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code --map} file of a CSV import: which JSONL field each header name is, one a line as
 * {@code Header Name = field}. Blank lines and lines starting with {@code #} are skipped; the name
 * is everything before the last {@code =}, trimmed. A field starting with {@code _} ignores the
 * column.
 */
public final class CsvColumnMap {
  private CsvColumnMap() {}

  /**
   * @throws IllegalArgumentException for a line that maps nothing, names no known field, or maps a
   *     header twice, as {@code file:line: reason}
   */
  public static Map<String, String> read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  static Map<String, String> parse(String text, String name) {
    List<String> fields = CsvFormat.columns();
    Map<String, String> map = new LinkedHashMap<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1).strip();
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = name + ":" + (i + 1) + ": ";
      int eq = line.lastIndexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException(
            where + "expected 'Header Name = field', got '" + line + "'");
      }
      String header = line.substring(0, eq).strip();
      String field = line.substring(eq + 1).strip();
      if (header.isEmpty()) {
        throw new IllegalArgumentException(where + "no header name before '='");
      }
      if (!field.startsWith("_") && !fields.contains(field)) {
        throw new IllegalArgumentException(
            where + "unknown field '" + field + "' (allowed: " + String.join(", ", fields) + ")");
      }
      if (map.put(header, field) != null) {
        throw new IllegalArgumentException(where + "header '" + header + "' is mapped twice");
      }
    }
    return Map.copyOf(map);
  }
}
