package careersearch.server.lucene;

import careersearch.schema.Fields;
import careersearch.server.query.Exclusions;
import careersearch.server.query.Interpretation;
import careersearch.server.query.QueryVocabulary;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A query's {@link Exclusions} as Lucene queries: the documents to remove, and the text query
 * without them.
 */
final class ExclusionQueries {
  private ExclusionQueries() {}

  /** The documents to remove: any excluded clause's words, or the value it names. */
  static Query query(Exclusions exclusions, Analyzer analyzer, QueryVocabulary vocabulary) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String clause : exclusions.excluded()) {
      Query words = QueryFactory.words(clause, analyzer);
      if (!(words instanceof MatchNoDocsQuery)) {
        any.add(words, Occur.SHOULD);
      }
      for (Interpretation value : Exclusions.values(clause, vocabulary)) {
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
  static TextQuery apply(Exclusions exclusions, TextQuery text, Query excludedDocs) {
    if (exclusions.isEmpty()) {
      return text;
    }
    TextQuery broader =
        text.broader() == null ? null : apply(exclusions, text.broader(), excludedDocs);
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
}
