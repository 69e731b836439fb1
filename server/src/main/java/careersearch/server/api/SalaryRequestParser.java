package careersearch.server.api;

import careersearch.schema.FacetDim;
import careersearch.schema.TitleKey;
import careersearch.schema.Vocabulary;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the parameters of {@code /api/salaries} into a {@link SalaryRequest}, or a {@link
 * BadRequestException} that says what to change. The filters repeat (OR within a parameter) and
 * take comma lists.
 */
public final class SalaryRequestParser {
  private static final List<String> PARAMS =
      List.of("q", "seniority", "employment", "remote", "location", "year");

  private SalaryRequestParser() {}

  public static SalaryRequest parse(Map<String, List<String>> params) {
    ParamSyntax.onlyKnown(params, PARAMS);
    String q = ParamSyntax.once(params, "q");
    if (q != null && q.length() > SalaryRequest.MAX_QUERY_LENGTH) {
      throw new BadRequestException(
          "q is "
              + q.length()
              + " characters long; the limit is "
              + SalaryRequest.MAX_QUERY_LENGTH);
    }
    List<String> words = q == null ? List.of() : TitleKey.words(q);
    if (q != null && !q.isBlank() && words.isEmpty()) {
      throw new BadRequestException(
          "q '" + q + "' has no title words; give words of a job title, e.g. q=data scientist");
    }
    return new SalaryRequest(
        q == null ? "" : q.strip(),
        words,
        closed(params, FacetDim.SENIORITY),
        closed(params, FacetDim.EMPLOYMENT),
        closed(params, FacetDim.REMOTE),
        ParamSyntax.commaValues(params, "location").stream()
            .map(v -> v.toUpperCase(Locale.ROOT))
            .distinct()
            .toList(),
        ParamSyntax.commaValues(params, "year"));
  }

  /** Values of a dimension with a closed vocabulary, validated. */
  private static List<String> closed(Map<String, List<String>> params, FacetDim dim) {
    List<String> allowed = Vocabulary.allowed(dim);
    List<String> values = ParamSyntax.commaValues(params, dim.param());
    for (String v : values) {
      if (!allowed.contains(v)) {
        throw ParamSyntax.unknownValue(dim.param(), v, allowed);
      }
    }
    return values;
  }
}
