package careersearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Job queries that do not repeat, so that no cache can flatter the figures: generated from the
 * titles and skills of a synthetic postings file, the same for the same file, seed and count. Half
 * the picks follow how often a title or skill occurs (broad queries), half are uniform over the
 * distinct values (selective ones); the shapes mix words, recognized values, filters and sorts as
 * job seekers combine them.
 */
final class DistinctQueries {
  /** Postings read for titles and skills: enough for their variety, quick to read. */
  private static final int SAMPLE_LINES = 50_000;

  private static final String[] SENIORITY_WORDS = {"senior", "junior", "lead", "staff", "entry"};
  private static final String[] SENIORITY = {"entry", "mid", "senior", "executive"};
  private static final String[] EMPLOYMENT = {"full_time", "part_time", "contract"};
  private static final String[] BANDS = {"50k-100k", "100k-150k", "150k-200k", "200k-300k"};

  private final List<String> titles;
  private final List<String> titleDraws;
  private final List<String> skills;
  private final List<String> skillDraws;

  private DistinctQueries(Map<String, Integer> titleCounts, Map<String, Integer> skillCounts) {
    titles = List.copyOf(titleCounts.keySet());
    skills = List.copyOf(skillCounts.keySet());
    titleDraws = weighted(titleCounts);
    skillDraws = weighted(skillCounts);
  }

  /** Reads the first postings of a JSONL file. */
  static DistinctQueries fromPostings(Path postings) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, Integer> titleCounts = new LinkedHashMap<>();
    Map<String, Integer> skillCounts = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(postings, StandardCharsets.UTF_8)) {
      String line;
      for (int n = 0; n < SAMPLE_LINES && (line = in.readLine()) != null; n++) {
        JsonNode posting = json.readTree(line);
        titleCounts.merge(posting.path("title").asText().toLowerCase(Locale.ROOT), 1, Integer::sum);
        for (JsonNode skill : posting.path("skills")) {
          skillCounts.merge(skill.asText().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
      }
    }
    titleCounts.remove("");
    if (titleCounts.isEmpty() || skillCounts.isEmpty()) {
      throw new IOException(postings + " has no postings with titles and skills");
    }
    return new DistinctQueries(titleCounts, skillCounts);
  }

  /**
   * {@code count} distinct {@code /api/search} paths, top 10 each; with {@code typeJob} every one
   * also asks {@code type=job}. The same seed gives the same list.
   */
  List<String> paths(int count, long seed, boolean typeJob) {
    Random random = new Random(seed);
    Set<String> paths = new LinkedHashSet<>();
    int attempts = 0;
    while (paths.size() < count) {
      if (++attempts > count * 50) {
        throw new IllegalStateException("only " + paths.size() + " distinct queries in the sample");
      }
      String query = query(random) + (typeJob ? "&type=job" : "") + "&size=10";
      paths.add("/api/search?" + query);
    }
    return List.copyOf(paths);
  }

  private String query(Random random) {
    String title = pick(random, titles, titleDraws);
    String skill = pick(random, skills, skillDraws);
    return switch (random.nextInt(8)) {
      case 0 -> q(title);
      case 1 -> q(title + " " + skill);
      case 2 -> q(skill + " remote " + SENIORITY_WORDS[random.nextInt(SENIORITY_WORDS.length)]);
      case 3 -> q(title) + "&seniority=" + SENIORITY[random.nextInt(SENIORITY.length)];
      case 4 ->
          q(skill) + "&remote=remote&employment=" + EMPLOYMENT[random.nextInt(EMPLOYMENT.length)];
      case 5 -> q(title) + "&sort=salary_desc";
      case 6 -> q(title) + "&salary_band=" + BANDS[random.nextInt(BANDS.length)];
      default -> q(skill + " " + pick(random, skills, skillDraws));
    };
  }

  private static String q(String words) {
    return "q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
  }

  private static String pick(Random random, List<String> distinct, List<String> byFrequency) {
    List<String> from = random.nextBoolean() ? distinct : byFrequency;
    return from.get(random.nextInt(from.size()));
  }

  /** Each value as often as it occurs, so a uniform draw from the list follows the frequencies. */
  private static List<String> weighted(Map<String, Integer> counts) {
    List<String> draws = new ArrayList<>();
    counts.forEach(
        (value, n) -> {
          for (int i = 0; i < n; i++) {
            draws.add(value);
          }
        });
    return draws;
  }
}
