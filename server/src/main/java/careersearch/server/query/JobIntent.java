package careersearch.server.query;

import careersearch.schema.DocType;
import careersearch.schema.FacetDim;
import careersearch.server.api.SearchRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a query asks for job postings: it says "jobs", filters by {@code type=job}, or states a
 * job constraint (a place, remote, seniority, employment, a salary, a company). Such a query ranks
 * postings by how many of its parts they meet; knowledge questions ("machine learning engineer
 * skills", "PyTorch") keep the ranking by words.
 */
public final class JobIntent {
  /** Chips that only a posting can meet. */
  public static final Set<String> CONSTRAINTS = constraints();

  private static Set<String> constraints() {
    Set<String> constraints =
        new java.util.HashSet<>(Set.of("seniority", "remote", "employment", "company", "salary"));
    constraints.addAll(PlaceVocabulary.DIMENSIONS);
    return Set.copyOf(constraints);
  }

  private JobIntent() {}

  /** The last word of a role: "big data engineer", "python developer". */
  static final Set<String> ROLE_WORDS =
      Set.of(
          "engineer",
          "engineers",
          "developer",
          "developers",
          "scientist",
          "scientists",
          "analyst",
          "analysts",
          "architect",
          "architects",
          "manager",
          "managers",
          "designer",
          "consultant",
          "specialist",
          "administrator",
          "researcher",
          "programmer",
          "intern");

  /**
   * Role words that name much the same job: a "python developer" search wants the Python engineers
   * too. Each maps to the others.
   */
  public static final Map<String, List<String>> KINDRED_ROLES =
      Map.of(
          "developer", List.of("engineer", "programmer"),
          "engineer", List.of("developer", "programmer"),
          "programmer", List.of("developer", "engineer"));

  /** The role words kindred to a typed word ("developers" too), or none. */
  public static List<String> kindred(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    return KINDRED_ROLES.getOrDefault(
        KINDRED_ROLES.containsKey(w) || !w.endsWith("s") ? w : w.substring(0, w.length() - 1),
        List.of());
  }

  public static boolean of(SearchRequest request, List<Interpretation> interpreted) {
    return saysJobs(request, interpreted)
        || request.near() != null
        || interpreted.stream().anyMatch(i -> CONSTRAINTS.contains(i.dimension()))
        || (namesRole(request.q(), interpreted)
            && interpreted.stream().anyMatch(i -> i.dimension().equals("tool")));
  }

  /** The query's own words end in a role ("spark big data engineer"), not in "skills". */
  static boolean namesRole(String q, List<Interpretation> interpreted) {
    String[] words = QueryInterpreter.without(q, interpreted).toLowerCase().split("\\s+");
    return ROLE_WORDS.contains(words[words.length - 1]);
  }

  /** The query says "jobs", or the request filters to postings: no knowledge in the hits. */
  public static boolean saysJobs(SearchRequest request, List<Interpretation> interpreted) {
    List<String> types = request.filter(FacetDim.TYPE);
    return (types.size() == 1 && types.get(0).equals(DocType.JOB.key()))
        || interpreted.stream().anyMatch(i -> i.dimension().equals("type"));
  }
}
