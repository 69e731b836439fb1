package careersearch.server.lucene.facet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.schema.FacetDim;
import careersearch.schema.Fields;
import careersearch.server.api.SortOrder;
import careersearch.server.lucene.CareerSearcher;
import careersearch.server.lucene.SortedPage;
import careersearch.server.lucene.TextQuery;
import careersearch.server.lucene.TimeLimit;
import careersearch.server.lucene.ValuesOrQuery;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.DrillSideways.DrillSidewaysResult;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * {@link SidewaysCounter} must count exactly what Lucene's own {@link DrillSideways} does, and the
 * drill-down query must find the same hits: random documents over several segments (with
 * deletions), random queries and filters, every dimension compared, with each way {@link
 * FacetOrdinals} can lay the values out (every dimension in profiles, some, none).
 */
class SidewaysCounterTest {
  private static final Map<FacetDim, List<String>> VALUES =
      Map.of(
          FacetDim.TYPE, List.of("job", "tool", "salary_report"),
          FacetDim.SENIORITY, List.of("entry", "mid", "senior", "executive"),
          FacetDim.EMPLOYMENT, List.of("full_time", "part_time", "contract"),
          FacetDim.REMOTE, List.of("remote", "hybrid", "onsite"),
          FacetDim.COMPANY, names("company", 300),
          FacetDim.LOCATION, names("city", 70),
          FacetDim.CATEGORY, names("category", 12),
          FacetDim.SALARY_BAND, List.of("under-50k", "50k-100k", "100k-150k", "150k-200k"));

  /** Filtered on, but no document has it. */
  private static final FacetDim NEVER_INDEXED = FacetDim.ROLE;

  /** Widths of profiles to test: none, the smallest dimensions, all that fit in a long. */
  private static final int[] PROFILE_BITS = {0, 10, FacetProfiles.MAX_BITS};

  private static final List<String> WORDS = List.of("data", "engineer", "scientist", "remote");

  /** Random documents over many segments, with deletions. */
  private static void index(Directory dir, Random random, FacetsConfig config) throws IOException {
    IndexWriterConfig iwc = new IndexWriterConfig(new StandardAnalyzer());
    iwc.setMaxBufferedDocs(97); // many segments, so global ordinals differ from segment ones
    iwc.setMergePolicy(NoMergePolicy.INSTANCE);
    try (IndexWriter writer = new IndexWriter(dir, iwc)) {
      for (int i = 0; i < 1500; i++) {
        writer.addDocument(config.build(randomDoc(random, i)));
      }
      for (int i = 0; i < 1500; i += 7) {
        writer.deleteDocuments(new Term("id", "d" + i));
      }
    }
  }

  /**
   * A query for recognized values ("senior", "remote") or other words finds and counts the same
   * hits as the disjunction of the values' drill-down terms and the words, whether it is searched
   * like any query (profile ids instead of postings) or counted from per-profile tallies.
   */
  @Test
  void valuesOrQueryCountsAsItsDisjunction() throws IOException {
    Random random = new Random(20261126);
    FacetsConfig config = FacetDim.facetsConfig();
    List<FacetDim> valueDims =
        List.of(FacetDim.SENIORITY, FacetDim.REMOTE, FacetDim.EMPLOYMENT, FacetDim.TYPE);
    try (Directory dir = new ByteBuffersDirectory()) {
      index(dir, random, config);
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        CareerSearcher searcher = new CareerSearcher(reader, config, null);
        SortedSetDocValuesReaderState state = searcher.facetState();
        int byTallies = 0;
        for (int round = 0; round < 300; round++) {
          List<ValuesOrQuery.Value> values = new ArrayList<>();
          BooleanQuery.Builder plain = new BooleanQuery.Builder();
          for (int v = 0; v < 1 + random.nextInt(3); v++) {
            FacetDim dim = valueDims.get(random.nextInt(valueDims.size()));
            List<String> choices = VALUES.get(dim);
            String value =
                random.nextInt(15) == 0
                    ? "never-indexed"
                    : choices.get(random.nextInt(choices.size()));
            values.add(new ValuesOrQuery.Value(dim.param(), value));
            plain.add(
                new TermQuery(
                    DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, dim.param(), value)),
                Occur.SHOULD);
          }
          Query others =
              random.nextBoolean()
                  ? null
                  : new TermQuery(new Term("body", WORDS.get(random.nextInt(WORDS.size()))));
          if (others != null) {
            plain.add(others, Occur.SHOULD);
          }
          ValuesOrQuery query = new ValuesOrQuery(values, others);
          // filters on dimensions in profiles only (tallies apply), or any
          Map<String, List<String>> filters = randomFilters(random);
          if (random.nextBoolean()) {
            filters.keySet().removeIf(dim -> !searcher.facetOrdinals().profiles().covers(dim));
          }
          DrillDownQuery drillDown = new DrillDownQuery(config, plain.build());
          filters.forEach((dim, selected) -> selected.forEach(v -> drillDown.add(dim, v)));
          DrillSidewaysResult expected =
              new DrillSideways(searcher, config, state).search(drillDown, 20);
          String what = query + " " + filters;

          SidewaysCounter.Result searched =
              searcher.search(query, new SidewaysCounter(searcher, filters));
          assertEquals(expected.hits.totalHits.value, searched.total(), what);
          compare(expected.facets, searched.facets(), what);

          DrillDownQuery drillDownValues = new DrillDownQuery(config, query);
          filters.forEach((dim, selected) -> selected.forEach(v -> drillDownValues.add(dim, v)));
          assertEquals(expected.hits.totalHits.value, searcher.count(drillDownValues), what);
          // the filters as one ValuesOrQuery per dimension, as SearchService ranks with them
          BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(query, Occur.MUST);
          filters.forEach(
              (dim, selected) ->
                  filtered.add(
                      new ValuesOrQuery(
                          selected.stream().map(v -> new ValuesOrQuery.Value(dim, v)).toList(),
                          null),
                      Occur.FILTER));
          TopDocs byProfiles = searcher.search(filtered.build(), 1000);
          TopDocs byTerms = searcher.search(new ConstantScoreQuery(drillDownValues), 1000);
          assertArrayEquals(docs(byTerms.scoreDocs), docs(byProfiles.scoreDocs), "filters " + what);

          boolean[] matches = query.profilesWithValues(searcher);
          SidewaysCounter.Result tallied =
              matches == null
                  ? null
                  : new SidewaysCounter(searcher, filters)
                      .countByProfiles(searcher, matches, others, new TimeLimit(60_000));
          if (tallied != null) {
            byTallies++;
            assertEquals(expected.hits.totalHits.value, tallied.total(), "tallied " + what);
            compare(expected.facets, tallied.facets(), "tallied " + what);
          }
        }
        assertTrue(byTallies > 100, "counted from tallies in " + byTallies + " rounds");
      }
    }
  }

  /** Counting from tallies stops visiting the other query's matches at the deadline. */
  @Test
  void talliesStopAtTheDeadline() throws IOException {
    FacetsConfig config = FacetDim.facetsConfig();
    try (Directory dir = new ByteBuffersDirectory()) {
      index(dir, new Random(7), config);
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        CareerSearcher searcher = new CareerSearcher(reader, config, null);
        boolean[] none = new boolean[searcher.facetOrdinals().profiles().size()];
        Query others = new MatchAllDocsQuery();
        TimeLimit generous = new TimeLimit(60_000);
        SidewaysCounter.Result all =
            new SidewaysCounter(searcher, Map.of())
                .countByProfiles(searcher, none, others, generous);
        assertEquals(reader.numDocs(), all.total());
        assertEquals(false, generous.expired());
        TimeLimit past = new TimeLimit(-1);
        SidewaysCounter.Result partial =
            new SidewaysCounter(searcher, Map.of()).countByProfiles(searcher, none, others, past);
        assertTrue(past.expired());
        assertTrue(partial.total() < all.total(), partial.total() + " of " + all.total());
      }
    }
  }

  @Test
  void countsAsLuceneDoes() throws IOException {
    Random random = new Random(20261125);
    FacetsConfig config = FacetDim.facetsConfig();
    try (Directory dir = new ByteBuffersDirectory()) {
      index(dir, random, config);
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        CareerSearcher searcher = new CareerSearcher(reader, config, null);
        SortedSetDocValuesReaderState state = searcher.facetState();
        List<FacetOrdinals> layouts = new ArrayList<>();
        for (int bits : PROFILE_BITS) {
          layouts.add(FacetOrdinals.build(reader, state, bits));
        }
        int browses = 0;
        // one cache per layout, as a searcher has one: entries are grouped by its profiles
        List<MatchCache> caches = new ArrayList<>();
        for (int i = 0; i <= layouts.size(); i++) {
          caches.add(new MatchCache(1 << 20, 1));
        }
        int cachedRounds = 0;
        for (int round = 0; round < 400; round++) {
          Query base = randomBase(random);
          Map<String, List<String>> filters = randomFilters(random);
          DrillDownQuery query = new DrillDownQuery(config, base);
          filters.forEach((dim, values) -> values.forEach(v -> query.add(dim, v)));
          DrillSidewaysResult expected =
              new DrillSideways(searcher, config, state).search(query, 20);
          TopDocs top = searcher.search(query, 20);
          assertArrayEquals(docs(expected.hits.scoreDocs), docs(top.scoreDocs), query.toString());
          SidewaysCounter.Result counted =
              searcher.search(base, new SidewaysCounter(searcher, filters));
          assertEquals(expected.hits.totalHits.value, counted.total(), query.toString());
          compare(expected.facets, counted.facets(), query.toString());
          if (base instanceof MatchAllDocsQuery) {
            // a browse counts every profile's documents from the tallies
            boolean[] all = new boolean[searcher.facetOrdinals().profiles().size()];
            Arrays.fill(all, true);
            SidewaysCounter.Result browsed =
                new SidewaysCounter(searcher, filters)
                    .countByProfiles(searcher, all, null, new TimeLimit(60_000));
            if (browsed != null) {
              browses++;
              assertEquals(expected.hits.totalHits.value, browsed.total(), "browse " + query);
              compare(expected.facets, browsed.facets(), "browse " + query);
            }
          }
          // a page sorted by a value comes from the counting pass, ties by relevance, as a sorted
          // search gives it
          Sort sort = SortOrder.SALARY_DESC.sort();
          int n = 1 + random.nextInt(30);
          TopDocs sorted = searcher.search(query, n, sort);
          counted =
              searcher.search(
                  base,
                  new SidewaysCounter(searcher, filters).keepingTop(SortedPage.byValue(sort), n));
          TopDocs page =
              SortedPage.of(searcher, counted.top(), sort, query, TextQuery.of(query), n);
          assertArrayEquals(docs(sorted.scoreDocs), docs(page.scoreDocs), "sorted " + query);
          for (int i = 0; i < layouts.size(); i++) {
            String what = query + " profile bits " + PROFILE_BITS[i];
            counted = searcher.search(base, new SidewaysCounter(state, layouts.get(i), filters));
            assertEquals(expected.hits.totalHits.value, counted.total(), what);
            compare(expected.facets, counted.facets(), what);
            // counted again from the matches the first count kept, grouped by this layout's
            // profiles: with only filters in profiles a profile's matches count at once
            for (int pass = 0; pass < 2; pass++) {
              counted =
                  new SidewaysCounter(state, layouts.get(i), filters)
                      .countMatches(searcher, base, caches.get(i), new TimeLimit(60_000));
              assertEquals(expected.hits.totalHits.value, counted.total(), what + " pass " + pass);
              compare(expected.facets, counted.facets(), what + " pass " + pass);
            }
            cachedRounds += caches.get(i).get(searcher.rewrite(base)) != null ? 1 : 0;
          }
          // a sorted page from cached matches, which come grouped by profile, not in order
          counted =
              new SidewaysCounter(searcher, filters)
                  .keepingTop(SortedPage.byValue(sort), n)
                  .countMatches(
                      searcher, base, caches.get(caches.size() - 1), new TimeLimit(60_000));
          page = SortedPage.of(searcher, counted.top(), sort, query, TextQuery.of(query), n);
          assertArrayEquals(docs(sorted.scoreDocs), docs(page.scoreDocs), "cached sorted " + query);
        }
        assertTrue(browses > 10, "browses counted from tallies: " + browses);
        assertTrue(cachedRounds > 1000, "counts from cached matches: " + cachedRounds);
      }
    }
  }

  /**
   * A query's matches are kept from its second count on, and not from a count cut short by the
   * deadline: the next one counts every match again.
   */
  @Test
  void aCountCutShortIsNotCached() throws IOException {
    FacetsConfig config = FacetDim.facetsConfig();
    try (Directory dir = new ByteBuffersDirectory()) {
      index(dir, new Random(11), config);
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        CareerSearcher searcher = new CareerSearcher(reader, config, null);
        MatchCache cache = new MatchCache(1 << 20, 1);
        Query all = new MatchAllDocsQuery();
        // counted once: remembered, not kept
        new SidewaysCounter(searcher, Map.of())
            .countMatches(searcher, all, cache, new TimeLimit(60_000));
        assertEquals(0, cache.size());
        // counted again but cut short: not kept either
        TimeLimit past = new TimeLimit(-1);
        new SidewaysCounter(searcher, Map.of()).countMatches(searcher, all, cache, past);
        assertTrue(past.expired());
        assertEquals(0, cache.size());
        SidewaysCounter.Result counted =
            new SidewaysCounter(searcher, Map.of())
                .countMatches(searcher, all, cache, new TimeLimit(60_000));
        assertEquals(reader.numDocs(), counted.total());
        assertEquals(1, cache.size());
      }
    }
  }

  /**
   * Kept matches are exactly the query's live matches, whether the count searched them (once, or
   * again to cache them) or read them from the match cache; a count cut short keeps none.
   */
  @Test
  void keptMatchesAreTheQuerysLiveMatches() throws IOException {
    FacetsConfig config = FacetDim.facetsConfig();
    try (Directory dir = new ByteBuffersDirectory()) {
      index(dir, new Random(12), config);
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        CareerSearcher searcher = new CareerSearcher(reader, config, null);
        Query query = new TermQuery(new Term("body", WORDS.get(0)));
        java.util.Set<Integer> expected = new java.util.TreeSet<>();
        for (ScoreDoc hit : searcher.search(query, reader.maxDoc()).scoreDocs) {
          expected.add(hit.doc);
        }
        assertTrue(expected.size() > 100, "the word matches " + expected.size());
        MatchCache cache = new MatchCache(1 << 20, 1);
        for (int count = 1; count <= 3; count++) {
          SidewaysCounter.Result counted =
              new SidewaysCounter(searcher, Map.of())
                  .keepingMatches()
                  .countMatches(searcher, query, cache, new TimeLimit(60_000));
          assertEquals(expected.size(), counted.total());
          java.util.Set<Integer> kept = new java.util.TreeSet<>();
          for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
            org.apache.lucene.util.FixedBitSet bits = counted.matches()[leaf.ord];
            for (int doc = 0; bits != null && doc < bits.length(); doc++) {
              if (bits.get(doc)) {
                kept.add(leaf.docBase + doc);
              }
            }
          }
          assertEquals(expected, kept, "count " + count);
          // the second count caches the matches, the third reads them from the cache
          assertEquals(count == 1 ? 0 : 1, cache.size());
        }
        TimeLimit past = new TimeLimit(-1);
        SidewaysCounter.Result cut =
            new SidewaysCounter(searcher, Map.of())
                .keepingMatches()
                .countMatches(searcher, new MatchAllDocsQuery(), cache, past);
        assertEquals(null, cut.matches());
        // without asking, a count keeps none
        assertEquals(
            null,
            new SidewaysCounter(searcher, Map.of())
                .countMatches(searcher, query, cache, new TimeLimit(60_000))
                .matches());
      }
    }
  }

  private static void compare(Facets expected, Facets actual, String query) throws IOException {
    for (FacetDim dim : FacetDim.values()) {
      for (int topN : new int[] {1, 3, 10}) {
        FacetResult e = expected.getTopChildren(topN, dim.param());
        FacetResult a = actual.getTopChildren(topN, dim.param());
        assertEquals(String.valueOf(e), String.valueOf(a), query + " top " + topN + " " + dim);
      }
      List<String> values = new ArrayList<>(VALUES.getOrDefault(dim, List.of()));
      values.add("never-indexed");
      for (String value : values) {
        assertEquals(
            expected.getSpecificValue(dim.param(), value),
            actual.getSpecificValue(dim.param(), value),
            query + " " + dim + "=" + value);
      }
    }
    // the same dimensions (Lucene's MultiFacets lists them in hash order)
    assertEquals(allDims(expected), allDims(actual), query);
  }

  private static List<String> allDims(Facets facets) throws IOException {
    return facets.getAllDims(5).stream()
        .filter(java.util.Objects::nonNull)
        .map(String::valueOf)
        .sorted()
        .toList();
  }

  private static Document randomDoc(Random random, int i) {
    Document doc = new Document();
    doc.add(new StringField("id", "d" + i, Field.Store.NO));
    if (random.nextInt(10) > 0) {
      // a salary on most documents, few distinct values: ties and missing values in the sort
      doc.add(new LongField(Fields.SALARY_MAX_USD, 1000L * random.nextInt(50), Field.Store.NO));
    }
    StringBuilder body = new StringBuilder();
    for (String word : WORDS) {
      if (random.nextInt(3) == 0) {
        body.append(word).append(' ');
      }
    }
    doc.add(new TextField("body", body.toString(), Field.Store.NO));
    if (random.nextInt(20) == 0) {
      return doc; // no facet at all
    }
    for (Map.Entry<FacetDim, List<String>> dim : VALUES.entrySet()) {
      if (random.nextInt(10) == 0) {
        continue; // some documents lack a dimension
      }
      for (int k = 0; k < 1 + random.nextInt(maxValues(dim.getKey(), random)); k++) {
        List<String> values = dim.getValue();
        // skewed, so that top-N has ties and a long tail
        String value = values.get((int) (values.size() * Math.pow(random.nextDouble(), 2)));
        doc.add(new SortedSetDocValuesFacetField(dim.getKey().param(), value));
      }
    }
    return doc;
  }

  /** How many values a document may have in a dimension (repeats count once). */
  private static int maxValues(FacetDim dim, Random random) {
    return switch (dim) {
      case EMPLOYMENT, SALARY_BAND -> 2;
      case CATEGORY -> 4;
      // now and then a second company: multi-valued in some segments, a column in others
      case COMPANY -> random.nextInt(150) == 0 ? 2 : 1;
      default -> 1;
    };
  }

  private static Query randomBase(Random random) {
    return random.nextInt(4) == 0
        ? new MatchAllDocsQuery()
        : new TermQuery(new Term("body", WORDS.get(random.nextInt(WORDS.size()))));
  }

  /**
   * No filter, or one to four dimensions with one or two values each; sometimes a value no document
   * has, or a dimension no document has.
   */
  private static Map<String, List<String>> randomFilters(Random random) {
    List<FacetDim> dims = new ArrayList<>(VALUES.keySet());
    dims.sort(null);
    Map<String, List<String>> filters = new java.util.TreeMap<>();
    int n = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(4);
    for (int f = 0; f < n; f++) {
      FacetDim dim =
          random.nextInt(40) == 0 ? NEVER_INDEXED : dims.get(random.nextInt(dims.size()));
      List<String> values = VALUES.getOrDefault(dim, List.of("anything"));
      List<String> selected = new ArrayList<>(filters.getOrDefault(dim.param(), List.of()));
      for (int v = 0; v < 1 + random.nextInt(2); v++) {
        selected.add(
            random.nextInt(20) == 0 ? "never-indexed" : values.get(random.nextInt(values.size())));
      }
      filters.put(dim.param(), selected);
    }
    return filters;
  }

  private static int[] docs(ScoreDoc[] hits) {
    return Arrays.stream(hits).mapToInt(h -> h.doc).toArray();
  }

  private static List<String> names(String prefix, int n) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      names.add(prefix + " " + i);
    }
    return names;
  }
}
