package careersearch.indexer.corpus;

import careersearch.indexer.model.JobPosting;
import careersearch.indexer.model.Salary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the job postings at the end of the seed file. They were copied from a job board and their
 * lines are glued: the details line {@code <employment> <seniority> <CUR> <min>K - <max>K} runs
 * straight into the next posting's title, so the salary range is what marks the boundary.
 */
public final class SeedPostingsParser {
  static final Map<String, String> EMPLOYMENT =
      orderedMap(
          "Full Time", "full_time",
          "Part Time", "part_time",
          "Contract", "contract",
          "Freelance", "freelance",
          "Internship", "internship");
  static final Map<String, String> SENIORITY =
      orderedMap(
          "Entry-level / Junior", "entry",
          "Mid-level / Intermediate", "mid",
          "Senior-level / Expert", "senior",
          "Executive-level / Director", "executive");

  // Anchored on the salary; whatever follows the final 'K' is the next posting's title.
  private static final Pattern DETAILS =
      Pattern.compile("^(.*?)\\s*([A-Z]{3}) (\\d+(?:\\.\\d+)?)K - (\\d+(?:\\.\\d+)?)K(.*)$");
  private static final String COMPANY_PREFIX = "@ ";
  private static final String LOCATION_SEPARATOR = " | ";
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
  private static final Pattern REMOTE = Pattern.compile("(?i)\\bremote\\b");
  private static final Pattern HYBRID = Pattern.compile("(?i)\\bhybrid\\b");

  private final SeedDocument doc;
  private final SalaryNormalizer normalizer;
  private final List<String> lines;

  private SeedPostingsParser(SeedDocument doc, SalaryNormalizer normalizer) {
    this.doc = doc;
    this.normalizer = normalizer;
    this.lines = doc.postingLines();
  }

  /**
   * @throws CorpusException ({@code file:line: reason}) on a missing company line, a malformed
   *     details line, an unknown label or an invalid salary
   */
  public static List<JobPosting> parse(SeedDocument doc, SalaryNormalizer normalizer) {
    return new SeedPostingsParser(doc, normalizer).parseAll();
  }

  private List<JobPosting> parseAll() {
    List<JobPosting> postings = new ArrayList<>();
    if (lines.isEmpty()) {
      return postings;
    }
    String title = lines.get(0).strip();
    int titleIndex = 0;
    int i = 0;
    while (title != null) {
      String companyLine = requireLine(i + 1, "an '@ company | location' line");
      String detailsLine = requireLine(i + 2, "a details line");
      Matcher details = matchDetails(detailsLine, i + 2);
      postings.add(posting(title, titleIndex, companyLine, i + 1, details, i + 2));
      String rest = details.group(5).strip();
      i += 2;
      titleIndex = i;
      if (rest.isEmpty() && i + 1 < lines.size() && !lines.get(i + 1).isBlank()) {
        // The next title sits on its own line instead of being glued to the details.
        i++;
        titleIndex = i;
        rest = lines.get(i).strip();
      }
      title = rest.isEmpty() ? null : rest;
    }
    return postings;
  }

  private String requireLine(int index, String what) {
    if (index >= lines.size()) {
      throw error(index - 1, "posting ends early: expected " + what + " after this line");
    }
    return lines.get(index).strip();
  }

  private Matcher matchDetails(String line, int index) {
    Matcher m = DETAILS.matcher(line);
    if (!m.matches()) {
      throw error(
          index,
          "malformed posting details '"
              + line
              + "' (expected '<employment> <seniority> <CUR> <min>K - <max>K')");
    }
    return m;
  }

  private JobPosting posting(
      String title, int titleIndex, String companyLine, int companyIndex, Matcher d, int dIndex) {
    if (!companyLine.startsWith(COMPANY_PREFIX)) {
      throw error(companyIndex, "expected '@ company | location', got '" + companyLine + "'");
    }
    String place = companyLine.substring(COMPANY_PREFIX.length());
    int sep = place.indexOf(LOCATION_SEPARATOR);
    String company = (sep < 0 ? place : place.substring(0, sep)).strip();
    String location = sep < 0 ? null : place.substring(sep + LOCATION_SEPARATOR.length()).strip();
    String labels = d.group(1).strip();
    List<String> employment = new ArrayList<>();
    String seniorityLabel = consumeEmployment(labels, employment);
    String seniority = seniority(seniorityLabel, dIndex);
    Salary salary = salary(d, dIndex);
    String detailsText = d.group(0).substring(0, d.start(5)).strip();
    return new JobPosting(
        id(title, company, location, detailsText),
        title,
        company,
        location,
        remote(location),
        List.copyOf(employment),
        seniority,
        salary,
        null,
        null,
        null,
        null,
        List.of(),
        "seed/" + doc.path().getFileName() + ":" + doc.postingLineNumber(titleIndex));
  }

  /** Takes employment labels off the front of {@code labels}; returns what is left. */
  private static String consumeEmployment(String labels, List<String> employment) {
    String rest = labels;
    boolean found = true;
    while (found) {
      found = false;
      for (Map.Entry<String, String> e : EMPLOYMENT.entrySet()) {
        if (rest.equals(e.getKey()) || rest.startsWith(e.getKey() + " ")) {
          employment.add(e.getValue());
          rest = rest.substring(e.getKey().length()).strip();
          found = true;
          break;
        }
      }
    }
    return rest;
  }

  private String seniority(String label, int index) {
    if (label.isEmpty()) {
      return null; // the posting gives no seniority
    }
    String value = SENIORITY.get(label);
    if (value != null) {
      return value;
    }
    // If the text ends in a known seniority, the unknown part in front is an employment type.
    for (Map.Entry<String, String> e : SENIORITY.entrySet()) {
      if (label.endsWith(" " + e.getKey())) {
        String unknown = label.substring(0, label.length() - e.getKey().length()).strip();
        throw error(
            index,
            "unknown employment label '" + unknown + "' (known: " + EMPLOYMENT.keySet() + ")");
      }
    }
    throw error(
        index, "unknown seniority label '" + label + "' (known: " + SENIORITY.keySet() + ")");
  }

  private Salary salary(Matcher d, int index) {
    try {
      long min = thousands(d.group(3));
      long max = thousands(d.group(4));
      return normalizer.normalize(min, max, d.group(2), "year");
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw error(index, e.getMessage());
    }
  }

  /** "72.5" (thousands) -> 72500. */
  private static long thousands(String figure) {
    return new BigDecimal(figure)
        .multiply(THOUSAND)
        .setScale(0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  /** The job board marks remote and hybrid jobs in the location; anything else is on site. */
  static String remote(String location) {
    if (location == null) {
      return null;
    }
    if (REMOTE.matcher(location).find()) {
      return "remote";
    }
    return HYBRID.matcher(location).find() ? "hybrid" : "onsite";
  }

  /** {@code job:} + 16 hex chars of SHA-256, stable across runs as long as the text is. */
  static String id(String title, String company, String location, String details) {
    String key = String.join("|", title, company, String.valueOf(location), details);
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "job:" + HexFormat.of().formatHex(hash).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  private CorpusException error(int index, String reason) {
    return new CorpusException(doc.path(), doc.postingLineNumber(index), reason);
  }

  private static Map<String, String> orderedMap(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return Collections.unmodifiableMap(map);
  }
}
