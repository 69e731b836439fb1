package careersearch.schema;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Salary bands in USD per year. A range [min, max] is in a band when it overlaps it: {@code min <
 * to && max >= from}; a single figure is a range with min == max and so falls in exactly one band.
 */
public enum SalaryBand {
  UNDER_50K("under-50k", "Under $50K", 0, 50_000),
  B50K_100K("50k-100k", "$50K-100K", 50_000, 100_000),
  B100K_150K("100k-150k", "$100K-150K", 100_000, 150_000),
  B150K_200K("150k-200k", "$150K-200K", 150_000, 200_000),
  B200K_300K("200k-300k", "$200K-300K", 200_000, 300_000),
  B300K_PLUS("300k-plus", "$300K+", 300_000, Long.MAX_VALUE);

  private final String key;
  private final String label;
  private final long from;
  private final long to;

  SalaryBand(String key, String label, long from, long to) {
    this.key = key;
    this.label = label;
    this.from = from;
    this.to = to;
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  /** Inclusive lower edge in USD per year. */
  public long from() {
    return from;
  }

  /** Exclusive upper edge in USD per year ({@link Long#MAX_VALUE} for the open top band). */
  public long to() {
    return to;
  }

  /** The overlap rule of the API contract. */
  public boolean overlaps(long min, long max) {
    return min < to && max >= from;
  }

  /** All bands a USD range overlaps, in band order. */
  public static List<SalaryBand> overlapping(long min, long max) {
    return Arrays.stream(values()).filter(b -> b.overlaps(min, max)).toList();
  }

  public static Optional<SalaryBand> fromKey(String key) {
    return Arrays.stream(values()).filter(b -> b.key.equals(key)).findFirst();
  }

  public static List<String> keys() {
    return Arrays.stream(values()).map(SalaryBand::key).toList();
  }
}
