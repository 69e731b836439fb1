package careersearch.server.lucene;

import static careersearch.server.query.TextWeights.FACET_BOOST;
import static careersearch.server.query.TextWeights.FIELD_WEIGHTS;
import static careersearch.server.query.TextWeights.SALARY_BOOST;
import static careersearch.server.query.TextWeights.TOOL_BOOST;
import static careersearch.server.query.TextWeights.boundPrefixes;

import careersearch.schema.FacetDim;
import careersearch.schema.Fields;
import careersearch.server.query.Interpretation;
import careersearch.server.query.QueryInterpreter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what a person typed into a Lucene query. Words are OR-ed across title, tags and body, so
 * documents that match most words rank first and a query never comes back empty just because no
 * document has every word. Only forgiving syntax is honoured ("quoted phrases", trailing prefix*,
 * -exclusion); everything else, such as stray quotes, brackets, AND or field:, is read as plain
 * words, and no input makes the parser fail.
 */
public final class QueryFactory {
  /** Weight of an attribute's own words as text ("senior" in a title), next to its boost. */
  static final float ATTRIBUTE_TEXT_WEIGHT = 0.3f;

  /** Attributes whose words may also appear in text; "over 150k" and "jobs" never do. */
  private static final Set<String> WEAK_TEXT_DIMENSIONS =
      Set.of("seniority", "remote", "employment", "company", "country", "city", "region");

  /**
   * Most paths through a query's synonym graph for which the phrase boost is built (one set of
   * pairs per path): four words with multi-word synonyms ("ml" = "machine learning") make 16.
   */
  static final int MAX_PHRASE_PATHS = 16;

  /**
   * No NOT: {@code -x} is taken out first ({@link careersearch.server.query.Exclusions}); a {@code
   * -} left is a plain char.
   */
  private static final int FLAGS =
      SimpleQueryParser.PHRASE_OPERATOR
          | SimpleQueryParser.PREFIX_OPERATOR
          | SimpleQueryParser.WHITESPACE_OPERATOR;

  private QueryFactory() {}

  /** The words of a text; an empty text matches every document (browse). */
  public static Query words(String text, Analyzer analyzer) {
    if (text == null || text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    return parse(text, analyzer, FIELD_WEIGHTS);
  }

  /** The words of a text over some fields with their weights; stop words only match nothing. */
  static Query words(String text, Analyzer analyzer, Map<String, Float> fields) {
    return parse(text, analyzer, fields);
  }

  /** The text parsed over some fields with their weights. */
  private static Query parse(String text, Analyzer analyzer, Map<String, Float> fields) {
    Query query = new SimpleQueryParser(analyzer, fields, FLAGS).parse(boundPrefixes(text));
    // a text of only stop words or punctuation analyzes to nothing: it matches nothing
    return query == null ? new MatchNoDocsQuery("no searchable words") : query;
  }

  /**
   * The words of a text in titles and tags only: a recognized attribute's words as text ("senior"
   * in a title), a small lift that need not read the long body postings of such common words.
   */
  static Query titleAndTagWords(String text, Analyzer analyzer) {
    Map<String, Float> fields = new java.util.HashMap<>(FIELD_WEIGHTS);
    fields.remove(Fields.BODY);
    return parse(text, analyzer, fields);
  }

  /**
   * The query with the interpretations as score boosts. The topic words (everything but the
   * recognized attributes: senior, remote, a company, a salary) are searched as usual; an attribute
   * adds a boost for documents that have it, and its words count only weakly as title or tag text,
   * so "remote" prefers remote postings over the "Remote Sensing" occupations. Tools are topic
   * words and also lift the tool's own document. A document matches by its topic words or by having
   * an attribute: a knowledge document without a seniority still ranks on its words, a posting
   * without the topic words on its attributes. An attribute's words as text only rank what matches
   * anyway, unless nothing else matches ({@link TextQuery#broader()}).
   */
  static TextQuery boosted(String q, List<Interpretation> interpreted, Analyzer analyzer) {
    List<Interpretation> attributes =
        interpreted.stream().filter(i -> !i.dimension().equals("tool")).toList();
    String topic = QueryInterpreter.without(q, attributes);
    List<Query> topicClauses = new ArrayList<>();
    List<Query> phraseClauses = new ArrayList<>();
    List<Query> attributeClauses = new ArrayList<>();
    List<Query> attributeWords = new ArrayList<>();
    if (!topic.isBlank()) {
      topicClauses.add(words(topic, analyzer));
      phraseClauses.addAll(phraseBoosts(topic, analyzer));
    }
    // what else makes a hit: a recognized facet value, or a salary range
    List<ValuesOrQuery.Value> values = new ArrayList<>();
    List<Query> otherHits = new ArrayList<>(topicClauses);
    for (Interpretation i : interpreted) {
      Query boost = boostFor(i);
      if (boost == null) {
        continue;
      }
      if (i.dimension().equals("tool")) {
        topicClauses.add(boost);
        otherHits.add(boost);
        continue;
      }
      attributeClauses.add(boost);
      if (FacetDim.fromParam(i.dimension()).isPresent()) {
        values.add(new ValuesOrQuery.Value(i.dimension(), i.value()));
      } else {
        otherHits.add(boost);
      }
    }
    if (topicClauses.isEmpty() && attributeClauses.isEmpty()) {
      return TextQuery.of(words(q, analyzer));
    }
    for (Interpretation i : attributes) {
      if (WEAK_TEXT_DIMENSIONS.contains(i.dimension())) {
        attributeWords.add(
            new BoostQuery(titleAndTagWords(i.text(), analyzer), ATTRIBUTE_TEXT_WEIGHT));
      }
    }
    // a phrase boost's matches are matches of its words too: the hits' query leaves it out
    Query ranked = anyOf(topicClauses, phraseClauses, attributeClauses, attributeWords);
    Query hits =
        new ValuesOrQuery(values, otherHits.isEmpty() ? null : anyOf(otherHits)).simplest();
    if (attributeWords.isEmpty()) {
      return TextQuery.of(ranked, hits);
    }
    // the hits have a topic word or an attribute's value; the attribute's words as text only rank
    // them. Matching "senior" and "remote" as words too would add little, but counting would walk
    // their long postings. When nothing else matches, they may match ("Remote Sensing" for remote)
    TextQuery broader = TextQuery.of(ranked, anyOf(topicClauses, attributeClauses, attributeWords));
    return new TextQuery(ranked, hits, true, broader);
  }

  /** Documents that match any of the clauses, scored by the sum of those that match. */
  @SafeVarargs
  private static Query anyOf(List<Query>... clauseLists) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (List<Query> clauses : clauseLists) {
      clauses.forEach(clause -> any.add(clause, Occur.SHOULD));
    }
    return any.build();
  }

  /**
   * Strict mode's text query: the words that were not turned into filters, with each recognized
   * tool required.
   */
  static TextQuery strict(String freeText, List<Interpretation> tools, Analyzer analyzer) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    boolean any = false;
    if (!freeText.isBlank()) {
      query.add(words(freeText, analyzer), Occur.MUST);
      any = true;
    }
    for (Interpretation tool : tools) {
      SimpleQueryParser all = new SimpleQueryParser(analyzer, FIELD_WEIGHTS, FLAGS);
      all.setDefaultOperator(Occur.MUST);
      Query mustHaveTool = all.parse(tool.text());
      if (mustHaveTool != null) {
        query.add(mustHaveTool, Occur.MUST);
        any = true;
      }
    }
    return TextQuery.of(any ? query.build() : new MatchAllDocsQuery());
  }

  /**
   * The words as a phrase in a title or tag ("machine learning engineer" as an alternate title)
   * count for more than the same words scattered. A phrase is looked up as its pairs of adjacent
   * words ({@link Fields#TITLE_PAIRS}): all of them must be there, with synonyms one alternative
   * per path through the query's synonym graph.
   */
  static List<Query> phraseBoosts(String text, Analyzer analyzer) {
    List<List<Set<String>>> paths = PhrasePairs.of(text, analyzer, MAX_PHRASE_PATHS);
    if (paths.isEmpty()) {
      return List.of();
    }
    List<Query> boosts = new ArrayList<>();
    for (String field : List.of(Fields.TITLE_PAIRS, Fields.TAGS_PAIRS)) {
      BooleanQuery.Builder anyPath = new BooleanQuery.Builder();
      for (List<Set<String>> slots : paths) {
        BooleanQuery.Builder allSlots = new BooleanQuery.Builder();
        for (Set<String> slot : slots) {
          BooleanQuery.Builder anyPair = new BooleanQuery.Builder();
          slot.forEach(pair -> anyPair.add(new TermQuery(new Term(field, pair)), Occur.SHOULD));
          allSlots.add(anyPair.build(), Occur.MUST);
        }
        anyPath.add(allSlots.build(), Occur.SHOULD);
      }
      float weight =
          FIELD_WEIGHTS.get(field.equals(Fields.TITLE_PAIRS) ? Fields.TITLE : Fields.TAGS);
      boosts.add(new BoostQuery(anyPath.build(), weight));
    }
    return boosts;
  }

  /** The documents that have a recognized value (senior, remote, a place, a salary), unscored. */
  static Query constraint(Interpretation i) {
    return switch (i.dimension()) {
      case "salary" -> overlapping(i.salaryMin(), i.salaryMax());
      case "region", "metro" -> PlaceQueries.of(i.dimension(), i.value());
      default ->
          FacetDim.fromParam(i.dimension())
              .map(dim -> (Query) ValuesOrQuery.has(dim.param(), i.value()))
              .orElse(null);
    };
  }

  private static Query boostFor(Interpretation i) {
    if (i.dimension().equals("tool")) {
      return constant(new TermQuery(new Term(Fields.ID, i.value())), TOOL_BOOST);
    }
    Query has = constraint(i);
    return switch (i.dimension()) {
      case "salary" -> constant(has, SALARY_BOOST);
      case "region", "metro" -> constant(has, FACET_BOOST);
      default -> has == null ? null : new BoostQuery(has, FACET_BOOST);
    };
  }

  private static Query constant(Query q, float boost) {
    return new BoostQuery(new ConstantScoreQuery(q), boost);
  }

  /** Documents whose salary range overlaps [min, max]; null ends are open. */
  static Query overlapping(Long min, Long max) {
    long lo = min == null ? 0 : min;
    long hi = max == null ? Long.MAX_VALUE : max;
    return new BooleanQuery.Builder()
        .add(LongField.newRangeQuery(Fields.SALARY_MIN_USD, Long.MIN_VALUE, hi), Occur.FILTER)
        .add(LongField.newRangeQuery(Fields.SALARY_MAX_USD, lo, Long.MAX_VALUE), Occur.FILTER)
        .build();
  }
}
