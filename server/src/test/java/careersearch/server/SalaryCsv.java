package careersearch.server;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The salary survey read straight from {@code corpus/aijobs-salaries/salaries.csv}, and the
 * statistics the salary endpoints promise, computed here independently of the server's code: the
 * expected figures of the knowledge tests.
 */
final class SalaryCsv {
  /** One survey row, with the survey's codes spelled as the API spells them. */
  record Row(
      int year,
      String seniority,
      String employment,
      String title,
      long usd,
      String remote,
      String country) {

    /** The title's words: lower case, split at anything but letters, digits, + and #, singular. */
    List<String> words() {
      return titleWords(title);
    }
  }

  private static List<Row> rows;

  private SalaryCsv() {}

  static synchronized List<Row> rows() {
    if (rows == null) {
      List<Row> read = new ArrayList<>();
      try (Reader in =
          Files.newBufferedReader(
              RealCorpus.corpusDir().resolve("aijobs-salaries/salaries.csv"),
              StandardCharsets.UTF_8)) {
        for (CSVRecord r :
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
          read.add(
              new Row(
                  Integer.parseInt(r.get("work_year")),
                  switch (r.get("experience_level")) {
                    case "EN" -> "entry";
                    case "MI" -> "mid";
                    case "SE" -> "senior";
                    case "EX" -> "executive";
                    default -> throw new IllegalStateException(r.toString());
                  },
                  switch (r.get("employment_type")) {
                    case "FT" -> "full_time";
                    case "PT" -> "part_time";
                    case "CT" -> "contract";
                    case "FL" -> "freelance";
                    default -> throw new IllegalStateException(r.toString());
                  },
                  r.get("job_title"),
                  Long.parseLong(r.get("salary_in_usd")),
                  switch (r.get("remote_ratio")) {
                    case "0" -> "onsite";
                    case "50" -> "hybrid";
                    case "100" -> "remote";
                    default -> throw new IllegalStateException(r.toString());
                  },
                  r.get("company_location")));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      rows = List.copyOf(read);
    }
    return rows;
  }

  /** The API's title words, written out again here: "Data Scientists" -> [data, scientist]. */
  static List<String> titleWords(String title) {
    List<String> words = new ArrayList<>();
    for (String w : title.toLowerCase(Locale.ROOT).replace("&", " and ").split("[^a-z0-9+#]+")) {
      if (w.isEmpty()) {
        continue;
      }
      if (w.length() > 3 && w.endsWith("ies")) {
        w = w.substring(0, w.length() - 3) + "y";
      } else if (w.length() > 3
          && w.endsWith("s")
          && !w.endsWith("ss")
          && !w.endsWith("us")
          && !w.endsWith("is")) {
        w = w.substring(0, w.length() - 1);
      }
      words.add(w);
    }
    return words;
  }

  /** The sorted USD figures of the rows that pass. */
  static long[] usd(Predicate<Row> filter) {
    return rows().stream().filter(filter).mapToLong(Row::usd).sorted().toArray();
  }

  /** Nearest rank: the figure at rank ceil(p/100 x n), from 1. */
  static long percentile(long[] sorted, int p) {
    // ceil(p x n / 100) in whole numbers: 10% of 30 is rank 3, not 4 by rounding error
    int rank = (int) ((p * (long) sorted.length + 99) / 100);
    return sorted[Math.max(rank, 1) - 1];
  }

  /** Percent of figures below a value, those equal counting half, to one decimal. */
  static double percentileRank(long[] sorted, long value) {
    long below = Arrays.stream(sorted).filter(v -> v < value).count();
    long equal = Arrays.stream(sorted).filter(v -> v == value).count();
    return Math.round(1000.0 * (below + equal / 2.0) / sorted.length) / 10.0;
  }

  /** The mean, rounded to the dollar, halves up. */
  static long mean(long[] values) {
    long sum = Arrays.stream(values).sum();
    return new java.math.BigDecimal(sum)
        .divide(new java.math.BigDecimal(values.length), 0, java.math.RoundingMode.HALF_UP)
        .longValueExact();
  }

  /** Reports per band, the six bands in order. */
  static Map<String, Long> histogram(long[] values) {
    long[] edges = {0, 50_000, 100_000, 150_000, 200_000, 300_000, Long.MAX_VALUE};
    String[] keys = {"under-50k", "50k-100k", "100k-150k", "150k-200k", "200k-300k", "300k-plus"};
    Map<String, Long> bands = new LinkedHashMap<>();
    for (int b = 0; b < keys.length; b++) {
      long from = edges[b];
      long to = edges[b + 1];
      bands.put(keys[b], Arrays.stream(values).filter(v -> v >= from && v < to).count());
    }
    return bands;
  }

  /** Median per year (null below 5 reports) and count per year, years ascending. */
  static Map<String, Object[]> byYear(Predicate<Row> filter) {
    Map<Integer, List<Long>> years = new TreeMap<>();
    rows().stream()
        .filter(filter)
        .forEach(r -> years.computeIfAbsent(r.year(), y -> new ArrayList<>()).add(r.usd()));
    Map<String, Object[]> out = new LinkedHashMap<>();
    years.forEach(
        (y, list) -> {
          long[] sorted = list.stream().mapToLong(Long::longValue).sorted().toArray();
          out.put(
              y.toString(),
              new Object[] {sorted.length, sorted.length >= 5 ? percentile(sorted, 50) : null});
        });
    return out;
  }
}
