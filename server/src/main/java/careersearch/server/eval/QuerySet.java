package careersearch.server.eval;

import careersearch.server.api.BadRequestException;
import careersearch.server.api.SearchRequestParser;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the judged query set: a queries file and a judgments file, both tab-separated with a header
 * line; blank lines and lines starting with {@code #} are ignored.
 *
 * <pre>
 * queries:   id  category  query  params      (params: a URL query string such as type=job, or empty)
 * judgments: query_id  doc_id  grade          (grade 0-3)
 * </pre>
 *
 * Anything malformed fails with {@code file:line: reason}: unknown or repeated ids, a grade outside
 * 0-3, search parameters the service would reject, a query without a document graded 2 or more.
 */
public final class QuerySet {
  public static final List<String> QUERY_COLUMNS = List.of("id", "category", "query", "params");
  public static final List<String> JUDGMENT_COLUMNS = List.of("query_id", "doc_id", "grade");

  /** Parameters the evaluation sets itself. */
  private static final Set<String> RESERVED_PARAMS = Set.of("q", "size", "page", "sort");

  private QuerySet() {}

  /** The queries in file order, each with its judgments. */
  public static List<JudgedQuery> load(Path queriesFile, Path judgmentsFile) throws IOException {
    Map<String, Row> queries = new LinkedHashMap<>();
    for (Row row : rows(queriesFile, QUERY_COLUMNS, 3)) {
      String id = row.get(0);
      if (id.isEmpty() || row.get(1).isEmpty() || row.get(2).isBlank()) {
        throw row.error("id, category and query must not be empty");
      }
      if (queries.containsKey(id)) {
        throw row.error("query id '" + id + "' is used twice");
      }
      queries.put(id, row);
    }

    Map<String, Map<String, Integer>> judgments =
        judgments(judgmentsFile, queriesFile, queries.keySet());

    List<JudgedQuery> result = new ArrayList<>();
    for (Row row : queries.values()) {
      String id = row.get(0);
      Map<String, Integer> judged = judgments.getOrDefault(id, Map.of());
      if (judged.values().stream().noneMatch(g -> g >= RelevanceMetrics.MRR_MIN_GRADE)) {
        throw row.error(
            "query " + id + " has no document graded 2 or 3 in " + judgmentsFile + "; judge one");
      }
      Map<String, List<String>> params = params(row, row.get(3));
      result.add(new JudgedQuery(id, row.get(1), row.get(2).strip(), params, judged));
    }
    return result;
  }

  /** Graded judgments by query id, each query id one of {@code queryIds}. */
  static Map<String, Map<String, Integer>> judgments(
      Path judgmentsFile, Path queriesFile, java.util.Set<String> queryIds) throws IOException {
    Map<String, Map<String, Integer>> judgments = new HashMap<>();
    for (Row row : rows(judgmentsFile, JUDGMENT_COLUMNS, 3)) {
      String queryId = row.get(0);
      String docId = row.get(1);
      if (!queryIds.contains(queryId)) {
        throw row.error("no query with id '" + queryId + "' in " + queriesFile);
      }
      if (docId.isEmpty()) {
        throw row.error("doc_id must not be empty");
      }
      int grade;
      try {
        grade = Integer.parseInt(row.get(2));
      } catch (NumberFormatException e) {
        throw row.error("grade must be 0, 1, 2 or 3, was '" + row.get(2) + "'");
      }
      if (grade < 0 || grade > 3) {
        throw row.error("grade must be 0, 1, 2 or 3, was " + grade);
      }
      Map<String, Integer> ofQuery = judgments.computeIfAbsent(queryId, k -> new LinkedHashMap<>());
      if (ofQuery.put(docId, grade) != null) {
        throw row.error(docId + " is judged twice for query " + queryId);
      }
    }
    return judgments;
  }

  /** Parses {@code name=value&name=value} (URL-encoded) and checks the service accepts it. */
  static Map<String, List<String>> params(Row row, String query) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (!query.isBlank()) {
      for (String pair : query.strip().split("&")) {
        int eq = pair.indexOf('=');
        if (eq <= 0) {
          throw row.error("params must look like name=value&name=value, was '" + query + "'");
        }
        String name = decode(pair.substring(0, eq));
        if (RESERVED_PARAMS.contains(name)) {
          throw row.error("params must not set " + name + "; the evaluation sets it");
        }
        params.computeIfAbsent(name, k -> new ArrayList<>()).add(decode(pair.substring(eq + 1)));
      }
    }
    try {
      SearchRequestParser.parse(params);
    } catch (BadRequestException e) {
      throw row.error("params: " + e.getMessage());
    }
    return params;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  static List<Row> rows(Path file, List<String> header, int required) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Row> rows = new ArrayList<>();
    boolean headerSeen = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Row row = new Row(file, i + 1, List.of(line.split("\t", -1)));
      if (!headerSeen) {
        if (!row.cells.equals(header)) {
          throw row.error("the header must be " + String.join("<TAB>", header));
        }
        headerSeen = true;
        continue;
      }
      if (row.cells.size() < required || row.cells.size() > header.size()) {
        throw row.error(
            "expected "
                + (required == header.size() ? "" : required + " to ")
                + header.size()
                + " tab-separated columns ("
                + String.join(", ", header)
                + "), found "
                + row.cells.size());
      }
      rows.add(row);
    }
    if (!headerSeen) {
      throw new IllegalArgumentException(file + ": empty; the first line must be the header");
    }
    return rows;
  }

  /** A line of a TSV file, for error messages with file and line. */
  record Row(Path file, int line, List<String> cells) {
    String get(int column) {
      return column < cells.size() ? cells.get(column).strip() : "";
    }

    IllegalArgumentException error(String reason) {
      return new IllegalArgumentException(file + ":" + line + ": " + reason);
    }
  }
}
