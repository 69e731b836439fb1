package careersearch.server.lucene;

import careersearch.server.lucene.facet.FacetOrdinals;
import careersearch.server.lucene.facet.FacetProfiles;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Documents that have one of some facet values, or match another query; constant score. The hits of
 * a query whose recognized values ("senior", "remote") match by themselves, and the boost for
 * having a value.
 *
 * <p>On a {@link CareerSearcher}, when the values are in {@link FacetProfiles profiles}, a
 * document's profile id says whether it has one: the iterator walks the segment's profile ids, an
 * array read per document, between the other query's matches. Merging the postings of the values'
 * drill-down terms instead reads hundreds of thousands of documents for "senior", and advancing
 * them is a search in those postings rather than an array read. Elsewhere it is the disjunction of
 * the drill-down terms and the other query.
 */
public final class ValuesOrQuery extends Query {
  /** A value of a facet dimension. */
  public record Value(String dim, String value) {}

  private final List<Value> values;
  private final Query others;

  /**
   * @param others what else matches, or null
   */
  public ValuesOrQuery(List<Value> values, Query others) {
    this.values = List.copyOf(values);
    this.others = others;
  }

  /** Documents that have a value. */
  static ValuesOrQuery has(String dim, String value) {
    return new ValuesOrQuery(List.of(new Value(dim, value)), null);
  }

  /** What else matches, or null. */
  public Query others() {
    return others;
  }

  /** This query, or the other query alone when there are no values. */
  Query simplest() {
    return values.isEmpty() && others != null ? others : this;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = others == null ? null : others.rewrite(searcher);
    return rewritten == others ? this : new ValuesOrQuery(values, rewritten);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    boolean[] matches = searcher instanceof CareerSearcher s ? profilesWithValues(s) : null;
    if (matches == null) {
      Query terms = searcher.rewrite(new ConstantScoreQuery(disjunction()));
      return searcher.createWeight(terms, scoreMode, boost);
    }
    Weight othersWeight =
        others == null
            ? null
            : searcher.createWeight(searcher.rewrite(others), ScoreMode.COMPLETE_NO_SCORES, 1f);
    FacetOrdinals ordinals = ((CareerSearcher) searcher).facetOrdinals();
    return new ConstantScoreWeight(this, boost) {
      @Override
      public Scorer scorer(LeafReaderContext context) throws IOException {
        return new ConstantScoreScorer(this, score(), scoreMode, iterator(context));
      }

      @Override
      public BulkScorer bulkScorer(LeafReaderContext context) throws IOException {
        if (scoreMode == ScoreMode.TOP_SCORES) {
          return super.bulkScorer(context); // skips what cannot compete, one document at a time
        }
        ProfileIterator hits = iterator(context);
        return new ProfileBulkScorer(new ConstantScoreScorer(this, score(), scoreMode, hits), hits);
      }

      private ProfileIterator iterator(LeafReaderContext context) throws IOException {
        Scorer othersScorer = othersWeight == null ? null : othersWeight.scorer(context);
        // a scorer's iterator gives exact matches, two-phase checks included
        DocIdSetIterator rest = othersScorer == null ? null : othersScorer.iterator();
        return new ProfileIterator(ordinals.segment(context.ord).profiles, matches, rest);
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false; // as fast as a cached bit set, and bound to this searcher's ordinals
      }
    };
  }

  /** Per profile, whether it has one of the values; null when a value is not in profiles. */
  public boolean[] profilesWithValues(CareerSearcher searcher) throws IOException {
    FacetOrdinals ordinals = searcher.facetOrdinals();
    FacetProfiles profiles = ordinals.profiles();
    long bits = 0;
    for (Value v : values) {
      if (!profiles.covers(v.dim())) {
        return null;
      }
      String path = FacetsConfig.pathToString(v.dim(), v.value());
      long ord = ordinals.ordOf(path, searcher.facetState().getDocValues());
      if (ord >= 0) { // else no document has it
        bits |= 1L << profiles.bitOf(v.dim(), (int) ord);
      }
    }
    boolean[] matches = new boolean[profiles.size()];
    for (int p = 0; p < matches.length; p++) {
      matches[p] = (profiles.mask(p) & bits) != 0;
    }
    return matches;
  }

  /** The same documents as a disjunction of drill-down terms and the other query. */
  private Query disjunction() {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    if (others != null) {
      any.add(others, Occur.SHOULD);
    }
    for (Value v : values) {
      any.add(
          new TermQuery(
              DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, v.dim(), v.value())),
          Occur.SHOULD);
    }
    BooleanQuery query = any.build();
    return query.clauses().isEmpty() ? new MatchNoDocsQuery("nothing to match") : query;
  }

  /**
   * Hands every match to the collector in one loop, when a search must visit every match of
   * "senior" (counting beside a sorted page, or with a filter outside profiles): the default loop's
   * calls through the iterator would cost as much as the counting.
   */
  private static final class ProfileBulkScorer extends BulkScorer {
    private final Scorer scorer;
    private final ProfileIterator matches;

    ProfileBulkScorer(Scorer scorer, ProfileIterator matches) {
      this.scorer = scorer;
      this.matches = matches;
    }

    @Override
    public int score(LeafCollector collector, Bits acceptDocs, int min, int max)
        throws IOException {
      collector.setScorer(scorer);
      return matches.forEach(collector, acceptDocs, min, max);
    }

    @Override
    public long cost() {
      return matches.cost();
    }
  }

  /** The next document with a matching profile, or the other query's next match if sooner. */
  private static final class ProfileIterator extends DocIdSetIterator {
    private final int[] profileOf;
    private final boolean[] matches;
    private final DocIdSetIterator rest;
    private int doc = -1;
    private int restDoc;

    ProfileIterator(int[] profileOf, boolean[] matches, DocIdSetIterator rest) {
      this.profileOf = profileOf;
      this.matches = matches;
      this.rest = rest;
      this.restDoc = rest == null ? NO_MORE_DOCS : -1;
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public int nextDoc() throws IOException {
      return advance(doc + 1);
    }

    @Override
    public int advance(int target) throws IOException {
      if (restDoc < target) {
        restDoc = rest.advance(target);
      }
      for (int d = target, end = Math.min(restDoc, profileOf.length); d < end; d++) {
        if (matches[profileOf[d]]) {
          return doc = d;
        }
      }
      return doc = restDoc;
    }

    @Override
    public long cost() {
      return profileOf.length;
    }

    /**
     * Collects the matches in [min, max) that {@code acceptDocs} accepts.
     *
     * @return the first match at or after max, or {@link #NO_MORE_DOCS}
     */
    int forEach(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
      if (restDoc < min) {
        restDoc = rest.advance(min);
      }
      int end = Math.min(max, profileOf.length);
      int d = min;
      while (d < end) {
        // the profiles up to the other query's next match, then that match
        for (int upTo = Math.min(restDoc, end); d < upTo; d++) {
          if (matches[profileOf[d]] && (acceptDocs == null || acceptDocs.get(d))) {
            doc = d;
            collector.collect(d);
          }
        }
        if (d < end) { // d == restDoc
          if (acceptDocs == null || acceptDocs.get(d)) {
            doc = d;
            collector.collect(d);
          }
          restDoc = rest.nextDoc();
          d++;
        }
      }
      return end == profileOf.length ? NO_MORE_DOCS : advance(end);
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    if (others != null) {
      others.visit(visitor.getSubVisitor(Occur.SHOULD, this));
    }
  }

  @Override
  public String toString(String field) {
    return "valuesOr(" + values + (others == null ? "" : ", " + others.toString(field)) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other)
        && values.equals(((ValuesOrQuery) other).values)
        && Objects.equals(others, ((ValuesOrQuery) other).others);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), values, others);
  }
}
