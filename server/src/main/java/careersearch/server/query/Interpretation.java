package careersearch.server.query;

/**
 * One part of the query recognized as a value of a dimension, e.g. {@code senior} as seniority
 * senior; shown to clients as a chip.
 *
 * @param dimension seniority, employment, remote, company, location, type, tool or salary
 * @param value the value in the API's vocabulary (for tool: the tool's document id; for salary:
 *     {@code min-max} in USD per year, either side may be empty)
 * @param text the words of the query it was recognized in
 * @param label how to show it (e.g. the tool's name)
 * @param start first character of {@code text} in the query
 * @param end one past the last character of {@code text} in the query
 */
public record Interpretation(
    String dimension, String value, String text, String label, int start, int end) {

  /** Lower salary bound in USD per year, for a salary interpretation. */
  public Long salaryMin() {
    return bound(0);
  }

  /** Upper salary bound in USD per year, for a salary interpretation. */
  public Long salaryMax() {
    return bound(1);
  }

  private Long bound(int side) {
    if (!dimension.equals("salary")) {
      return null;
    }
    String[] parts = value.split("-", -1);
    return parts[side].isEmpty() ? null : Long.parseLong(parts[side]);
  }
}
