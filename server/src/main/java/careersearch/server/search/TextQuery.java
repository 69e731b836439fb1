package careersearch.server.search;

import java.util.List;
import org.apache.lucene.search.Query;

/**
 * A text query in the parts that searching uses separately.
 *
 * @param ranked the whole query: what the hits are ranked by and snippets mark
 * @param matching the same matches without the clauses that only rank (phrase boosts), for the
 *     unscored pass that counts every match
 * @param topic the clauses about the topic (words, phrase and tool boosts), or null when {@code
 *     attributes} is empty
 * @param attributes the clauses of recognized attributes (senior, remote, a salary range), each a
 *     boost with a known ceiling
 */
record TextQuery(Query ranked, Query matching, Query topic, List<Query> attributes) {
  /** A query that is all topic: nothing to split. */
  static TextQuery of(Query query) {
    return new TextQuery(query, query, null, List.of());
  }
}
