package careersearch.bench;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed workload of issue 9, as query strings of {@code GET /api/search}; keep it unchanged so
 * figures compare over time. Every query asks for the top 10; the server always computes every
 * facet.
 */
final class Workload {
  private Workload() {}

  /** One query of the workload. */
  record Query(String name, String what, String queryString) {
    String path() {
      return "/api/search?" + queryString;
    }

    /** The parameters as an HTTP layer would give them to the service. */
    Map<String, List<String>> params() {
      Map<String, List<String>> params = new LinkedHashMap<>();
      for (String pair : queryString.split("&")) {
        int eq = pair.indexOf('=');
        String key = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
        String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        params.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
      }
      return params;
    }
  }

  static final List<Query> QUERIES =
      List.of(
          new Query("Q1", "broad keyword, with snippets", "q=data+scientist&size=10"),
          new Query("Q2", "three words, OR-ed", "q=PyTorch+remote+senior&size=10"),
          new Query("Q3", "browse a salary band", "type=job&salary_band=100k-150k&size=10"),
          new Query(
              "Q4",
              "keyword + multi-select seniority",
              "q=engineer&seniority=senior&seniority=mid&size=10"),
          new Query(
              "Q5",
              "two filters, sort by salary",
              "q=machine+learning&remote=remote&employment=full_time&sort=salary_desc&size=10"),
          new Query("SEL", "selective (about 0.1% of postings)", "q=Haskell&size=10"),
          new Query("DEEP", "deep page (hits 4,991-5,000)", "q=engineer&page=500&size=10"));

  /**
   * Q1, Q2, Q4 and Q5 with {@code type=job} (Q3 asks it already): a job seeker's search, where the
   * type filter joins the recognized values (issue 24).
   */
  static final List<Query> JOB_VARIANTS =
      QUERIES.stream()
          .filter(q -> List.of("Q1", "Q2", "Q4", "Q5").contains(q.name()))
          .map(
              q ->
                  new Query(
                      q.name() + "-job", q.what() + ", type=job", q.queryString() + "&type=job"))
          .toList();

  /**
   * A radius search (issue 19: p50 at most 15 ms over HTTP at 1M): the postings within 50 km of
   * Seattle that have the word, alone and with {@code type=job}.
   */
  static final List<Query> RADIUS =
      List.of(
          new Query("RAD", "radius 50 km", "q=engineer&near=Seattle%2C+WA&within_km=50&size=10"),
          new Query(
              "RAD-job",
              "radius 50 km, type=job",
              "q=engineer&near=Seattle%2C+WA&within_km=50&type=job&size=10"));

  /** Questions in sentences: the hybrid workload where the meaning has a weight (issue 20). */
  static final List<Query> SENTENCES =
      List.of(
          new Query(
              "S1",
              "a question, fused by meaning",
              "q=how+do+i+become+a+machine+learning+engineer"),
          new Query(
              "S2",
              "a question with a filter",
              "q=which+companies+hire+data+scientists+for+remote+work&remote=remote"));

  /**
   * Q1-Q5 and the questions S1-S2 by words only ({@code mode=lexical}): beside the default hybrid
   * Q1-Q5 in the same run, what the semantic side costs (issue 20: hybrid p50 at most 1.5x
   * lexical).
   */
  static final List<Query> LEXICAL_VARIANTS =
      java.util.stream.Stream.concat(QUERIES.stream(), SENTENCES.stream())
          .filter(q -> List.of("Q1", "Q2", "Q3", "Q4", "Q5", "S1", "S2").contains(q.name()))
          .map(
              q ->
                  new Query(
                      q.name() + "-lexical",
                      q.what() + ", mode=lexical",
                      q.queryString() + "&mode=lexical"))
          .toList();

  /** The mixed workload rotates over these. */
  static final List<Query> MIX = QUERIES;

  /** Suggestions as you type: these searches typed one character at a time. */
  static final List<String> TYPED =
      List.of("data scientist", "pytorch", "machine learning engineer", "kubernetes", "remote");

  /** Every prefix of 2+ characters of {@link #TYPED}, in typing order. */
  static List<String> typedPrefixes() {
    List<String> prefixes = new ArrayList<>();
    for (String text : TYPED) {
      for (int i = 2; i <= text.length(); i++) {
        prefixes.add(text.substring(0, i));
      }
    }
    return prefixes;
  }

  /** {@code GET /api/suggest} paths of {@link #typedPrefixes()}. */
  static List<String> suggestPaths() {
    return typedPrefixes().stream()
        .map(p -> "/api/suggest?q=" + URLEncoder.encode(p, StandardCharsets.UTF_8))
        .toList();
  }

  static final String SUGGEST_WHAT = "suggestions as you type (" + TYPED.size() + " searches)";
}
