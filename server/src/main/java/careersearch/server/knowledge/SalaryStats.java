package careersearch.server.knowledge;

import careersearch.schema.DocType;
import careersearch.schema.Fields;
import careersearch.schema.SalaryBand;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;

/**
 * Exact salary statistics over salary reports, read from doc values: every matching report's USD
 * figure ({@link Fields#SALARY_MIN_USD}, which equals the max for a report) and year ({@link
 * Fields#YEAR}) is collected and sorted, so the figures are exact for any number of reports.
 *
 * <p>Percentiles use the <b>nearest-rank</b> method: the p-th percentile of n sorted figures is the
 * figure at rank ceil(p / 100 x n), counting from 1. So the median (p50) of an even number of
 * figures is the lower of the two middle ones, and every percentile is a figure that was reported.
 * The mean is rounded to the nearest dollar, halves up.
 */
final class SalaryStats {
  /** Fewer matching reports than this give a count and no figures. */
  static final int MIN_REPORTS = 5;

  /** Percentiles reported besides min and max. */
  private static final int[] PERCENTILES = {10, 25, 50, 75, 90};

  private SalaryStats() {}

  /** The USD figures of matching reports, ascending, and the same per survey year. */
  record Sample(long[] usd, Map<Integer, long[]> byYear) {
    int count() {
      return usd.length;
    }

    boolean enough() {
      return usd.length >= MIN_REPORTS;
    }
  }

  /** Collects the reports matching {@code filter} (which need not restrict to reports). */
  static Sample collect(IndexSearcher searcher, Query filter) throws IOException {
    Query reports =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.TYPE, DocType.SALARY_REPORT.key())), Occur.FILTER)
            .add(filter, Occur.FILTER)
            .build();
    return searcher.search(reports, new SampleCollectorManager());
  }

  /** The p-th percentile by nearest rank: the figure at rank ceil(p x n / 100), from 1. */
  static long nearestRank(long[] sorted, int p) {
    int rank = (int) ((p * (long) sorted.length + 99) / 100);
    return sorted[Math.max(rank, 1) - 1];
  }

  /**
   * Where a figure stands among sorted figures: the percent of them below it, those equal to it
   * counting half (0 = below all, 100 = above all), to one decimal.
   */
  static double percentileRank(long[] sorted, long value) {
    int below = lowerBound(sorted, value);
    int equal = lowerBound(sorted, value + 1) - below;
    return Math.round(1000.0 * (below + equal / 2.0) / sorted.length) / 10.0;
  }

  /** count, min, p10, p25, median, p75, p90, max and mean of sorted figures (n >= 1). */
  static Map<String, Object> figures(long[] sorted) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("count", sorted.length);
    f.put("min", sorted[0]);
    for (int p : PERCENTILES) {
      f.put(p == 50 ? "median" : "p" + p, nearestRank(sorted, p));
    }
    f.put("max", sorted[sorted.length - 1]);
    f.put("mean", mean(sorted));
    return f;
  }

  /** The mean rounded to the nearest dollar, halves up. */
  static long mean(long[] values) {
    long sum = 0;
    for (long v : values) {
      sum += v;
    }
    return Math.floorDiv(2 * sum + values.length, 2L * values.length);
  }

  /** Reports per salary band, every band in band order (zeros included). */
  static Map<String, Long> histogram(long[] values) {
    Map<String, Long> bands = new LinkedHashMap<>();
    for (SalaryBand band : SalaryBand.values()) {
      bands.put(band.key(), 0L);
    }
    for (long v : values) {
      for (SalaryBand band : SalaryBand.overlapping(v, v)) {
        bands.merge(band.key(), 1L, Long::sum);
      }
    }
    return bands;
  }

  /** First index whose value is >= {@code value}. */
  private static int lowerBound(long[] sorted, long value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static final class SampleCollectorManager
      implements CollectorManager<SampleCollector, Sample> {
    @Override
    public SampleCollector newCollector() {
      return new SampleCollector();
    }

    @Override
    public Sample reduce(Collection<SampleCollector> collectors) {
      int n = collectors.stream().mapToInt(c -> c.size).sum();
      long[] usd = new long[n];
      long[] years = new long[n];
      int at = 0;
      for (SampleCollector c : collectors) {
        System.arraycopy(c.usd, 0, usd, at, c.size);
        System.arraycopy(c.years, 0, years, at, c.size);
        at += c.size;
      }
      Map<Integer, long[]> byYear = new TreeMap<>();
      Map<Integer, Integer> perYear = new TreeMap<>();
      for (long y : years) {
        perYear.merge((int) y, 1, Integer::sum);
      }
      Map<Integer, Integer> filled = new TreeMap<>();
      perYear.forEach((y, count) -> byYear.put(y, new long[count]));
      for (int i = 0; i < n; i++) {
        int y = (int) years[i];
        int k = filled.merge(y, 1, Integer::sum) - 1;
        byYear.get(y)[k] = usd[i];
      }
      Arrays.sort(usd);
      byYear.values().forEach(Arrays::sort);
      return new Sample(usd, byYear);
    }
  }

  /** Reads each matching report's USD figure and year from doc values. */
  private static final class SampleCollector extends SimpleCollector {
    private long[] usd = new long[256];
    private long[] years = new long[256];
    private int size;
    private SortedNumericDocValues salary;
    private SortedNumericDocValues year;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      salary = DocValues.getSortedNumeric(context.reader(), Fields.SALARY_MIN_USD);
      year = DocValues.getSortedNumeric(context.reader(), Fields.YEAR);
    }

    @Override
    public void collect(int doc) throws IOException {
      if (!salary.advanceExact(doc)) {
        return; // a report always has a figure; anything else is not a salary figure
      }
      if (size == usd.length) {
        usd = Arrays.copyOf(usd, size * 2);
        years = Arrays.copyOf(years, size * 2);
      }
      usd[size] = salary.nextValue();
      years[size] = year.advanceExact(doc) ? year.nextValue() : 0;
      size++;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
