package careersearch.server.eval;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One query of the judged set.
 *
 * @param id short id, such as {@code T01}
 * @param category the kind of query (tool, role, mixed, ...), for per-category figures
 * @param text what the user typed, sent as {@code q}
 * @param params further search parameters (filters), name to values; never q, size, page or sort
 * @param judgments document id to grade 0-3, in file order
 */
public record JudgedQuery(
    String id,
    String category,
    String text,
    Map<String, List<String>> params,
    Map<String, Integer> judgments) {

  /** The query as a person would read it: the text and any parameters. */
  public String describe() {
    if (params.isEmpty()) {
      return text;
    }
    String filters =
        params.entrySet().stream()
            .flatMap(e -> e.getValue().stream().map(v -> e.getKey() + "=" + v))
            .collect(Collectors.joining("&"));
    return text + " [" + filters + "]";
  }
}
