package careersearch.server.lucene;

import careersearch.server.api.SortOrder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.document.LongField;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;

/**
 * A page of hits sorted by a value ({@link SortOrder}: salary, date), ties broken by relevance,
 * without scoring every match. The unscored counting pass keeps the top N by value alone ({@link
 * #byValue}); only the hits that share the page's last value can be reordered by relevance, and
 * they may go on past the page, so they are searched (scored) on their own. Then the page's hits
 * are scored and put in the full sort order.
 */
public final class SortedPage {
  private SortedPage() {}

  /** The sort's first key alone, ties by index order: what counting can keep without scores. */
  public static Sort byValue(Sort sort) {
    return new Sort(sort.getSort()[0]);
  }

  /**
   * @param byValue the first hits by {@link #byValue}, at most n + 1: the one past the page says
   *     whether hits past the page tie with the page's last
   * @param ranked the filtered query that scores the hits
   * @param text the text query, which says whether {@code ranked} matches more than the hits
   */
  public static TopDocs of(
      IndexSearcher searcher, TopDocs byValue, Sort sort, Query ranked, TextQuery text, int n)
      throws IOException {
    ScoreDoc[] top = byValue.scoreDocs;
    SortField key = sort.getSort()[0];
    List<ScoreDoc> page = new ArrayList<>();
    if (top.length <= n) {
      page.addAll(Arrays.asList(top)); // every hit is on the page
    } else if (!Objects.equals(value(top[n]), value(top[n - 1]))) {
      // the first hit past the page has another value: no hit past it ties with the page's last
      page.addAll(Arrays.asList(top).subList(0, n));
    } else {
      Object last = value(top[n - 1]);
      for (ScoreDoc hit : Arrays.asList(top).subList(0, n)) {
        if (!Objects.equals(value(hit), last)) {
          page.add(hit);
        }
      }
      BooleanQuery.Builder tied =
          new BooleanQuery.Builder()
              .add(ranked, Occur.MUST)
              .add(valueIs(key, (Long) last), Occur.FILTER);
      if (text.rankedMatchesMore()) {
        tied.add(text.matching(), Occur.FILTER);
      }
      page.addAll(Arrays.asList(searcher.search(tied.build(), n - page.size(), sort).scoreDocs));
    }
    ScoreDoc[] hits = page.toArray(new ScoreDoc[0]);
    TopFieldCollector.populateScores(hits, searcher, ranked);
    Comparator<ScoreDoc> byKey = Comparator.comparing(hit -> (Long) value(hit));
    Arrays.sort(
        hits,
        (key.getReverse() ? byKey.reversed() : byKey)
            .thenComparingDouble(hit -> -hit.score)
            .thenComparingInt(hit -> hit.doc));
    return new TopDocs(byValue.totalHits, hits);
  }

  private static Object value(ScoreDoc hit) {
    return ((FieldDoc) hit).fields[0];
  }

  /** Documents whose value is this one; the sort's missing value stands for "has none". */
  private static Query valueIs(SortField key, long value) {
    if (Objects.equals(key.getMissingValue(), value)) {
      return new BooleanQuery.Builder()
          .add(new MatchAllDocsQuery(), Occur.MUST)
          .add(new FieldExistsQuery(key.getField()), Occur.MUST_NOT)
          .build();
    }
    return LongField.newExactQuery(key.getField(), value);
  }
}
