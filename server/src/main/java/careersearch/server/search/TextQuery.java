package careersearch.server.search;

import org.apache.lucene.search.Query;

/**
 * A text query in the two forms that searching uses.
 *
 * @param ranked the whole query: what the hits are ranked by and snippets mark
 * @param matching the same matches without the clauses that only rank (phrase boosts), for the
 *     unscored pass that counts every match
 */
record TextQuery(Query ranked, Query matching) {
  /** A query without ranking-only clauses. */
  static TextQuery of(Query query) {
    return new TextQuery(query, query);
  }
}
