package careersearch.server.search;

import careersearch.schema.Analyzers;
import careersearch.schema.Fields;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns what a person typed into a Lucene query. Words are OR-ed across title, tags and body, so
 * documents that match most words rank first and a query never comes back empty just because no
 * document has every word. Only forgiving syntax is honoured ("quoted phrases", trailing prefix*,
 * -exclusion); everything else, such as stray quotes, brackets, AND or field:, is read as plain
 * words, and no input makes the parser fail.
 */
public final class QueryFactory {
  /** Field boosts: a word in the title says most about a document, one in the body least. */
  public static final Map<String, Float> FIELD_WEIGHTS =
      Map.of(Fields.TITLE, 3.0f, Fields.TAGS, 2.0f, Fields.BODY, 1.0f);

  private static final int FLAGS =
      SimpleQueryParser.PHRASE_OPERATOR
          | SimpleQueryParser.PREFIX_OPERATOR
          | SimpleQueryParser.NOT_OPERATOR
          | SimpleQueryParser.WHITESPACE_OPERATOR;

  private final Analyzer analyzer = Analyzers.text();

  /** The query for a text; an empty text matches every document (browse). */
  public Query parse(String text) {
    if (text == null || text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, FIELD_WEIGHTS, FLAGS);
    Query query = parser.parse(text);
    // a text of only stop words or punctuation analyzes to nothing: it matches nothing
    return query == null ? new MatchNoDocsQuery("no searchable words") : query;
  }
}
