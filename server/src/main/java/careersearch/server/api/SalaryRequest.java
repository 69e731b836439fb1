package careersearch.server.api;

import java.util.List;

/**
 * A salary statistics request ({@code GET /api/salaries}), its syntax validated. Locations and
 * years are checked against the reports of the index by the service, which knows them.
 *
 * @param q the title words as typed, stripped; empty selects every title
 * @param titleWords the words of {@code q} as title key words (empty when {@code q} is)
 * @param seniority allowed seniority values, OR-ed
 * @param employment allowed employment values, OR-ed
 * @param remote allowed remote values, OR-ed
 * @param locations company countries, upper-cased, no duplicates
 * @param years survey years as given, no duplicates
 */
public record SalaryRequest(
    String q,
    List<String> titleWords,
    List<String> seniority,
    List<String> employment,
    List<String> remote,
    List<String> locations,
    List<String> years) {
  /** Longest title text, in characters. */
  public static final int MAX_QUERY_LENGTH = 1_000;
}
