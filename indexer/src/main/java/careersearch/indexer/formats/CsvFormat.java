package careersearch.indexer.formats;

import careersearch.indexer.corpus.PostingJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * CSV with a header row (RFC 4180 quoting, UTF-8, an optional byte order mark), read with
 * commons-csv. Columns are named like the JSONL fields, the salary as {@code salary_min}, {@code
 * salary_max}, {@code salary_currency} and {@code salary_period}; {@link
 * FormatOptions#csvColumnMap} names the others. A column starting with {@code _} is ignored, any
 * other unknown column is an error of the header. Items are {@code row N}, N the line the row
 * starts on (the header is line 1); blank lines are skipped, blank cells are absent.
 */
final class CsvFormat {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The salary's columns, to the keys of its JSONL object. */
  static final Map<String, String> SALARY_COLUMNS =
      Map.of(
          "salary_min", "min",
          "salary_max", "max",
          "salary_currency", "currency",
          "salary_period", "period");

  private static final Pattern NUMBER = Pattern.compile("^-?\\d+(\\.\\d+)?$");

  private static final CSVFormat CSV =
      CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setAllowMissingColumnNames(false)
          .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
          .setIgnoreEmptyLines(true)
          .get();

  private CsvFormat() {}

  /** Every column a CSV file may have (besides {@code _} columns). */
  static List<String> columns() {
    List<String> columns = new ArrayList<>();
    for (String field : PostingJson.fields()) {
      if (field.equals("salary")) {
        columns.addAll(new TreeSet<>(SALARY_COLUMNS.keySet()));
      } else {
        columns.add(field);
      }
    }
    return columns;
  }

  static List<FormatItem> read(String text, FormatOptions options) throws IOException {
    List<FormatItem> items = new ArrayList<>();
    Lines lines = new Lines(text);
    try (CSVParser parser = CSV.parse(new StringReader(text))) {
      List<String> header = parser.getHeaderNames();
      if (header.isEmpty()) {
        return List.of(FormatItem.failed("input", null, "no header row"));
      }
      String[] fields;
      try {
        fields = fields(header, options.csvColumnMap());
      } catch (IllegalArgumentException e) {
        return List.of(FormatItem.failed("row 1", lines.line(0), e.getMessage()));
      }
      Iterator<CSVRecord> records = parser.iterator();
      // where the next row starts: past the header, then past each row read
      int next = lines.line(0).length();
      while (true) {
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          int start = lines.skipBlank(next);
          items.add(
              FormatItem.failed(
                  "row " + lines.lineOf(start),
                  lines.rowText(start),
                  "invalid CSV: " + reason(e) + "; the rest of the input was not read"));
          break;
        }
        int start = lines.skipBlank((int) record.getCharacterPosition());
        String where = "row " + lines.lineOf(start);
        String raw = lines.rowText(start);
        next = start + raw.length();
        if (record.size() > header.size()) {
          items.add(
              FormatItem.failed(
                  where,
                  raw,
                  "the row has " + record.size() + " cells, the header " + header.size()));
          continue;
        }
        items.add(FormatItem.ok(where, posting(record, fields), raw));
      }
    } catch (UncheckedIOException | IllegalArgumentException e) {
      // the header itself is bad: a blank or repeated name, or broken quoting
      return List.of(FormatItem.failed("row 1", lines.line(0), "invalid CSV header: " + reason(e)));
    }
    return items;
  }

  /**
   * The field of each column: its mapped name or its own; null for a {@code _} column.
   *
   * @throws IllegalArgumentException naming the unknown columns, or two columns of one field
   */
  private static String[] fields(List<String> header, Map<String, String> map) {
    List<String> allowed = columns();
    String[] fields = new String[header.size()];
    List<String> unknown = new ArrayList<>();
    Map<String, String> columnOfField = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip();
      String field = map.getOrDefault(name, name).strip();
      if (field.startsWith("_")) {
        continue;
      }
      if (!allowed.contains(field)) {
        unknown.add(
            name.equals(field) ? "'" + name + "'" : "'" + name + "' (mapped to '" + field + "')");
        continue;
      }
      String other = columnOfField.putIfAbsent(field, name);
      if (other != null) {
        throw new IllegalArgumentException(
            "columns '" + other + "' and '" + name + "' are both the field '" + field + "'");
      }
      fields[i] = field;
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          (unknown.size() == 1 ? "unknown column " : "unknown columns ")
              + String.join(", ", unknown)
              + " (allowed: "
              + String.join(", ", allowed)
              + "; map others with --map, or start their names with _ to ignore them)");
    }
    return fields;
  }

  private static ObjectNode posting(CSVRecord record, String[] fields) {
    ObjectNode posting = NODES.objectNode();
    ObjectNode salary = null;
    for (int i = 0; i < record.size(); i++) {
      String field = fields[i];
      String value = record.get(i).strip();
      if (field == null || value.isEmpty()) {
        continue;
      }
      String salaryKey = SALARY_COLUMNS.get(field);
      if (salaryKey != null) {
        if (salary == null) {
          salary = posting.putObject("salary");
        }
        if (salaryKey.equals("min") || salaryKey.equals("max")) {
          putNumberOrText(salary, salaryKey, value);
        } else {
          salary.put(salaryKey, value);
        }
      } else if (field.equals("employment") || field.equals("skills")) {
        ArrayNode list = posting.putArray(field);
        for (String part : value.split(value.contains(";") ? ";" : ",")) {
          if (!part.isBlank()) {
            list.add(part.strip());
          }
        }
      } else {
        posting.put(field, value);
      }
    }
    if (salary != null && !salary.has("min") && !salary.has("max")) {
      // a currency or period column filled in for every row, on a row without an amount
      posting.remove("salary");
    }
    return posting;
  }

  /** A figure as a number; anything else as text, which PostingJson then reports. */
  private static void putNumberOrText(ObjectNode salary, String key, String value) {
    if (NUMBER.matcher(value).matches()) {
      salary.put(key, new BigDecimal(value));
    } else {
      salary.put(key, value);
    }
  }

  private static String reason(RuntimeException e) {
    Throwable cause =
        e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
    return String.valueOf(cause.getMessage()).replace('\n', ' ');
  }

  /** Line numbers and row texts of the input, by character offset. */
  private static final class Lines {
    private final String text;
    private int countedTo;
    private int newlinesBefore;

    Lines(String text) {
      this.text = text;
    }

    /** The first row starting at or after offset: past the blank lines the parser skipped. */
    int skipBlank(int offset) {
      int i = offset;
      while (i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
        i++;
      }
      return i;
    }

    /** 1-based line of an offset; offsets come in increasing order. */
    long lineOf(int offset) {
      for (; countedTo < offset; countedTo++) {
        if (text.charAt(countedTo) == '\n') {
          newlinesBefore++;
        }
      }
      return newlinesBefore + 1L;
    }

    /** The text of the row starting at offset: to the line break outside quotes that ends it. */
    String rowText(int offset) {
      boolean quoted = false;
      for (int i = offset; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '"') {
          quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
          return text.substring(offset, i);
        }
      }
      return text.substring(offset);
    }

    /** The first line (the header). */
    String line(int offset) {
      return rowText(offset);
    }
  }
}
