package careersearch.server.eval;

import java.util.List;
import java.util.Map;

/**
 * A judged job-intent query: what to search, what a relevant posting must be, the graded
 * hand-written postings, and the knowledge document that must stay in the top 3 (or null).
 */
public record JobQuery(
    String id,
    String category,
    String query,
    Map<String, List<String>> params,
    JobConstraints constraints,
    String knowledgeTop3,
    Map<String, Integer> grades) {}
