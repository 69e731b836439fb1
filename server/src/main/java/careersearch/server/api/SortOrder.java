package careersearch.server.api;

import careersearch.schema.Fields;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;

/** The sort orders of the search API. Documents without the sorted value come last. */
public enum SortOrder {
  RELEVANCE("relevance", null),
  SALARY_DESC("salary_desc", numeric(Fields.SALARY_MAX_USD, true)),
  SALARY_ASC("salary_asc", numeric(Fields.SALARY_MIN_USD, false)),
  DATE_DESC("date_desc", numeric(Fields.POSTED_DAY, true)),
  /** Nearest first; needs {@code near}, so the backend builds the sort around its point. */
  DISTANCE("distance", null);

  private final String key;
  private final Sort sort;

  SortOrder(String key, Sort sort) {
    this.key = key;
    this.sort = sort;
  }

  public String key() {
    return key;
  }

  /** The Lucene sort, or null for relevance (score order) and distance (built per request). */
  public Sort sort() {
    return sort;
  }

  public static Optional<SortOrder> fromKey(String key) {
    return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
  }

  public static List<String> keys() {
    return Arrays.stream(values()).map(SortOrder::key).toList();
  }

  private static Sort numeric(String field, boolean descending) {
    SortField byValue = new SortedNumericSortField(field, SortField.Type.LONG, descending);
    // missing values sort last in either direction
    byValue.setMissingValue(descending ? Long.MIN_VALUE : Long.MAX_VALUE);
    // ties broken by relevance, then index order, so pages are stable
    return new Sort(byValue, SortField.FIELD_SCORE, SortField.FIELD_DOC);
  }
}
