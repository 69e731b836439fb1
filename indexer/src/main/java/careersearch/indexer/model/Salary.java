package careersearch.indexer.model;

/**
 * A salary as published (min, max, currency, period) plus its normalization to USD per year. A
 * single figure has min == max.
 *
 * @param currency ISO 4217 code
 * @param period year | month | hour
 */
public record Salary(
    long min, long max, String currency, String period, long minUsdYear, long maxUsdYear) {}
