package careersearch.server.lucene;

import careersearch.schema.Fields;
import careersearch.server.query.Interpretation;
import careersearch.server.query.JobIntent;
import careersearch.server.query.QueryInterpreter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The ranking of postings for a job-intent query: a posting scores one {@link #PART} for each part
 * of the query it meets (each word typed in its title, half a part for a word only in its skills,
 * each recognized constraint: place, remote, seniority, salary, a tool among its skills), and the
 * usual text score, scaled to less than half a part, orders the postings that meet as many. So a
 * posting meeting every part ranks above one meeting fewer, and an interpreted value weighs no more
 * than one word the user typed ("staff data scientist": a senior posting without the title words no
 * longer outranks "Staff Data Scientist").
 */
final class JobRanking {
  /** The score of one part met. */
  static final float PART = 10f;

  /** A word found only among the skills (tags) is half a part. */
  static final float TAG_PART = PART / 2;

  /** The text score's weight: BM25 over title, tags and body stays well under half a part. */
  static final float TEXT_WEIGHT = 0.1f;

  /** Recognized parts whose words, as typed, also count in a title (half a part). */
  private static final java.util.Set<String> TYPED_IN_TITLE = java.util.Set.of("seniority");

  private final List<Interpretation> interpreted;
  private final Analyzer analyzer;

  /** Each typed word but the recognized parts, over the title; stop words left out. */
  private final List<Query> titleWords = new ArrayList<>();

  /** The same words over the skills (tags), in the same order. */
  private final List<Query> tagWords = new ArrayList<>();

  JobRanking(String positive, List<Interpretation> interpreted, Analyzer analyzer) {
    this.interpreted = interpreted;
    this.analyzer = analyzer;
    for (String word : QueryInterpreter.without(positive, interpreted).split("\\s+")) {
      Query inTitle =
          word.isBlank() ? null : QueryFactory.words(word, analyzer, Map.of(Fields.TITLE, 1f));
      if (inTitle != null && !(inTitle instanceof MatchNoDocsQuery)) {
        titleWords.add(inTitle);
        tagWords.add(QueryFactory.words(word, analyzer, Map.of(Fields.TAGS, 1f)));
      }
    }
  }

  /** The postings' ranking: the parts met, then the text score ({@code textRanked}), scaled. */
  Query ranked(Query textRanked) {
    BooleanQuery.Builder parts = new BooleanQuery.Builder();
    for (int w = 0; w < titleWords.size(); w++) {
      // a typed word: a part when in the title, half of one when only in the skills
      parts.add(
          new DisjunctionMaxQuery(
              List.of(
                  new BoostQuery(new ConstantScoreQuery(titleWords.get(w)), PART),
                  new BoostQuery(new ConstantScoreQuery(tagWords.get(w)), TAG_PART)),
              0f),
          Occur.SHOULD);
    }
    for (Interpretation i : interpreted) {
      Query met = met(i, analyzer);
      if (met != null) {
        parts.add(new BoostQuery(new ConstantScoreQuery(met), PART), Occur.SHOULD);
      }
      if (TYPED_IN_TITLE.contains(i.dimension())) {
        // the level word typed, in the title: "Staff Data Scientist" before "Senior Data Scientist"
        Query inTitle = QueryFactory.words(i.text(), analyzer, Map.of(Fields.TITLE, 1f));
        parts.add(new BoostQuery(new ConstantScoreQuery(inTitle), TAG_PART), Occur.SHOULD);
      }
    }
    parts.add(new BoostQuery(textRanked, TEXT_WEIGHT), Occur.SHOULD);
    return parts.build();
  }

  /**
   * The knowledge documents worth placing among postings: a recognized tool's own document, or one
   * whose title has every word the user typed but the constraints ("Machine Learning Engineer" for
   * "machine learning engineer berlin", unless the query says "jobs"); null when there is neither.
   */
  Query placeable(boolean roleWords) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    boolean some = false;
    for (Interpretation i : interpreted) {
      if (i.dimension().equals("tool")) {
        any.add(new TermQuery(new Term(Fields.ID, i.value())), Occur.SHOULD);
        some = true;
      }
    }
    if (roleWords && !titleWords.isEmpty()) {
      BooleanQuery.Builder allWords = new BooleanQuery.Builder();
      titleWords.forEach(inTitle -> allWords.add(inTitle, Occur.MUST));
      any.add(allWords.build(), Occur.SHOULD);
      some = true;
    }
    return some ? any.build() : null;
  }

  /** The postings that meet a recognized part, or null for parts that say what to show. */
  private static Query met(Interpretation i, Analyzer analyzer) {
    if (i.dimension().equals("tool")) {
      // a tool asked for: among the skills, or named in the title
      return QueryFactory.titleAndTagWords(i.text(), analyzer);
    }
    if (!JobIntent.CONSTRAINTS.contains(i.dimension())) {
      return null;
    }
    return QueryFactory.constraint(i);
  }
}
