package careersearch.server.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Loads the judged job-intent queries ({@code relevance/jobs/queries.tsv} and grades.tsv). */
public final class JobQuerySet {
  public static final List<String> QUERY_COLUMNS =
      List.of("id", "category", "query", "params", "constraints", "knowledge_top3");

  private JobQuerySet() {}

  public static List<JobQuery> load(Path queriesFile, Path gradesFile) throws IOException {
    Map<String, QuerySet.Row> queries = new LinkedHashMap<>();
    for (QuerySet.Row row : QuerySet.rows(queriesFile, QUERY_COLUMNS, 5)) {
      if (row.get(0).isEmpty() || row.get(2).isBlank() || row.get(4).isBlank()) {
        throw row.error("id, query and constraints must not be empty");
      }
      if (queries.put(row.get(0), row) != null) {
        throw row.error("query id '" + row.get(0) + "' is used twice");
      }
    }
    Map<String, Map<String, Integer>> grades =
        QuerySet.judgments(gradesFile, queriesFile, queries.keySet());
    List<JobQuery> result = new ArrayList<>();
    for (QuerySet.Row row : queries.values()) {
      JobConstraints constraints;
      try {
        constraints = JobConstraints.parse(row.get(4));
      } catch (IllegalArgumentException e) {
        throw row.error("constraints: " + e.getMessage());
      }
      String top3 = row.cells().size() > 5 && !row.get(5).isBlank() ? row.get(5).strip() : null;
      result.add(
          new JobQuery(
              row.get(0),
              row.get(1),
              row.get(2).strip(),
              QuerySet.params(row, row.get(3)),
              constraints,
              top3,
              grades.getOrDefault(row.get(0), Map.of())));
    }
    return result;
  }
}
