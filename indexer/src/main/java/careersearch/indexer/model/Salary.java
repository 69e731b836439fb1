package careersearch.indexer.model;

import careersearch.schema.SourceFields;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A salary as published (min, max, currency, period) plus its normalization to USD per year. A
 * single figure has min == max.
 *
 * @param currency ISO 4217 code
 * @param period year | month | hour
 */
public record Salary(
    @JsonProperty(SourceFields.MIN) long min,
    @JsonProperty(SourceFields.MAX) long max,
    @JsonProperty(SourceFields.CURRENCY) String currency,
    @JsonProperty(SourceFields.PERIOD) String period,
    @JsonProperty(SourceFields.MIN_USD_YEAR) long minUsdYear,
    @JsonProperty(SourceFields.MAX_USD_YEAR) long maxUsdYear) {}
