package careersearch.server.eval;

import careersearch.places.PlaceNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.lucene.util.SloppyMath;

/**
 * What a posting must be to answer a job query, judged from its stored source: {@code title:data
 * engineer|data engineering; country:CA} (see {@code relevance/jobs/README.md}). Each condition is
 * one key and alternatives separated by {@code |}; all conditions must hold.
 */
public final class JobConstraints {
  private final String text;
  private final List<Predicate<Map<String, Object>>> conditions;

  private JobConstraints(String text, List<Predicate<Map<String, Object>>> conditions) {
    this.text = text;
    this.conditions = conditions;
  }

  /**
   * @throws IllegalArgumentException for an unknown key or a malformed value
   */
  public static JobConstraints parse(String text) {
    List<Predicate<Map<String, Object>>> conditions = new ArrayList<>();
    for (String condition : text.split(";")) {
      if (condition.isBlank()) {
        continue;
      }
      int colon = condition.indexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException("a condition is key:value, was '" + condition + "'");
      }
      String key = condition.substring(0, colon).strip();
      List<String> any =
          Arrays.stream(condition.substring(colon + 1).split("\\|")).map(String::strip).toList();
      conditions.add(condition(key, any));
    }
    if (conditions.isEmpty()) {
      throw new IllegalArgumentException("no conditions in '" + text + "'");
    }
    return new JobConstraints(text, conditions);
  }

  /** Whether a posting (its source as the API returns it) meets every condition. */
  public boolean test(Map<String, Object> posting) {
    return "job".equals(posting.get("type")) && conditions.stream().allMatch(c -> c.test(posting));
  }

  @Override
  public String toString() {
    return text;
  }

  private static Predicate<Map<String, Object>> condition(String key, List<String> any) {
    return switch (key) {
      case "title" -> p -> any.stream().anyMatch(t -> hasWords(words(p.get("title")), t));
      case "country" ->
          p -> any.contains(place(p, "country")) || any.contains(place(p, "remote_scope"));
      case "city" ->
          p -> any.stream().anyMatch(c -> PlaceNames.normalize(c).equals(norm(place(p, "city"))));
      case "region" -> p -> any.contains(place(p, "region"));
      case "remote" -> p -> any.contains(p.get("remote"));
      case "seniority" -> p -> any.contains(p.get("seniority"));
      case "employment" -> p -> list(p.get("employment")).stream().anyMatch(any::contains);
      case "salary_min" -> salaryAtLeast(Long.parseLong(any.get(0)));
      case "skill" ->
          p ->
              any.stream()
                  .anyMatch(
                      s ->
                          list(p.get("skills")).stream().anyMatch(k -> k.equalsIgnoreCase(s))
                              || hasWords(words(p.get("title")), s));
      case "near" -> near(any.get(0));
      default -> throw new IllegalArgumentException("unknown condition key '" + key + "'");
    };
  }

  private static Predicate<Map<String, Object>> salaryAtLeast(long min) {
    return p ->
        p.get("salary") instanceof Map<?, ?> s
            && s.get("max_usd_year") instanceof Number max
            && max.longValue() >= min;
  }

  private static Predicate<Map<String, Object>> near(String value) {
    String[] at = value.split(",");
    if (at.length != 3) {
      throw new IllegalArgumentException("near is lat,lon,km, was '" + value + "'");
    }
    double lat = Double.parseDouble(at[0]);
    double lon = Double.parseDouble(at[1]);
    double km = Double.parseDouble(at[2]);
    return p ->
        !"remote".equals(p.get("remote"))
            && p.get("place") instanceof Map<?, ?> place
            && place.get("lat") instanceof Number plat
            && place.get("lon") instanceof Number plon
            && SloppyMath.haversinMeters(lat, lon, plat.doubleValue(), plon.doubleValue())
                <= km * 1000;
  }

  private static String place(Map<String, Object> posting, String key) {
    return posting.get("place") instanceof Map<?, ?> place && place.get(key) instanceof String s
        ? s
        : null;
  }

  private static String norm(String s) {
    return s == null ? "" : PlaceNames.normalize(s);
  }

  /** Every word of a phrase is a word of the title, plurals aside. */
  private static boolean hasWords(List<String> title, String phrase) {
    return words(phrase).stream().allMatch(title::contains);
  }

  private static List<String> words(Object text) {
    if (!(text instanceof String s)) {
      return List.of();
    }
    return Arrays.stream(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}+#]+"))
        .filter(w -> !w.isEmpty())
        .map(
            w ->
                w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")
                    ? w.substring(0, w.length() - 1)
                    : w)
        .toList();
  }

  @SuppressWarnings("unchecked")
  private static List<String> list(Object value) {
    return value instanceof Collection<?> c
        ? new ArrayList<>((Collection<String>) c)
        : value instanceof String s ? List.of(s) : List.of();
  }
}
