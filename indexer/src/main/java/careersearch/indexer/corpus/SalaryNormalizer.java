package careersearch.indexer.corpus;

import careersearch.indexer.model.Salary;
import java.util.List;
import java.util.Locale;

/**
 * Turns a published salary into USD per year: hourly x 2080 (40 h x 52 weeks), daily x 260 (5 days
 * x 52 weeks), weekly x 52, monthly x 12, then the survey-derived {@link CurrencyRates}. The
 * published figures are kept beside the normalized ones.
 */
public final class SalaryNormalizer {
  /** Salary periods accepted in the corpus. */
  public static final List<String> PERIODS = List.of("year", "month", "week", "day", "hour");

  private final CurrencyRates rates;

  public SalaryNormalizer(CurrencyRates rates) {
    this.rates = rates;
  }

  /**
   * @throws IllegalArgumentException with a message fit for {@code file:line: reason} when the
   *     period or currency is unknown or the range is inverted or negative
   */
  public Salary normalize(long min, long max, String currency, String period) {
    if (min < 0 || max < 0) {
      throw new IllegalArgumentException("salary must not be negative");
    }
    if (min > max) {
      throw new IllegalArgumentException("salary min " + min + " is greater than max " + max);
    }
    String p = period == null ? "" : period.toLowerCase(Locale.ROOT);
    long perYear =
        switch (p) {
          case "year" -> 1;
          case "month" -> 12;
          case "week" -> 52;
          case "day" -> 260;
          case "hour" -> 2080;
          default ->
              throw new IllegalArgumentException(
                  "unknown salary period '" + period + "' (allowed: " + PERIODS + ")");
        };
    String code = currency == null ? "" : currency.toUpperCase(Locale.ROOT);
    double rate =
        rates
            .usdPerUnit(code)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "unknown currency '"
                            + currency
                            + "' (no rate in the salary survey; known: "
                            + rates.currencies()
                            + ")"));
    return new Salary(
        min, max, code, p, Math.round(min * perYear * rate), Math.round(max * perYear * rate));
  }
}
