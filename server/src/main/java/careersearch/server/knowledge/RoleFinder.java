package careersearch.server.knowledge;

import careersearch.indexer.model.Occupation;
import careersearch.places.NearWords;
import careersearch.schema.TitleKey;
import careersearch.server.knowledge.OccupationMatcher.Match;
import careersearch.server.lucene.CareerSearcher;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the role a comparison side names, or titles close to it when none matches: the article's
 * roles, O*NET occupations (by code or title) and salary report titles.
 */
final class RoleFinder {
  static final int MAX_SUGGESTIONS = 5;

  /** Words of an unknown role that suggestions are looked up for. */
  private static final int MAX_SUGGESTION_WORDS = 8;

  private static final Pattern CODE = Pattern.compile("(?:occupation:)?(\\d{2}-\\d{4}\\.\\d{2})");

  private RoleFinder() {}

  /** A resolved role: where its content comes from. */
  record Role(
      String query,
      String name,
      String source,
      String articleRole,
      Occupation occupation,
      Match match,
      String why) {}

  /** The role a query names: an article role, an O*NET code or title, or a salary report title. */
  static Optional<Role> resolve(KnowledgeBase kb, String query) {
    String q = query.strip();
    String key = TitleKey.of(q);
    for (String role : kb.article().roles()) {
      if (TitleKey.of(role).equals(key)) {
        Match m = kb.occupations().matcher().match(role).orElse(null);
        return Optional.of(
            new Role(
                q,
                role,
                "article",
                role,
                m == null ? null : kb.occupations().byCode(m.code()).orElse(null),
                m,
                "a role the seed article describes"));
      }
    }
    var code = CODE.matcher(q);
    if (code.matches() && kb.occupations().byCode(code.group(1)).isPresent()) {
      Occupation occ = kb.occupations().byCode(code.group(1)).orElse(null);
      return Optional.of(
          new Role(q, occ.title(), "onet", null, occ, null, "O*NET occupation " + occ.code()));
    }
    if (!key.isEmpty() && kb.occupations().matcher().isTitle(q)) {
      Match m = kb.occupations().matcher().match(q).orElseThrow();
      Occupation occ = kb.occupations().byCode(m.code()).orElse(null);
      return Optional.of(new Role(q, q, "onet", null, occ, m, m.why()));
    }
    if (!key.isEmpty() && kb.reports().hasTitle(key)) {
      Match m = kb.occupations().matcher().match(q).orElse(null);
      Occupation occ = m == null ? null : kb.occupations().byCode(m.code()).orElse(null);
      return Optional.of(
          new Role(
              q,
              q,
              "salary_reports",
              null,
              occ,
              m,
              "a title of "
                  + kb.reports().reports(key)
                  + " salary reports"
                  + (m == null ? "; no O*NET occupation lists it" : "; " + m.why())));
    }
    return Optional.empty();
  }

  /** Why no role matched, with close titles when there are. */
  static String notFound(CareerSearcher searcher, KnowledgeBase kb, String param, String query)
      throws IOException {
    List<String> close = suggestions(searcher, kb, query);
    return "no role matches "
        + param
        + "='"
        + query.strip()
        + "'"
        + (close.isEmpty() ? "" : " (close titles: " + String.join(", ", close) + ")");
  }

  /**
   * Titles close to a query: the article's roles, O*NET titles and salary report titles, scored by
   * how many of the query's words they have (a word one or two typos off counts 0.8), over the
   * longer of the two word counts; then titles with more salary reports, then shorter ones.
   */
  static List<String> suggestions(CareerSearcher searcher, KnowledgeBase kb, String query)
      throws IOException {
    List<String> words =
        TitleKey.words(query).stream().distinct().limit(MAX_SUGGESTION_WORDS).toList();
    if (words.isEmpty()) {
      return List.of();
    }
    Map<String, String> candidates = new LinkedHashMap<>();
    kb.article().roles().forEach(r -> candidates.putIfAbsent(TitleKey.of(r), r));
    for (Occupation o : kb.occupations().all()) {
      for (String t : o.allTitles()) {
        candidates.putIfAbsent(TitleKey.of(t), t);
      }
    }
    kb.reports().titleKeys().forEach(k -> candidates.putIfAbsent(k, null));
    record Scored(String key, double score) {}
    List<NearWords> near = words.stream().map(NearWords::new).toList();
    List<Scored> scored = new ArrayList<>();
    for (String key : candidates.keySet()) {
      if (key.isEmpty()) {
        continue;
      }
      List<String> cw = List.of(key.split(" "));
      double s = 0;
      for (NearWords w : near) {
        double best = 0;
        for (String c : cw) {
          best = Math.max(best, c.equals(w.word()) ? 1 : w.matches(c) ? 0.8 : 0);
        }
        s += best;
      }
      if (s > 0) {
        scored.add(new Scored(key, s / Math.max(words.size(), cw.size())));
      }
    }
    List<String> out = new ArrayList<>();
    for (Scored s :
        scored.stream()
            .sorted(
                Comparator.comparing((Scored x) -> -x.score())
                    .thenComparing(x -> -kb.reports().reports(x.key()))
                    .thenComparing(x -> x.key().length())
                    .thenComparing(Scored::key))
            .limit(MAX_SUGGESTIONS)
            .toList()) {
      String display = candidates.get(s.key());
      out.add(display != null ? display : SalaryMarket.reportTitle(searcher, s.key()));
    }
    return out;
  }
}
