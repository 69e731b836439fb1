package careersearch.server.knowledge;

import careersearch.schema.TitleKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the O*NET occupation of a job title through the titles O*NET lists for each occupation: its
 * own title, its alternate titles and its sample of reported titles, compared as {@link TitleKey}s
 * (so plurals and case do not matter).
 *
 * <p>Tried in order, the first step with a match decides:
 *
 * <ol>
 *   <li>{@code exact}: the whole title is an O*NET title ("Data Engineer");
 *   <li>{@code core}: the title without level words and without what follows a comma, dash or
 *       bracket is one ("Senior Data Scientist" -&gt; "Data Scientist"; "Software Development
 *       Engineer Intern, Student Veteran Opportunity" -&gt; "Software Development Engineer");
 *   <li>{@code contained}: the longest run of its words that is one ("Asst/Assoc Professor of
 *       Applied Mathematics" contains "Professor"). When several occupations list that title, only
 *       those whose titles share some of the other words of the job title qualify ("Mathematics
 *       Professor"), so "AI Engineer" is not made an electronics engineer by "Engineer" alone.
 * </ol>
 *
 * When several occupations list the matched title, the one listing it as its own title wins, then
 * as a reported title (people in the job gave it), then the one whose titles are most like the
 * whole job title: for each word and word pair of the job title, the share of the occupation's
 * titles that contain it, weighted by how rare it is among occupations (idf). Last, the lower code.
 */
final class OccupationMatcher {
  /** How an occupation lists a title, strongest first. */
  enum Kind {
    TITLE("title"),
    REPORTED("reported title"),
    ALTERNATE("alternate title");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  /** Which step matched. */
  enum How {
    EXACT,
    CORE,
    CONTAINED
  }

  /** Words that say the level, not the job; dropped from the front or end of a core title. */
  private static final Set<String> LEADING_LEVEL =
      Set.of(
          "senior",
          "sr",
          "junior",
          "jr",
          "lead",
          "principal",
          "staff",
          "entry",
          "entry level",
          "mid",
          "mid level",
          "level");

  private static final Set<String> TRAILING_LEVEL =
      Set.of("intern", "internship", "trainee", "i", "ii", "iii", "iv", "1", "2", "3");

  /**
   * The evidence of a match: the occupation, the O*NET title that matched and how it is listed.
   *
   * @param others how many other occupations list the same title
   * @param byKind whether the way it is listed (not title similarity) set it apart from the others
   */
  record Match(
      String code,
      String occupationTitle,
      String query,
      String matchedTitle,
      Set<Kind> kinds,
      How how,
      int others,
      boolean byKind) {

    /** The strongest way the occupation lists the title. */
    Kind kind() {
      return kinds.iterator().next();
    }

    /** The evidence in words. */
    String why() {
      String listed =
          kinds.stream().map(k -> k.label).reduce((a, b) -> a + " and " + b).orElse("title");
      String subject =
          switch (how) {
            case EXACT -> "\"" + query + "\" is";
            case CORE ->
                "\"" + query + "\" without level words and qualifiers is \"" + matchedTitle + "\",";
            case CONTAINED -> "\"" + query + "\" contains \"" + matchedTitle + "\",";
          };
      String tie =
          others == 0
              ? ""
              : "; "
                  + others
                  + (others == 1 ? " other occupation lists" : " other occupations list")
                  + " it too; chosen "
                  + (byKind
                      ? "because it lists it as " + kind().label
                      : "as the one whose titles are most like it");
      return subject + " the O*NET " + listed + " of " + occupationTitle + tie;
    }
  }

  /** One occupation listing one title key. */
  private static final class Entry {
    final String code;
    final String title;
    final EnumSet<Kind> kinds = EnumSet.noneOf(Kind.class);

    Entry(String code, String title) {
      this.code = code;
      this.title = title;
    }
  }

  private final Map<String, Map<String, Entry>> byKey = new HashMap<>();
  private final Map<String, String> titleByCode = new HashMap<>();
  private final Map<String, Map<String, Integer>> gramTitles = new HashMap<>();
  private final Map<String, Integer> titleCounts = new HashMap<>();
  private final Map<String, Integer> gramOccupations = new HashMap<>();
  private int occupations;

  /** Adds an occupation with its O*NET titles. */
  void add(String code, String title, List<String> alternate, List<String> reported) {
    occupations++;
    titleByCode.put(code, title);
    Map<String, Integer> grams = new HashMap<>();
    int count = 0;
    for (Kind kind : Kind.values()) {
      List<String> titles =
          switch (kind) {
            case TITLE -> List.of(title);
            case REPORTED -> reported;
            case ALTERNATE -> alternate;
          };
      for (String t : titles) {
        List<String> words = TitleKey.words(t);
        count++;
        grams(words).forEach(g -> grams.merge(g, 1, Integer::sum));
        if (!words.isEmpty()) {
          byKey
              .computeIfAbsent(String.join(" ", words), k -> new LinkedHashMap<>())
              .computeIfAbsent(code, c -> new Entry(c, t))
              .kinds
              .add(kind);
        }
      }
    }
    gramTitles.put(code, grams);
    titleCounts.put(code, count);
    grams.keySet().forEach(g -> gramOccupations.merge(g, 1, Integer::sum));
  }

  /** True when some occupation lists exactly this title. */
  boolean isTitle(String title) {
    return byKey.containsKey(TitleKey.of(title));
  }

  /** The O*NET titles equal to this one (any occupation), for display. */
  Optional<String> displayTitle(String key) {
    return Optional.ofNullable(byKey.get(key))
        .flatMap(m -> m.values().stream().findFirst())
        .map(e -> e.title);
  }

  /** The occupation of a title, or empty when no O*NET title is in it. */
  Optional<Match> match(String title) {
    if (title == null || title.isBlank()) {
      return Optional.empty();
    }
    List<String> all = withoutLevelWords(TitleKey.words(title));
    Set<String> queryGrams = grams(all);
    String full = TitleKey.of(title);
    Optional<Match> exact = best(full, title, How.EXACT, queryGrams);
    if (exact.isPresent()) {
      return exact;
    }
    String core = coreKey(title);
    if (!core.equals(full)) {
      Optional<Match> coreMatch = best(core, title, How.CORE, queryGrams);
      if (coreMatch.isPresent()) {
        return coreMatch;
      }
    }
    for (int n = all.size(); n >= 1; n--) {
      Match bestOfLength = null;
      for (int i = 0; i + n <= all.size(); i++) {
        String key = String.join(" ", all.subList(i, i + n));
        // the words around the contained title are the evidence between occupations listing it
        Set<String> around = new HashSet<>(queryGrams);
        around.removeAll(grams(all.subList(i, i + n)));
        Optional<Match> m = best(key, title, How.CONTAINED, around);
        if (m.isPresent()
            && (bestOfLength == null || rank(queryGrams).compare(m.get(), bestOfLength) < 0)) {
          bestOfLength = m.get();
        }
      }
      if (bestOfLength != null) {
        return Optional.of(bestOfLength);
      }
    }
    return Optional.empty();
  }

  /**
   * The title that carries the job, as written: up to the first comma, dash, bracket, bar or colon,
   * without level words in front ("Senior") or behind ("Intern", "II"). "Senior Data Scientist"
   * -&gt; "Data Scientist".
   */
  static String coreTitle(String title) {
    String head = title.split(",| - | – | — |\\(|\\||:", 2)[0];
    List<String> words = new ArrayList<>(List.of(head.strip().split("\\s+")));
    while (words.size() > 1 && LEADING_LEVEL.contains(TitleKey.of(words.get(0)))) {
      words.remove(0);
    }
    while (words.size() > 1 && TRAILING_LEVEL.contains(TitleKey.of(words.get(words.size() - 1)))) {
      words.remove(words.size() - 1);
    }
    return String.join(" ", words);
  }

  /** The {@link TitleKey} of the {@link #coreTitle}. */
  static String coreKey(String title) {
    return TitleKey.of(coreTitle(title));
  }

  private static List<String> withoutLevelWords(List<String> words) {
    List<String> kept =
        words.stream()
            .filter(w -> !LEADING_LEVEL.contains(w) && !TRAILING_LEVEL.contains(w))
            .toList();
    return kept.isEmpty() ? words : kept;
  }

  private Optional<Match> best(String key, String query, How how, Set<String> queryGrams) {
    Map<String, Entry> entries = byKey.get(key);
    if (entries == null || entries.isEmpty()) {
      return Optional.empty();
    }
    int others = entries.size() - 1;
    List<Match> ranked =
        entries.values().stream()
            .map(
                e ->
                    new Match(
                        e.code,
                        titleByCode.get(e.code),
                        query.strip(),
                        e.title,
                        EnumSet.copyOf(e.kinds),
                        how,
                        others,
                        false))
            .sorted(rank(queryGrams))
            .toList();
    if (how == How.CONTAINED && others > 0) {
      // a common title inside a longer one ("Engineer" in "AI Engineer") says nothing by itself:
      // only occupations whose titles share some of the other words qualify
      ranked = ranked.stream().filter(m -> similarity(m.code(), queryGrams) > 0).toList();
      if (ranked.isEmpty()) {
        return Optional.empty();
      }
    }
    Match first = ranked.get(0);
    boolean byKind = ranked.size() > 1 && first.kind().compareTo(ranked.get(1).kind()) < 0;
    return Optional.of(
        new Match(
            first.code(),
            first.occupationTitle(),
            first.query(),
            first.matchedTitle(),
            first.kinds(),
            how,
            others,
            byKind));
  }

  /** Best first: more words matched, stronger kind, more similar titles, lower code. */
  private Comparator<Match> rank(Set<String> queryGrams) {
    return Comparator.comparing((Match m) -> -TitleKey.words(m.matchedTitle()).size())
        .thenComparing(Match::kind)
        .thenComparing(m -> -similarity(m.code(), queryGrams))
        .thenComparing(Match::code);
  }

  /** Sum over the query's words and word pairs of idf x share of the occupation's titles. */
  double similarity(String code, Set<String> queryGrams) {
    Map<String, Integer> grams = gramTitles.getOrDefault(code, Map.of());
    int titles = Math.max(1, titleCounts.getOrDefault(code, 1));
    double score = 0;
    for (String g : queryGrams) {
      int inTitles = grams.getOrDefault(g, 0);
      if (inTitles > 0) {
        double idf = Math.log((double) occupations / (1 + gramOccupations.getOrDefault(g, 0)));
        score += idf * inTitles / titles;
      }
    }
    return score;
  }

  /** Words and adjacent word pairs. */
  private static Set<String> grams(List<String> words) {
    Set<String> grams = new HashSet<>(words);
    for (int i = 0; i + 1 < words.size(); i++) {
      grams.add(words.get(i) + " " + words.get(i + 1));
    }
    return grams;
  }
}
