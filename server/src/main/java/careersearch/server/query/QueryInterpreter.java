package careersearch.server.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes what a query means beyond its words: tools (PyTorch, k8s), seniority (senior, sr),
 * remote words (wfh), employment (contract), known companies and locations, "jobs", and salary
 * expressions ({@code over 120k}, {@code $150k+}, {@code 100-150k}, {@code >= 90000}, a lone {@code
 * 200k}).
 */
public final class QueryInterpreter {
  private static final String AMOUNT = "\\$?\\s*(\\d+(?:[.,]\\d+)?)\\s*(k|K|000)?";

  /** "100-150k", "$100k to $150k", "between 100k and 150k": a range. */
  private static final Pattern RANGE =
      Pattern.compile(
          "(?:between\\s+)?" + AMOUNT + "\\s*(?:-|–|to|and)\\s*" + AMOUNT + "(?![\\w])",
          Pattern.CASE_INSENSITIVE);

  /** "over 120k", ">= 90000", "at least $100k", "150k+": a lower bound. */
  private static final Pattern MIN =
      Pattern.compile(
          "(?:(?:over|above|more than|at least|min(?:imum)?|from|>=?)\\s*"
              + AMOUNT
              + "\\+?|"
              + AMOUNT
              + "\\s*\\+|"
              + AMOUNT
              + "\\s*(?:or more|and up|plus))(?![\\w])",
          Pattern.CASE_INSENSITIVE);

  /** "under 80k", "< 100000", "up to $90k": an upper bound. */
  private static final Pattern MAX =
      Pattern.compile(
          "(?:under|below|less than|at most|up to|max(?:imum)?|<=?)\\s*" + AMOUNT + "(?![\\w])",
          Pattern.CASE_INSENSITIVE);

  /**
   * "200k", "$150,000" on their own: what a posting pays, read as a lower bound by the overlap rule
   * (a range reaching 200k). Only with a k or a dollar sign: a bare number may be a year or a
   * count.
   */
  private static final Pattern BARE =
      Pattern.compile(
          "(?<![\\w$.,])(?:\\$\\s*(\\d+(?:[.,]\\d+)*)\\s*(k|K|000)?|(\\d+(?:[.,]\\d+)?)\\s*(k|K))(?![\\w])");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}+#.]+");

  private QueryInterpreter() {}

  /** What was recognized, in query order; spans do not overlap. */
  public static List<Interpretation> interpret(String q, QueryVocabulary vocabulary) {
    List<Interpretation> found = new ArrayList<>();
    boolean[] taken = new boolean[q.length()];
    salary(q, found, taken);
    phrases(q, vocabulary, found, taken);
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return found;
  }

  /** The query without the given interpretations' text. */
  public static String without(String q, List<Interpretation> parts) {
    StringBuilder rest = new StringBuilder(q);
    for (int i = parts.size() - 1; i >= 0; i--) {
      Interpretation p = parts.get(i);
      rest.replace(p.start(), p.end(), " ");
    }
    return rest.toString().replaceAll("\\s+", " ").strip();
  }

  private static void salary(String q, List<Interpretation> found, boolean[] taken) {
    Matcher range = RANGE.matcher(q);
    while (range.find()) {
      Long low = amount(range.group(1), range.group(2), range.group(4));
      Long high = amount(range.group(3), range.group(4), null);
      if (low != null && high != null && low <= high) {
        add(
            found,
            taken,
            "salary",
            low + "-" + high,
            q,
            range.start(),
            range.end(),
            label(low, high));
      }
    }
    Matcher min = MIN.matcher(q);
    while (min.find()) {
      int g = min.group(1) != null ? 1 : min.group(3) != null ? 3 : 5;
      Long low = amount(min.group(g), min.group(g + 1), null);
      if (low != null && free(taken, min.start(), min.end())) {
        add(found, taken, "salary", low + "-", q, min.start(), min.end(), label(low, null));
      }
    }
    Matcher max = MAX.matcher(q);
    while (max.find()) {
      Long high = amount(max.group(1), max.group(2), null);
      if (high != null && free(taken, max.start(), max.end())) {
        add(found, taken, "salary", "-" + high, q, max.start(), max.end(), label(null, high));
      }
    }
    Matcher bare = BARE.matcher(q);
    while (bare.find()) {
      int g = bare.group(1) != null ? 1 : 3;
      Long low = amount(bare.group(g), bare.group(g + 1), null);
      if (low != null && low >= 10_000 && free(taken, bare.start(), bare.end())) {
        add(found, taken, "salary", low + "-", q, bare.start(), bare.end(), label(low, null));
      }
    }
  }

  /**
   * A USD amount: "120k" and "120000" are 120,000. A bare number counts from 10,000 up (below that
   * it is more likely a year or a count); a range's k applies to both ends ("100-150k").
   */
  private static Long amount(String number, String suffix, String rangeSuffix) {
    double n = Double.parseDouble(number.replace(",", ""));
    String k = suffix != null ? suffix : rangeSuffix;
    if (k != null && (k.equalsIgnoreCase("k") || k.equals("000"))) {
      n *= 1000;
    } else if (n < 10_000) {
      return null;
    }
    return Math.round(n);
  }

  private static String label(Long low, Long high) {
    if (low != null && high != null) {
      return "$" + low / 1000 + "K-" + high / 1000 + "K";
    }
    return low != null ? "$" + low / 1000 + "K+" : "up to $" + high / 1000 + "K";
  }

  /** Greedy longest match of word n-grams against the vocabulary. */
  private static void phrases(
      String q, QueryVocabulary vocabulary, List<Interpretation> found, boolean[] taken) {
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(q);
    while (m.find()) {
      if (free(taken, m.start(), m.end())) {
        words.add(new int[] {m.start(), m.end()});
      }
    }
    int i = 0;
    while (i < words.size()) {
      int matched = 0;
      for (int n = Math.min(vocabulary.longestPhrase(), words.size() - i); n >= 1; n--) {
        int start = words.get(i)[0];
        int end = words.get(i + n - 1)[1];
        if (!free(taken, start, end)) {
          continue;
        }
        QueryVocabulary.Entry e =
            vocabulary.lookup(QueryVocabulary.normalize(q.substring(start, end)));
        if (e == null) {
          // place names are known without accents: "münchen", "zürich"
          e = vocabulary.lookup(careersearch.places.PlaceNames.normalize(q.substring(start, end)));
        }
        if (e != null) {
          add(found, taken, e.dimension(), e.value(), q, start, end, e.label());
          matched = n;
          break;
        }
      }
      i += Math.max(1, matched);
    }
  }

  private static boolean free(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  private static void add(
      List<Interpretation> found,
      boolean[] taken,
      String dimension,
      String value,
      String q,
      int start,
      int end,
      String label) {
    // the same value twice ("senior sr") is one chip
    if (found.stream().noneMatch(f -> f.dimension().equals(dimension) && f.value().equals(value))) {
      found.add(
          new Interpretation(dimension, value, q.substring(start, end).strip(), label, start, end));
    }
    for (int i = start; i < end; i++) {
      taken[i] = true;
    }
  }
}
