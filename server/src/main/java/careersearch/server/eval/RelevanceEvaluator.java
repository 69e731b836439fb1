package careersearch.server.eval;

import careersearch.server.api.NotFoundException;
import careersearch.server.api.SearchRequestParser;
import careersearch.server.api.SearchResponse;
import careersearch.server.lucene.SearchService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs each judged query through {@link SearchService#search} exactly as the HTTP API would (the
 * parameters go through {@link SearchRequestParser}) and scores the ranking it returns.
 */
public final class RelevanceEvaluator {
  /** Cut-off of nDCG. */
  public static final int NDCG_DEPTH = 10;

  /** Depth of the evaluated ranking: recall and the reciprocal rank look at this many hits. */
  public static final int RANKING_DEPTH = 20;

  /**
   * Hits fetched per query: a few more than {@link #RANKING_DEPTH}, so that documents tied on score
   * at the cut-off are seen. Ties are put in id order, which keeps the figures independent of
   * Lucene's internal document numbers (and so of segment merges). When the tie runs past this
   * depth the query is fetched again with {@link SearchRequestParser#MAX_SIZE} hits (snippets make
   * deep pages slow, so not always).
   */
  static final int FETCH_DEPTH = RANKING_DEPTH + 10;

  private final SearchService service;

  public RelevanceEvaluator(SearchService service) {
    this.service = service;
  }

  /** Evaluates every query; also lists judged documents the index does not have. */
  public Report evaluate(List<JudgedQuery> queries) {
    List<QueryResult> results = new ArrayList<>(queries.size());
    for (JudgedQuery query : queries) {
      List<Hit> hits = hits(query);
      List<String> ranking = hits.stream().map(Hit::id).toList();
      results.add(
          new QueryResult(
              query,
              hits,
              RelevanceMetrics.ndcg(ranking, query.judgments(), NDCG_DEPTH),
              RelevanceMetrics.reciprocalRank(
                  ranking, query.judgments(), RelevanceMetrics.MRR_MIN_GRADE),
              RelevanceMetrics.recall(
                  ranking, query.judgments(), RANKING_DEPTH, RelevanceMetrics.RECALL_MIN_GRADE)));
    }
    return new Report(results, missingDocuments(queries));
  }

  /** The first {@link #RANKING_DEPTH} hits of a query, best first. */
  List<Hit> hits(JudgedQuery query) {
    List<Map<String, Object>> hits = search(query, FETCH_DEPTH);
    if (hits.size() == FETCH_DEPTH
        && Objects.equals(
            hits.get(RANKING_DEPTH - 1).get("score"), hits.get(FETCH_DEPTH - 1).get("score"))) {
      hits = search(query, SearchRequestParser.MAX_SIZE);
    }
    return rankingOf(hits, RANKING_DEPTH);
  }

  private List<Map<String, Object>> search(JudgedQuery query, int size) {
    Map<String, List<String>> params = new LinkedHashMap<>(query.params());
    params.put("q", List.of(query.text()));
    params.put("size", List.of(Integer.toString(size)));
    SearchResponse response = service.search(SearchRequestParser.parse(params));
    return response.hits();
  }

  /**
   * Hits in the service's order, except that hits with equal scores are put in id order; cut to
   * {@code depth}.
   */
  static List<Hit> rankingOf(List<Map<String, Object>> hits, int depth) {
    List<Map<String, Object>> ordered = new ArrayList<>(hits);
    boolean scored = hits.stream().allMatch(h -> h.get("score") instanceof Number);
    if (scored) {
      // stable sort: only hits with the very same score change places
      ordered.sort(
          Comparator.comparing((Map<String, Object> h) -> ((Number) h.get("score")).floatValue())
              .reversed()
              .thenComparing(h -> String.valueOf(h.get("id"))));
    }
    return ordered.stream()
        .limit(depth)
        .map(
            h ->
                new Hit(
                    String.valueOf(h.get("id")),
                    String.valueOf(h.get("title")),
                    h.get("score") instanceof Number n ? n.floatValue() : Float.NaN))
        .toList();
  }

  private List<String> missingDocuments(List<JudgedQuery> queries) {
    Set<String> judged = new LinkedHashSet<>();
    queries.forEach(q -> judged.addAll(q.judgments().keySet()));
    List<String> missing = new ArrayList<>();
    for (String id : judged) {
      try {
        service.document(id);
      } catch (NotFoundException e) {
        missing.add(id);
      }
    }
    return missing;
  }

  /** One hit of a ranking. */
  public record Hit(String id, String title, float score) {}

  /** The figures of one query and the ranking they come from. */
  public record QueryResult(
      JudgedQuery query, List<Hit> hits, double ndcg10, double reciprocalRank, double recall20) {
    /** The ids of the hits, best first. */
    public List<String> ranking() {
      return hits.stream().map(Hit::id).toList();
    }
  }

  /** Mean figures over a group of queries. */
  public record Summary(int queries, double ndcg10, double mrr, double recall20) {
    static Summary of(List<QueryResult> results) {
      return new Summary(
          results.size(),
          RelevanceMetrics.mean(results.stream().map(QueryResult::ndcg10).toList()),
          RelevanceMetrics.mean(results.stream().map(QueryResult::reciprocalRank).toList()),
          RelevanceMetrics.mean(results.stream().map(QueryResult::recall20).toList()));
    }
  }

  /**
   * The result of an evaluation.
   *
   * @param missingDocuments judged document ids the index does not hold (stale judgments)
   */
  public record Report(List<QueryResult> results, List<String> missingDocuments) {
    public Summary overall() {
      return Summary.of(results);
    }

    /** Mean figures over the queries of every category but {@code category}. */
    public Summary overallExcept(String category) {
      return Summary.of(
          results.stream().filter(r -> !r.query().category().equals(category)).toList());
    }

    /** Figures per category, in the order categories first appear. */
    public Map<String, Summary> byCategory() {
      Map<String, List<QueryResult>> groups =
          results.stream()
              .collect(
                  Collectors.groupingBy(
                      r -> r.query().category(), LinkedHashMap::new, Collectors.toList()));
      Map<String, Summary> summaries = new LinkedHashMap<>();
      groups.forEach((category, rs) -> summaries.put(category, Summary.of(rs)));
      return summaries;
    }

    /** Results by query id. */
    public Map<String, QueryResult> byId() {
      return results.stream()
          .collect(
              Collectors.toMap(
                  r -> r.query().id(), Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
  }
}
