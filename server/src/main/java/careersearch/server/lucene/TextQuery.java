package careersearch.server.lucene;

import org.apache.lucene.search.Query;

/**
 * A text query in the forms that searching uses.
 *
 * @param ranked the whole query: what the hits are ranked by and snippets mark
 * @param matching the hits: the documents that count, without the clauses that only rank (phrase
 *     boosts, an attribute's words as text), for the unscored pass that counts every hit
 * @param rankedMatchesMore whether {@code ranked} also matches documents that are not hits, so a
 *     ranked search must keep only those that match {@code matching} ({@link MatchesOnly})
 * @param broader the query to search instead when this one has no hit, or null: a query never comes
 *     back empty while some of its clauses match
 */
public record TextQuery(
    Query ranked, Query matching, boolean rankedMatchesMore, TextQuery broader) {
  /** A query without ranking-only clauses. */
  public static TextQuery of(Query query) {
    return new TextQuery(query, query, false, null);
  }

  /** A query whose ranking-only clauses match nothing that {@code matching} does not. */
  public static TextQuery of(Query ranked, Query matching) {
    return new TextQuery(ranked, matching, false, null);
  }
}
