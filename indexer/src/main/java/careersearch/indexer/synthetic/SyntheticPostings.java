package careersearch.indexer.synthetic;

import careersearch.indexer.corpus.CorpusLayout;
import careersearch.indexer.corpus.OnetReader;
import careersearch.indexer.corpus.SalarySurveyReader;
import careersearch.indexer.model.Occupation;
import careersearch.indexer.model.OnetTechnology;
import careersearch.indexer.model.SalaryReport;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic job postings in the corpus JSONL format ({@code
 * corpus/postings/README.md}), for benchmarks. Never written into {@code corpus/}.
 *
 * <p>Each posting starts from a real salary-survey row drawn at random, so seniority, employment,
 * remote ratio, country, currency and salary keep the survey's joint distribution; the salary is
 * jittered into a min-max range in the row's currency. The row's job title is mapped to an O*NET
 * occupation (exact title or alternate title, else the closest by shared words), whose task
 * statements make the description and whose Technology Skills make the skills; one posting in five
 * is instead of a random O*NET occupation, so the set is not only data jobs. Companies are invented
 * ("Adjective Noun Suffix") with a heavy head; dates are uniform over a range.
 *
 * <p>Posting {@code i} depends only on the seed, {@code i} and the corpus, never on N: the first
 * 100,000 postings of a million are the 100,000 postings. Same seed, same N, same corpus: the same
 * bytes. Every record carries {@code "_synthetic": true}.
 *
 * <p>One class of more than 400 lines on purpose: every posting's bytes follow from the order in
 * which its parts draw from one random stream, and the benchmarks' figures are only comparable
 * while those bytes stay the same. Split, that order would run through several classes, where a
 * reordered call changes every generated file without failing anything.
 *
 * <pre>
 * java -cp indexer/target/careersearch-indexer.jar careersearch.indexer.synthetic.SyntheticPostings \
 *     --n 100000 [--seed 42] [--corpus corpus] [--out synthetic/postings-100000.jsonl]
 * </pre>
 */
public final class SyntheticPostings {
  /** Share of postings for a random O*NET occupation rather than a survey title's. */
  private static final double GENERAL_OCCUPATION_SHARE = 0.2;

  /** Share of survey-based postings titled with an O*NET title of the mapped occupation. */
  private static final double ONET_TITLE_SHARE = 0.3;

  private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);

  private static final String[] ADJECTIVES = {
    "Agile",
    "Amber",
    "Ample",
    "Apex",
    "Arctic",
    "Azure",
    "Blue",
    "Bold",
    "Bright",
    "Brisk",
    "Calm",
    "Clear",
    "Clever",
    "Cobalt",
    "Coral",
    "Crimson",
    "Curious",
    "Deep",
    "Eager",
    "Electric",
    "Emerald",
    "Epic",
    "Fair",
    "Fast",
    "Fearless",
    "Golden",
    "Grand",
    "Green",
    "Happy",
    "Hidden",
    "Honest",
    "Humble",
    "Iron",
    "Jade",
    "Keen",
    "Kind",
    "Lucid",
    "Lunar",
    "Magnetic",
    "Mighty",
    "Misty",
    "Modern",
    "Noble",
    "Nimble",
    "North",
    "Open",
    "Orange",
    "Polar",
    "Prime",
    "Proud",
    "Quick",
    "Quiet",
    "Radiant",
    "Rapid",
    "Red",
    "Silent",
    "Silver",
    "Smart",
    "Solar",
    "Steady",
    "Stellar",
    "Swift",
    "True",
    "Urban",
    "Vivid",
    "Wild",
    "Wise",
    "Young"
  };
  private static final String[] NOUNS = {
    "Anchor",
    "Arrow",
    "Atlas",
    "Badger",
    "Beacon",
    "Bear",
    "Birch",
    "Bridge",
    "Canyon",
    "Cedar",
    "Cloud",
    "Comet",
    "Compass",
    "Crane",
    "Delta",
    "Dune",
    "Eagle",
    "Ember",
    "Falcon",
    "Fern",
    "Field",
    "Fjord",
    "Forest",
    "Fox",
    "Galaxy",
    "Garden",
    "Glacier",
    "Harbor",
    "Hawk",
    "Heron",
    "Hill",
    "Horizon",
    "Island",
    "Lake",
    "Lantern",
    "Leaf",
    "Lighthouse",
    "Lynx",
    "Maple",
    "Meadow",
    "Mesa",
    "Moon",
    "Mountain",
    "Nebula",
    "Oak",
    "Ocean",
    "Orbit",
    "Otter",
    "Owl",
    "Panda",
    "Peak",
    "Pine",
    "Planet",
    "Prairie",
    "Quartz",
    "Raven",
    "Reef",
    "Ridge",
    "River",
    "Rocket",
    "Sage",
    "Sparrow",
    "Spruce",
    "Star",
    "Stone",
    "Summit",
    "Tiger",
    "Tide",
    "Valley",
    "Wave",
    "Willow",
    "Wolf"
  };
  private static final String[] SUFFIXES = {
    "Labs",
    "Inc.",
    "Systems",
    "Analytics",
    "AI",
    "Technologies",
    "Group",
    "Software",
    "Data",
    "Robotics",
    "Health",
    "Bank",
    "Insights",
    "Studios",
    "Ventures",
    "GmbH",
    "Ltd"
  };

  /** A few cities for the countries most of the survey is in; others get the country alone. */
  private static final Map<String, String[]> CITIES =
      Map.ofEntries(
          Map.entry(
              "US",
              new String[] {
                "New York",
                "San Francisco",
                "Seattle",
                "Austin",
                "Boston",
                "Chicago",
                "Denver",
                "Atlanta",
                "Los Angeles",
                "Washington",
                "San Diego",
                "Raleigh",
                "Pittsburgh",
                "Minneapolis",
                "Dallas",
                "Salt Lake City"
              }),
          Map.entry("CA", new String[] {"Toronto", "Vancouver", "Montreal", "Ottawa", "Calgary"}),
          Map.entry(
              "GB", new String[] {"London", "Manchester", "Edinburgh", "Cambridge", "Bristol"}),
          Map.entry("DE", new String[] {"Berlin", "Munich", "Hamburg", "Frankfurt"}),
          Map.entry("FR", new String[] {"Paris", "Lyon", "Toulouse"}),
          Map.entry("ES", new String[] {"Madrid", "Barcelona", "Valencia"}),
          Map.entry("NL", new String[] {"Amsterdam", "Rotterdam", "Eindhoven"}),
          Map.entry("IN", new String[] {"Bengaluru", "Hyderabad", "Pune", "Chennai"}),
          Map.entry("AU", new String[] {"Sydney", "Melbourne", "Brisbane"}),
          Map.entry("LT", new String[] {"Vilnius", "Kaunas"}),
          Map.entry("AT", new String[] {"Vienna", "Graz"}),
          Map.entry("PL", new String[] {"Warsaw", "Krakow", "Wroclaw"}),
          Map.entry("IE", new String[] {"Dublin", "Cork"}));

  /** Company names to draw from; the popularity of each is skewed, see {@link #company}. */
  private static final int COMPANY_POOL = 20_000;

  private final long seed;
  private final List<SalaryReport> reports;
  private final List<Occupation> occupationsWithTasks;
  private final Map<String, Occupation> occupationByCode = new HashMap<>();
  private final Map<String, Occupation> occupationOfSurveyTitle = new HashMap<>();
  private final Map<String, List<OnetTechnology>> skillsByCode = new HashMap<>();
  private final List<OnetTechnology> fallbackSkills;

  public SyntheticPostings(Path corpusDir, long seed) {
    CorpusLayout corpus = new CorpusLayout(corpusDir).validate();
    this.seed = seed;
    this.reports = SalarySurveyReader.read(corpus.salariesCsv());
    OnetReader onet = new OnetReader(corpus.onetDir());
    this.occupationsWithTasks =
        onet.occupations().stream().filter(o -> !o.tasks().isEmpty()).toList();
    occupationsWithTasks.forEach(o -> occupationByCode.put(o.code(), o));
    for (OnetTechnology t : onet.technologies()) {
      skillsByCode.computeIfAbsent(t.occupationCode(), c -> new ArrayList<>()).add(t);
    }
    this.fallbackSkills = skillsByCode.getOrDefault("15-2051.00", List.of());
    TitleMatcher matcher = new TitleMatcher(occupationsWithTasks);
    for (SalaryReport r : reports) {
      occupationOfSurveyTitle.computeIfAbsent(r.title(), matcher::match);
    }
  }

  public static void main(String[] args) throws IOException {
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      String name = args[i].replaceFirst("^--", "");
      if (!List.of("n", "seed", "corpus", "out").contains(name)) {
        throw new IllegalArgumentException("unknown option " + args[i]);
      }
      opts.put(name, args[i + 1]);
    }
    if (!opts.containsKey("n")) {
      throw new IllegalArgumentException("--n N is required");
    }
    long n = Long.parseLong(opts.get("n"));
    long seed = Long.parseLong(opts.getOrDefault("seed", "42"));
    Path corpus = Path.of(opts.getOrDefault("corpus", "corpus"));
    Path out = Path.of(opts.getOrDefault("out", "synthetic/postings-" + n + ".jsonl"));
    if (out.toAbsolutePath().normalize().startsWith(corpus.toAbsolutePath().normalize())) {
      throw new IllegalArgumentException(
          "refusing to write synthetic postings into the corpus (" + corpus + "): " + out);
    }
    long start = System.nanoTime();
    SyntheticPostings generator = new SyntheticPostings(corpus, seed);
    generator.write(n, out);
    System.out.printf(
        Locale.ROOT,
        "Wrote %,d synthetic postings (seed %d) to %s: %,d bytes in %.1f s%n",
        n,
        seed,
        out,
        Files.size(out),
        (System.nanoTime() - start) / 1e9);
  }

  /** Writes postings 0..n-1 to the file, atomically (a temp file renamed at the end). */
  public void write(long n, Path out) throws IOException {
    Path dir = out.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, out.getFileName().toString(), ".tmp");
    try {
      try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
        write(n, file);
      }
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  public void write(long n, OutputStream out) throws IOException {
    JsonFactory factory = new JsonFactory();
    factory.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
      json.setRootValueSeparator(null);
      for (long i = 0; i < n; i++) {
        posting(i, json);
        json.flush();
        out.write('\n');
      }
    }
  }

  /** Posting {@code i}: a function of the seed, i and the corpus only. */
  void posting(long i, JsonGenerator json) throws IOException {
    SplittableRandom rng = new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + i));
    SalaryReport row = reports.get(rng.nextInt(reports.size()));
    Occupation occupation;
    String title;
    if (rng.nextDouble() < GENERAL_OCCUPATION_SHARE) {
      occupation = occupationsWithTasks.get(rng.nextInt(occupationsWithTasks.size()));
      title = onetTitle(occupation, rng);
    } else {
      occupation = occupationOfSurveyTitle.get(row.title());
      title = rng.nextDouble() < ONET_TITLE_SHARE ? onetTitle(occupation, rng) : row.title();
    }
    title = withLevel(title, row.seniority(), rng);
    String company = company(rng);
    String location = location(row, rng);
    List<String> skills = skills(occupation, rng);
    String description = description(title, company, location, row, occupation, skills, rng);
    long day =
        FIRST_DAY.toEpochDay() + rng.nextLong(LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay() + 1);

    json.writeStartObject();
    json.writeStringField("id", "synthetic-" + seed + "-" + (i + 1));
    json.writeStringField("title", title);
    json.writeStringField("company", company);
    json.writeStringField("location", location);
    json.writeStringField("remote", row.remote());
    json.writeArrayFieldStart("employment");
    json.writeString(row.employment());
    json.writeEndArray();
    json.writeStringField("seniority", row.seniority());
    salary(row, rng, json);
    json.writeStringField("posted_at", LocalDate.ofEpochDay(day).toString());
    json.writeStringField("description", description);
    json.writeStringField("url", "https://jobs.example.com/" + slug(company) + "/" + (i + 1));
    json.writeArrayFieldStart("skills");
    for (String skill : skills) {
      json.writeString(skill);
    }
    json.writeEndArray();
    json.writeBooleanField("_synthetic", true);
    json.writeEndObject();
  }

  /** The occupation's title (singular) or one of its alternate or reported titles. */
  private static String onetTitle(Occupation occupation, SplittableRandom rng) {
    List<String> alternates = occupation.alternateTitles();
    List<String> reported = occupation.reportedTitles();
    double u = rng.nextDouble();
    if (u < 0.25 || alternates.isEmpty() && reported.isEmpty()) {
      return singular(occupation.title());
    }
    if (u < 0.8 && !alternates.isEmpty() || reported.isEmpty()) {
      return alternates.get(rng.nextInt(alternates.size()));
    }
    return reported.get(rng.nextInt(reported.size()));
  }

  /** "Senior Data Scientist" for some senior postings, and so on. */
  private static String withLevel(String title, String seniority, SplittableRandom rng) {
    if (rng.nextDouble() >= 0.4) {
      return title;
    }
    String lower = title.toLowerCase(Locale.ROOT);
    String prefix =
        switch (seniority) {
          case "entry" -> "Junior";
          case "senior" -> "Senior";
          case "executive" -> rng.nextBoolean() ? "Principal" : "Head of";
          default -> null;
        };
    if (prefix == null
        || lower.contains("senior")
        || lower.contains("junior")
        || lower.contains("lead")
        || lower.contains("principal")
        || lower.contains("head")
        || lower.contains("chief")) {
      return title;
    }
    return prefix + " " + title;
  }

  /**
   * One of {@value #COMPANY_POOL} names; half the draws are log-uniform over the pool (a few
   * companies post a lot), half uniform (a long tail).
   */
  private static String company(SplittableRandom rng) {
    int rank =
        rng.nextBoolean()
            ? (int) Math.floor(Math.pow(COMPANY_POOL, rng.nextDouble())) - 1
            : rng.nextInt(COMPANY_POOL);
    // a fixed shuffle of ranks over the name combinations, so the biggest are not all "Agile ..."
    long combos = (long) ADJECTIVES.length * NOUNS.length * SUFFIXES.length;
    long k = (rank * 7_919L + 104_729L) % combos;
    return ADJECTIVES[(int) (k % ADJECTIVES.length)]
        + " "
        + NOUNS[(int) (k / ADJECTIVES.length % NOUNS.length)]
        + " "
        + SUFFIXES[(int) (k / ADJECTIVES.length / NOUNS.length % SUFFIXES.length)];
  }

  /** "Austin, United States"; remote postings and unlisted countries only the country. */
  private static String location(SalaryReport row, SplittableRandom rng) {
    String code = row.companyLocation();
    String country = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    if (country.isEmpty() || country.equals(code)) {
      country = code;
    }
    String[] cities = CITIES.get(code);
    if (cities == null || "remote".equals(row.remote())) {
      return country;
    }
    return cities[rng.nextInt(cities.length)] + ", " + country;
  }

  /**
   * 3-8 of the occupation's Technology Skills, hot technologies three times as likely, in-demand
   * ones twice; Data Scientists' when the occupation lists none.
   */
  private List<String> skills(Occupation occupation, SplittableRandom rng) {
    List<OnetTechnology> all = skillsByCode.getOrDefault(occupation.code(), List.of());
    if (all.isEmpty()) {
      all = fallbackSkills;
    }
    int want = Math.min(all.size(), 3 + rng.nextInt(6));
    double total = 0;
    for (OnetTechnology t : all) {
      total += weight(t);
    }
    Set<String> chosen = new LinkedHashSet<>();
    for (int tries = 0; chosen.size() < want && tries < want * 8; tries++) {
      double u = rng.nextDouble() * total;
      for (OnetTechnology t : all) {
        u -= weight(t);
        if (u < 0) {
          chosen.add(t.example());
          break;
        }
      }
    }
    return List.copyOf(chosen);
  }

  private static double weight(OnetTechnology t) {
    return t.hotTechnology() ? 3 : t.inDemand() ? 2 : 1;
  }

  /** An opening line, 3-7 of the occupation's task statements, and the tools asked for. */
  private static String description(
      String title,
      String company,
      String location,
      SalaryReport row,
      Occupation occupation,
      List<String> skills,
      SplittableRandom rng) {
    StringBuilder text = new StringBuilder(1024);
    text.append(company)
        .append(" is hiring a ")
        .append(title)
        .append(" (")
        .append(row.employment().replace('_', '-'))
        .append(", ")
        .append(row.remote())
        .append(") in ")
        .append(location)
        .append(".\nWhat you will do:");
    List<String> tasks = occupation.tasks();
    int want = Math.min(tasks.size(), 3 + rng.nextInt(5));
    int[] picks = rng.ints(0, tasks.size()).distinct().limit(want).sorted().toArray();
    for (int p : picks) {
      text.append("\n- ").append(tasks.get(p));
    }
    if (!skills.isEmpty()) {
      text.append("\nYou have worked with ");
      for (int s = 0; s < skills.size(); s++) {
        if (s > 0) {
          text.append(s == skills.size() - 1 ? " and " : ", ");
        }
        text.append(skills.get(s));
      }
      text.append('.');
    }
    return text.toString();
  }

  /**
   * The survey row's salary in its own currency, jittered into a range around it (rounded to
   * thousands); 8% of postings give no salary, 5% a single figure.
   */
  private static void salary(SalaryReport row, SplittableRandom rng, JsonGenerator json)
      throws IOException {
    double u = rng.nextDouble();
    if (u < 0.08) {
      return;
    }
    long base = row.salary();
    long unit = base >= 20_000 ? 1000 : base >= 1000 ? 100 : 1;
    long min = Math.max(0, round(base * (0.95 - 0.2 * rng.nextDouble()), unit));
    long max = Math.max(min, round(base * (1.05 + 0.25 * rng.nextDouble()), unit));
    json.writeObjectFieldStart("salary");
    if (u < 0.13) {
      json.writeNumberField("min", round(base, unit));
    } else {
      json.writeNumberField("min", min);
      json.writeNumberField("max", max);
    }
    json.writeStringField("currency", row.currency());
    json.writeStringField("period", "year");
    json.writeEndObject();
  }

  private static long round(double value, long unit) {
    return Math.round(value / unit) * unit;
  }

  private static String slug(String company) {
    return company.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "");
  }

  /** "Data Scientists" reads "Data Scientist". */
  static String singular(String title) {
    if (title.endsWith("ies")) {
      return title.substring(0, title.length() - 3) + "y";
    }
    if (title.endsWith("s") && !title.endsWith("ss")) {
      return title.substring(0, title.length() - 1);
    }
    return title;
  }

  /** SplitMix64's finalizer: neighbouring indexes get unrelated seeds. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * Maps a survey job title to an O*NET occupation: an exact match of a title, alternate or
   * reported title, else the title sharing the most words (Jaccard), else Data Scientists. The
   * survey is of data and AI jobs, so among equals a Computer and Mathematical occupation (15-)
   * wins, then the first in file order.
   */
  static final class TitleMatcher {
    private final Map<String, Occupation> exact = new LinkedHashMap<>();
    private final List<String[]> entryWords = new ArrayList<>();
    private final List<Occupation> entryOccupation = new ArrayList<>();
    private final Map<String, List<Integer>> entriesByWord = new HashMap<>();
    private final Occupation fallback;

    TitleMatcher(List<Occupation> occupations) {
      Occupation dataScientists = null;
      for (Occupation o : occupations) {
        if (o.code().equals("15-2051.00")) {
          dataScientists = o;
        }
        add(singular(o.title()), o);
        o.alternateTitles().forEach(t -> add(t, o));
        o.reportedTitles().forEach(t -> add(t, o));
      }
      this.fallback = dataScientists != null ? dataScientists : occupations.get(0);
    }

    private void add(String title, Occupation o) {
      String key = normalize(title);
      if (key.isEmpty()) {
        return;
      }
      Occupation known = exact.get(key);
      if (known == null || !isComputing(known) && isComputing(o)) {
        exact.put(key, o);
      }
      String[] words = key.split(" ");
      int index = entryWords.size();
      entryWords.add(words);
      entryOccupation.add(o);
      for (String w : new LinkedHashSet<>(Arrays.asList(words))) {
        entriesByWord.computeIfAbsent(w, k -> new ArrayList<>()).add(index);
      }
    }

    Occupation match(String surveyTitle) {
      String key = normalize(surveyTitle);
      Occupation hit = exact.get(key);
      if (hit != null) {
        return hit;
      }
      Set<String> words = new LinkedHashSet<>(Arrays.asList(key.split(" ")));
      double best = 0;
      int bestIndex = -1;
      Set<Integer> seen = new java.util.HashSet<>();
      for (String w : words) {
        for (int index : entriesByWord.getOrDefault(w, List.of())) {
          if (!seen.add(index)) {
            continue;
          }
          Set<String> other = new LinkedHashSet<>(Arrays.asList(entryWords.get(index)));
          long common = other.stream().filter(words::contains).count();
          double score =
              common / (double) (words.size() + other.size() - common)
                  + (isComputing(entryOccupation.get(index)) ? 0.1 : 0);
          if (score > best || score == best && index < bestIndex) {
            best = score;
            bestIndex = index;
          }
        }
      }
      return bestIndex < 0 ? fallback : entryOccupation.get(bestIndex);
    }

    private static boolean isComputing(Occupation o) {
      return o.code().startsWith("15-");
    }

    private static String normalize(String title) {
      return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
  }
}
