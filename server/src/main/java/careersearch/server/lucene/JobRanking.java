package careersearch.server.lucene;

import careersearch.schema.Fields;
import careersearch.server.query.Interpretation;
import careersearch.server.query.JobIntent;
import careersearch.server.query.QueryInterpreter;
import careersearch.server.query.QueryVocabulary;
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
 * each recognized constraint: place, remote, seniority or the level word in its title, salary, a
 * tool by one of its names among its skills), and the usual text score, scaled to less than half a
 * part, orders the postings that meet as many. So a posting meeting every part ranks above one
 * meeting fewer, and an interpreted value weighs no more than one word the user typed ("staff data
 * scientist": a senior posting without the title words no longer outranks "Staff Data Scientist").
 */
final class JobRanking {
  /** The score of one part met. */
  static final float PART = 10f;

  /** A word found only among the skills (tags) is half a part. */
  static final float TAG_PART = PART / 2;

  /** The text score's weight: BM25 over title, tags and body stays well under half a part. */
  static final float TEXT_WEIGHT = 0.1f;

  /** A level word as typed found in the title: a tie-break among postings meeting as many. */
  static final float WORD_IN_TITLE = PART / 4;

  /** Recognized parts whose words, as typed, also meet the part in a title. */
  private static final java.util.Set<String> TYPED_IN_TITLE = java.util.Set.of("seniority");

  private final List<Interpretation> interpreted;
  private final Analyzer analyzer;
  private final QueryVocabulary vocabulary;

  /** Each typed word but the recognized parts, over the title; stop words left out. */
  private final List<Query> titleWords = new ArrayList<>();

  /** The same words over the skills (tags), in the same order. */
  private final List<Query> tagWords = new ArrayList<>();

  /**
   * For a role word, its kindred role words over the title ("engineer" for "developer"), or null.
   */
  private final List<Query> kindredWords = new ArrayList<>();

  JobRanking(
      String positive,
      List<Interpretation> interpreted,
      Analyzer analyzer,
      QueryVocabulary vocabulary) {
    this.interpreted = interpreted;
    this.analyzer = analyzer;
    this.vocabulary = vocabulary;
    for (String word : QueryInterpreter.without(positive, interpreted).split("\\s+")) {
      Query inTitle =
          word.isBlank() ? null : QueryFactory.words(word, analyzer, Map.of(Fields.TITLE, 1f));
      if (inTitle != null && !(inTitle instanceof MatchNoDocsQuery)) {
        titleWords.add(inTitle);
        tagWords.add(QueryFactory.words(word, analyzer, Map.of(Fields.TAGS, 1f)));
        List<String> kindred = JobIntent.kindred(word);
        kindredWords.add(
            kindred.isEmpty()
                ? null
                : QueryFactory.words(
                    String.join(" ", kindred), analyzer, Map.of(Fields.TITLE, 1f)));
      }
    }
  }

  /** The postings' ranking: the parts met, then the text score ({@code textRanked}), scaled. */
  Query ranked(Query textRanked) {
    BooleanQuery.Builder parts = new BooleanQuery.Builder();
    for (int w = 0; w < titleWords.size(); w++) {
      // a typed word: a part when in the title, half of one when only in the skills or when the
      // title has a kindred role word ("Python Engineer" for "python developer")
      List<Query> ways = new ArrayList<>();
      ways.add(new BoostQuery(new ConstantScoreQuery(titleWords.get(w)), PART));
      ways.add(new BoostQuery(new ConstantScoreQuery(tagWords.get(w)), TAG_PART));
      if (kindredWords.get(w) != null) {
        ways.add(new BoostQuery(new ConstantScoreQuery(kindredWords.get(w)), TAG_PART));
      }
      parts.add(new DisjunctionMaxQuery(ways, 0f), Occur.SHOULD);
    }
    for (Interpretation i : interpreted) {
      Query met = met(i);
      if (met == null) {
        continue;
      }
      if (TYPED_IN_TITLE.contains(i.dimension())) {
        // the level word as typed, in the title, meets the part as the value does ("principal"
        // reads senior, and a "Principal Engineer" may be labelled executive); having the word
        // adds a little: "Staff Data Scientist" before "Senior Data Scientist"
        Query inTitle = QueryFactory.words(i.text(), analyzer, Map.of(Fields.TITLE, 1f));
        met = new BooleanQuery.Builder().add(met, Occur.SHOULD).add(inTitle, Occur.SHOULD).build();
        parts.add(new BoostQuery(new ConstantScoreQuery(inTitle), WORD_IN_TITLE), Occur.SHOULD);
      }
      parts.add(new BoostQuery(new ConstantScoreQuery(met), PART), Occur.SHOULD);
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

  /** Titles with every word of the text ("r programming": both), stop words aside. */
  private Query everyWordInTitle(String text) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    boolean some = false;
    for (String word : text.split("\\s+")) {
      Query inTitle = QueryFactory.words(word, analyzer, Map.of(Fields.TITLE, 1f));
      if (!(inTitle instanceof MatchNoDocsQuery)) {
        all.add(inTitle, Occur.MUST);
        some = true;
      }
    }
    return some ? all.build() : new MatchNoDocsQuery("no title words");
  }

  /** The postings that meet a recognized part, or null for parts that say what to show. */
  private Query met(Interpretation i) {
    if (i.dimension().equals("tool")) {
      // a tool asked for: one of its names among the skills, or its words typed in the title
      BooleanQuery.Builder tool = new BooleanQuery.Builder();
      for (String name : vocabulary.toolNames(i.value())) {
        tool.add(new TermQuery(new Term(Fields.SKILL, name)), Occur.SHOULD);
      }
      tool.add(everyWordInTitle(i.text()), Occur.SHOULD);
      return tool.build();
    }
    if (!JobIntent.CONSTRAINTS.contains(i.dimension())) {
      return null;
    }
    return QueryFactory.constraint(i);
  }
}
