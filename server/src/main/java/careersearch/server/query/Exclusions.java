package careersearch.server.query;

import careersearch.schema.FacetDim;
import careersearch.server.api.BadRequestException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code -x} clauses of a query, taken out before anything else reads it: the rest is searched
 * and interpreted as usual, and the documents matching any excluded clause (its words, or the value
 * it names, such as remote) are then removed from the hits, from the total and from every facet
 * count. The parser's own NOT would read {@code a -b} as "a OR everything but b". Each backend
 * turns the excluded clauses into its own query (the embedded one: {@code
 * lucene.ExclusionQueries}).
 *
 * @param positive the query with each exclusion blanked out (same length, so offsets still hold)
 * @param excluded each excluded clause as typed without its {@code -}: a word, a prefix* or a
 *     "quoted phrase"
 */
public record Exclusions(String positive, List<String> excluded) {
  /** Most exclusions in one query: each is a clause every hit is checked against. */
  public static final int MAX_EXCLUSIONS = 16;

  /** Splits q like the Solr backend's query text: a unit that starts with {@code -} is excluded. */
  public static Exclusions of(String q) {
    StringBuilder positive = new StringBuilder(q);
    List<String> excluded = new ArrayList<>();
    int i = 0;
    int n = q.length();
    while (i < n) {
      if (Character.isWhitespace(q.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && q.charAt(i) == '-') {
        i++;
      }
      boolean negated = i > start;
      if (i >= n) {
        break;
      }
      int end;
      if (q.charAt(i) == '"') {
        int close = q.indexOf('"', i + 1);
        end = close < 0 ? i + 1 : close + 1;
      } else {
        end = i;
        while (end < n && !Character.isWhitespace(q.charAt(end)) && q.charAt(end) != '"') {
          end++;
        }
      }
      if (negated) {
        String clause = q.substring(i, end);
        if (!clause.replace("\"", "").isBlank()) {
          excluded.add(clause);
        }
        for (int k = start; k < end; k++) {
          positive.setCharAt(k, ' ');
        }
      }
      i = end;
    }
    if (excluded.size() > MAX_EXCLUSIONS) {
      throw new BadRequestException(
          "q has " + excluded.size() + " exclusions (-word); at most " + MAX_EXCLUSIONS);
    }
    return new Exclusions(positive.toString(), List.copyOf(excluded));
  }

  public boolean isEmpty() {
    return excluded.isEmpty();
  }

  /** Whether nothing but exclusions was typed: the hits are every document minus them. */
  public boolean onlyExclusions() {
    return !isEmpty() && positive.isBlank();
  }

  /** The recognized values an excluded clause names (tools, seniority, remote, companies...). */
  public static List<Interpretation> values(String clause, QueryVocabulary vocabulary) {
    if (vocabulary == null) {
      return List.of();
    }
    String text = clause.replace("\"", " ").replaceAll("\\*+$", "");
    return QueryInterpreter.interpret(text, vocabulary).stream()
        .filter(i -> i.dimension().equals("tool") || FacetDim.fromParam(i.dimension()).isPresent())
        .toList();
  }
}
