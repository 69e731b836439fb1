package careersearch.server.lucene;

import careersearch.schema.Analyzers;
import careersearch.schema.Fields;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * The pairs of adjacent words that a phrase is made of, as the pairs fields ({@link
 * Fields#TITLE_PAIRS}) index them. Lucene's {@link QueryBuilder} does the analysis, synonym graph
 * included; its phrase queries are then read back as pairs: one path per alternative reading of the
 * query, one slot per pair of neighbouring positions, one or more pair terms per slot (single-word
 * synonyms).
 */
final class PhrasePairs {
  private PhrasePairs() {}

  /**
   * The paths of a text of two or more words; empty when it has fewer than two words after
   * analysis, or more than {@code maxPaths} paths.
   */
  static List<List<Set<String>>> of(String text, Analyzer analyzer, int maxPaths) {
    if (text == null || text.strip().split("\\s+").length < 2) {
      return List.of();
    }
    Query phrase;
    try {
      // a sloppy phrase, because QueryBuilder then gives one PhraseQuery per graph path
      phrase = new QueryBuilder(analyzer).createPhraseQuery(Fields.TITLE, text, 1);
    } catch (IndexSearcher.TooManyClauses e) {
      // "ml ml ml ...": 2^n paths through the synonym graph; the boost is only a ranking aid
      return List.of();
    }
    List<Query> alternatives = new ArrayList<>();
    if (phrase instanceof BooleanQuery paths) {
      paths.clauses().stream().map(BooleanClause::getQuery).forEach(alternatives::add);
    } else if (phrase != null) {
      alternatives.add(phrase);
    }
    if (alternatives.size() > maxPaths) {
      return List.of();
    }
    Set<List<Set<String>>> paths = new LinkedHashSet<>();
    for (Query alternative : alternatives) {
      List<Set<String>> slots = slots(alternative);
      if (!slots.isEmpty()) {
        paths.add(slots);
      }
    }
    return List.copyOf(paths);
  }

  private static List<Set<String>> slots(Query phrase) {
    if (phrase instanceof PhraseQuery p) {
      Term[] terms = p.getTerms();
      Term[][] each = new Term[terms.length][];
      for (int i = 0; i < terms.length; i++) {
        each[i] = new Term[] {terms[i]};
      }
      return slots(each, p.getPositions());
    }
    if (phrase instanceof MultiPhraseQuery p) {
      return slots(p.getTermArrays(), p.getPositions());
    }
    return List.of();
  }

  /**
   * Neighbours make one pair ("machin learn"); words a removed stop word apart make two, with the
   * filler that the shingle filter puts in its place ("head _", "_ data").
   */
  private static List<Set<String>> slots(Term[][] terms, int[] positions) {
    List<Set<String>> slots = new ArrayList<>();
    for (int i = 0; i + 1 < terms.length; i++) {
      int gap = positions[i + 1] - positions[i];
      if (gap == 1) {
        slots.add(join(terms[i], terms[i + 1]));
      } else if (gap > 1) {
        slots.add(join(terms[i], null));
        slots.add(join(null, terms[i + 1]));
      }
    }
    return slots;
  }

  private static Set<String> join(Term[] left, Term[] right) {
    Set<String> pairs = new LinkedHashSet<>();
    for (String l : texts(left)) {
      for (String r : texts(right)) {
        pairs.add(l + Analyzers.PAIR_SEPARATOR + r);
      }
    }
    return pairs;
  }

  private static List<String> texts(Term[] terms) {
    return terms == null
        ? List.of(Analyzers.PAIR_FILLER)
        : java.util.Arrays.stream(terms).map(Term::text).toList();
  }
}
