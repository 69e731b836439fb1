package careersearch.indexer.corpus;

import careersearch.indexer.model.SalaryReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * USD exchange rates derived from the salary survey itself: for each currency, the median of
 * salary_in_usd / salary over its reports. No outside rates are used, so the figures are
 * reproducible from the corpus alone; the median keeps a few odd rows from moving a rate.
 */
public final class CurrencyRates {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Double> usdPerUnit;

  private CurrencyRates(Map<String, Double> usdPerUnit) {
    this.usdPerUnit = Collections.unmodifiableMap(new TreeMap<>(usdPerUnit));
  }

  /** Rates from the survey's own salary / salary_in_usd pairs; USD is always 1. */
  public static CurrencyRates fromReports(Iterable<SalaryReport> reports) {
    Map<String, List<Double>> ratios = new HashMap<>();
    for (SalaryReport r : reports) {
      if (r.salary() > 0 && r.salaryUsd() > 0) {
        ratios
            .computeIfAbsent(r.currency(), c -> new ArrayList<>())
            .add((double) r.salaryUsd() / r.salary());
      }
    }
    Map<String, Double> rates = new HashMap<>();
    ratios.forEach((currency, list) -> rates.put(currency, median(list)));
    rates.put("USD", 1.0);
    return new CurrencyRates(rates);
  }

  /** Fixed rates, for tests. */
  public static CurrencyRates of(Map<String, Double> usdPerUnit) {
    Map<String, Double> rates = new HashMap<>(usdPerUnit);
    rates.put("USD", 1.0);
    return new CurrencyRates(rates);
  }

  /** US dollars per one unit of the currency, when the survey has reports in it. */
  public Optional<Double> usdPerUnit(String currency) {
    return Optional.ofNullable(usdPerUnit.get(currency.toUpperCase(Locale.ROOT)));
  }

  /** Currencies with a known rate, sorted. */
  public java.util.Set<String> currencies() {
    return usdPerUnit.keySet();
  }

  /** The rates as a JSON object, stored with each commit so later updates use the same rates. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(usdPerUnit);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads rates written by {@link #toJson()}. */
  public static CurrencyRates fromJson(String json) {
    try {
      return of(JSON.readValue(json, new TypeReference<Map<String, Double>>() {}));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("unreadable currency rates: " + e.getOriginalMessage());
    }
  }

  private static double median(List<Double> values) {
    Collections.sort(values);
    int n = values.size();
    return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
  }
}
