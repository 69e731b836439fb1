package careersearch.server.lucene;

import careersearch.schema.FacetDim;
import careersearch.schema.Fields;
import careersearch.server.api.BadRequestException;
import careersearch.server.query.Interpretation;
import careersearch.server.query.QueryInterpreter;
import careersearch.server.query.QueryVocabulary;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The {@code -x} clauses of a query, taken out before anything else reads it: the rest is searched
 * and interpreted as usual, and the documents matching any excluded clause (its words, or the value
 * it names, such as remote) are then removed from the hits, from the total and from every facet
 * count. The parser's own NOT would read {@code a -b} as "a OR everything but b".
 *
 * @param positive the query with each exclusion blanked out (same length, so offsets still hold)
 * @param excluded each excluded clause as typed without its {@code -}: a word, a prefix* or a
 *     "quoted phrase"
 */
public record Exclusions(String positive, List<String> excluded) {
  /** Most exclusions in one query: each is a clause every hit is checked against. */
  public static final int MAX_EXCLUSIONS = 16;

  /** Splits q like {@link SolrQueryText#units}: a unit that starts with {@code -} is excluded. */
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

  /** The documents to remove: any excluded clause's words, or the value it names. */
  Query query(Analyzer analyzer, QueryVocabulary vocabulary) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String clause : excluded) {
      Query words = QueryFactory.words(clause, analyzer);
      if (!(words instanceof MatchNoDocsQuery)) {
        any.add(words, Occur.SHOULD);
      }
      for (Interpretation value : values(clause, vocabulary)) {
        any.add(
            value.dimension().equals("tool")
                ? new TermQuery(new Term(Fields.ID, value.value()))
                : ValuesOrQuery.has(value.dimension(), value.value()),
            Occur.SHOULD);
      }
    }
    return any.build();
  }

  /** The text query without the excluded documents, in each of its forms. */
  TextQuery apply(TextQuery text, Query excludedDocs) {
    if (isEmpty()) {
      return text;
    }
    TextQuery broader = text.broader() == null ? null : apply(text.broader(), excludedDocs);
    return new TextQuery(
        minus(text.ranked(), excludedDocs),
        minus(text.matching(), excludedDocs),
        text.rankedMatchesMore(),
        broader);
  }

  private static Query minus(Query query, Query excludedDocs) {
    return new BooleanQuery.Builder()
        .add(query, query instanceof MatchAllDocsQuery ? Occur.FILTER : Occur.MUST)
        .add(excludedDocs, Occur.MUST_NOT)
        .build();
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
