package careersearch.server.lucene;

import careersearch.schema.DocType;
import careersearch.schema.FacetDim;
import careersearch.schema.Fields;
import careersearch.schema.Schema;
import careersearch.server.api.BadRequestException;
import careersearch.server.api.Expiry;
import careersearch.server.api.NotFoundException;
import careersearch.server.api.ResponseShape;
import careersearch.server.api.SearchFlow;
import careersearch.server.api.SearchFlow.Outcome;
import careersearch.server.api.SearchMode;
import careersearch.server.api.SearchRequest;
import careersearch.server.api.SearchResponse;
import careersearch.server.api.SortOrder;
import careersearch.server.lucene.facet.FacetCounter;
import careersearch.server.lucene.facet.FacetEngine;
import careersearch.server.lucene.facet.SidewaysCounter;
import careersearch.server.query.Exclusions;
import careersearch.server.query.Interpretation;
import careersearch.server.query.JobIntent;
import careersearch.server.query.QueryInterpreter;
import careersearch.server.query.Strictness;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/** Full-text and faceted search over the index. Knows nothing about HTTP. */
public final class SearchService {
  private final IndexSearchers searchers;

  private final Duration timeout;

  /** The counting pass: the facet engine, or stock Lucene ({@link FacetEngine#selected}). */
  private final FacetEngine facets = FacetEngine.selected();

  public SearchService(IndexSearchers searchers) {
    this(searchers, ResponseShape.DEFAULT_TIMEOUT);
  }

  public SearchService(IndexSearchers searchers, Duration timeout) {
    this.searchers = searchers;
    this.timeout = timeout;
    searchers.warmWith(this::warm);
    // the searcher already open (at startup) is warmed too before this service answers anything
    searchers.withSearcher(
        searcher -> {
          warm(searcher);
          return null;
        });
  }

  /** Runs the warm-up searches on a searcher that is about to serve. */
  private void warm(CareerSearcher searcher) throws IOException {
    for (SearchRequest request : SearcherWarmer.requests()) {
      search(searcher, request);
    }
    // the warm-up's matches are not what people will ask: the first real request counts its own
    searcher.matchCache().clear();
  }

  public SearchResponse search(SearchRequest request) {
    return searchers.withSearcher(searcher -> search(searcher, request));
  }

  private SearchResponse search(CareerSearcher searcher, SearchRequest asked) throws IOException {
    // a named place becomes its point here, where the gazetteer is; an unknown one is a 400
    SearchRequest request =
        (asked.near() == null
                ? asked
                : asked.withNear(Radius.resolve(asked.near(), searcher.gazetteer())))
            .withMode(mode(asked, searcher));
    LocalDate today = Expiry.today();
    return SearchFlow.search(
        request,
        new SearchFlow.Engine() {
          @Override
          public Outcome run(SearchRequest r) throws IOException {
            return SearchService.this.run(searcher, r, today);
          }

          @Override
          public SearchFlow.Correction spelling(String q, List<Interpretation> interpreted)
              throws IOException {
            return SpellCorrector.correct(q, interpreted, searcher);
          }
        });
  }

  /** One search as asked: interpretation, query, drill-sideways facets, the page of hits. */
  private Outcome run(CareerSearcher searcher, SearchRequest asked, LocalDate today)
      throws IOException {
    // an excluded word is neither searched nor recognized: it only removes documents
    Exclusions exclusions = Exclusions.of(asked.q());
    String positive = exclusions.positive();
    List<Interpretation> interpreted = QueryInterpreter.interpret(positive, searcher.vocabulary());
    SearchRequest request = asked.strict() ? Strictness.asFilters(asked, interpreted) : asked;
    TextQuery text =
        asked.strict()
            ? QueryFactory.strict(
                QueryInterpreter.without(positive, interpreted),
                Strictness.tools(interpreted),
                searcher.queryAnalyzer())
            : QueryFactory.boosted(positive, interpreted, searcher.queryAnalyzer());
    text =
        ExclusionQueries.apply(
            exclusions,
            text,
            ExclusionQueries.query(exclusions, searcher.queryAnalyzer(), searcher.vocabulary()));
    boolean remoteAsked =
        request.filter(FacetDim.REMOTE).contains("remote")
            || interpreted.stream()
                .anyMatch(i -> i.dimension().equals("remote") && i.value().equals("remote"));
    // expired postings leave the hits, the total and every facet count, like a filter
    Restrictions restrictions =
        new Restrictions(
            request,
            Radius.within(searcher, request, remoteAsked),
            request.includeExpired()
                ? null
                : ExpiredPostings.before(searcher.getIndexReader(), today));
    TimeLimit limit = new TimeLimit(timeout.toMillis());
    int topN = request.offset() + request.size();
    Sort sort = request.sort().sort();

    // the semantic side: the nearest documents by meaning, fused with the words' matches below
    SemanticMatches semantic = null;
    TextQuery lexical = text;
    if (request.mode() != SearchMode.LEXICAL
        && !positive.isBlank()
        && !wordsSuffice(searcher, request, positive, restrictions.filter(text.matching()))) {
      float[] vector = searcher.queryVectors().query(positive);
      semantic =
          SemanticMatches.find(
              searcher,
              vector,
              searcher.passages(),
              request,
              Math.max(SemanticMatches.NEIGHBOURS, topN),
              r -> restrictions.of(r).filter(new MatchAllDocsQuery()));
      while (lexical.broader() != null
          && !exists(searcher, restrictions.filter(lexical.matching()))) {
        lexical = lexical.broader();
      }
      text =
          request.mode() == SearchMode.SEMANTIC
              ? TextQuery.of(semantic.matching())
              : new TextQuery(
                  either(lexical.ranked(), semantic.matching()),
                  either(lexical.matching(), semantic.matching()),
                  lexical.rankedMatchesMore(),
                  null);
    }

    // 1. every match of the text query, unscored: exact total and drill-sideways facet counts,
    // and the page of hits when they are sorted by a field
    SidewaysCounter.Result counted = count(searcher, text, restrictions, limit);
    while (counted.total() == 0 && text.broader() != null) {
      // the topic words matched nothing: let the recognized values match too
      text = text.broader();
      counted = count(searcher, text, restrictions, limit);
    }

    // a radius search's matches, as the counting pass found them, lead its ranked searches: the
    // scorers are advanced only to the hits, not to every posting in the radius
    DocBits matches =
        counted.matches() != null && text == lexical
            ? DocBits.of(
                restrictions.restrict(text.matching()),
                searcher.getIndexReader(),
                counted.matches())
            : null;

    // 2. by relevance, the page of hits comes from a scored search of the filtered query that only
    // needs the top N, so it skips documents that cannot make it (block-max WAND)
    Query ranked = restrictions.filter(text.ranked());
    TopDocs topDocs = null;
    if (request.sort() == SortOrder.DISTANCE) {
      // nearest first, ties by relevance: Lucene's distance sort over the points' doc values
      Sort nearest = Radius.nearestFirst(request.near());
      topDocs =
          searcher.search(
              ranked, limit.wrap(new TopFieldCollectorManager(nearest, topN, null, topN)));
      // the sort compared scores; the hits show them too
      org.apache.lucene.search.TopFieldCollector.populateScores(
          topDocs.scoreDocs, searcher, ranked);
    } else if (sort == null) {
      if (JobIntent.of(request, interpreted)
          && !asked.strict()
          && request.mode() != SearchMode.SEMANTIC) {
        // postings that meet the most parts first, the best knowledge document third
        JobRanking parts =
            new JobRanking(positive, interpreted, searcher.queryAnalyzer(), searcher.vocabulary());
        topDocs =
            IntentPage.top(
                searcher,
                restrictions.filter(parts.ranked(lexical.ranked())),
                restrictions.filter(lexical.ranked()),
                matches != null ? matches : restrictions.restrict(lexical.matching()),
                parts.placeable(!JobIntent.saysJobs(request, interpreted)),
                topN,
                limit);
      }
      if (topDocs != null && semantic != null) {
        // a job-intent page ranks by the parts a posting meets; meaning only adds after them
        topDocs = SemanticPage.after(topDocs, semantic, topN);
      } else if (topDocs == null && semantic != null && request.mode() == SearchMode.HYBRID) {
        // both rankings, fused: the words' top N plus as many as the semantic side found
        Query words = restrictions.filter(lexical.ranked());
        int window = topN + semantic.nearest().length;
        CollectorManager<?, TopDocs> top = new TopScoreDocCollectorManager(window, null, window);
        if (lexical.rankedMatchesMore()) {
          top = MatchesOnly.of(searcher, lexical.matching(), top);
        }
        TopDocs byWords = searcher.search(words, limit.wrap(top));
        topDocs =
            new TopDocs(
                byWords.totalHits,
                Fusion.fuse(
                    byWords.scoreDocs, semantic.nearest(), Fusion.semanticWeight(positive)));
      }
      if (topDocs == null) {
        // totalHitsThreshold = N: the total comes from the counting pass, so skip freely
        CollectorManager<?, TopDocs> top = new TopScoreDocCollectorManager(topN, null, topN);
        Query page = ranked;
        if (matches != null) {
          page = matches.leading(ranked);
        } else if (text.rankedMatchesMore()) {
          top = MatchesOnly.of(searcher, text.matching(), top);
        }
        topDocs = searcher.search(page, limit.wrap(top));
      }
    } else {
      // ties of value broken by relevance; sorted hits still show how well they matched
      topDocs = SortedPage.of(searcher, counted.top(), sort, ranked, text, topN);
    }
    return new Outcome(
        interpreted,
        limit.expired(),
        counted.total(),
        HitMaps.of(searcher, topDocs, lexical, semantic, request, today),
        FacetCounter.count(counted.facets(), request));
  }

  /** Counts the hits and their drill-sideways facets (and keeps a sorted page's first hits). */
  private SidewaysCounter.Result count(
      CareerSearcher searcher, TextQuery text, Restrictions restrictions, TimeLimit limit)
      throws IOException {
    SearchRequest request = restrictions.request();
    Sort sort = request.sort().sort();
    return facets.count(
        searcher,
        text.matching(),
        restrictions.none() ? null : restrictions.restrict(text.matching()),
        restrictions.facetFilters(),
        sort == null ? null : SortedPage.byValue(sort),
        request.offset() + request.size(),
        restrictions.radius() != null,
        limit);
  }

  /** The mode a request is served in: the asked one, else hybrid where the index has vectors. */
  private static SearchMode mode(SearchRequest request, CareerSearcher searcher) {
    boolean vectors = searcher.queryVectors() != null;
    if (request.mode() == null) {
      return vectors ? SearchMode.HYBRID : SearchMode.LEXICAL;
    }
    if (request.mode() != SearchMode.LEXICAL && !vectors) {
      throw new BadRequestException(
          "mode="
              + request.mode().key()
              + " needs an index with meaning vectors; this one was built without an embedder"
              + " (-Dcareersearch.embedder=none): use mode=lexical, or rebuild the index");
    }
    if (request.mode() == SearchMode.SEMANTIC && request.q().isBlank()) {
      throw new BadRequestException(
          "mode=semantic needs q: documents are found by their closeness to its meaning");
    }
    return request.mode();
  }

  /** A document either query matches, scored by the sum of both. */
  private static Query either(Query a, Query b) {
    return new BooleanQuery.Builder().add(a, Occur.SHOULD).add(b, Occur.SHOULD).build();
  }

  /**
   * Whether a hybrid search leaves the meaning out: keywords, whose semantic weight is none, when
   * their words already match {@link SemanticMatches#NEIGHBOURS} documents. The neighbours would
   * only follow those matches, past the pages anyone reads, and a vector search per filtered
   * dimension costs more than the words at a million postings (BENCHMARKS.md).
   */
  private static boolean wordsSuffice(
      IndexSearcher searcher, SearchRequest request, String positive, Query words)
      throws IOException {
    if (request.mode() != SearchMode.HYBRID || Fusion.semanticWeight(positive) > 0) {
      return false;
    }
    return AtLeast.matches(searcher, words, SemanticMatches.NEIGHBOURS);
  }

  /** Whether anything matches: stops at the first match. */
  private static boolean exists(IndexSearcher searcher, Query query) throws IOException {
    return searcher.search(query, new TopScoreDocCollectorManager(1, null, 1)).scoreDocs.length > 0;
  }

  /** The whole stored document, or {@link NotFoundException}. */
  public Map<String, Object> document(String id) {
    return searchers.withSearcher(
        searcher -> {
          TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
          if (top.scoreDocs.length == 0) {
            throw new NotFoundException("no document with id '" + id + "'");
          }
          Map<String, Object> document =
              HitMaps.source(searcher.storedFields().document(top.scoreDocs[0].doc));
          Expiry.mark(document, Expiry.today());
          return document;
        });
  }

  /** Status of the index being served. */
  public Map<String, Object> health() {
    return searchers.withSearcher(
        searcher -> {
          Map<String, Long> counts = new LinkedHashMap<>();
          for (DocType type : DocType.values()) {
            counts.put(
                type.key(),
                (long) searcher.count(new TermQuery(new Term(Fields.TYPE, type.key()))));
          }
          Map<String, Object> health = new LinkedHashMap<>();
          health.put("status", "ok");
          health.put("documents", counts);
          health.put("total_documents", searcher.getIndexReader().numDocs());
          health.put("index_version", searcher.version());
          health.put("schema_version", Schema.VERSION);
          health.put("committed_at", searcher.committedAt());
          health.put("opened_at", searcher.openedAt().toString());
          // where the postings came from (README "Postings that stay"): the corpus files or the
          // postings store, and the last store record the index has applied
          long jobs = counts.get(DocType.JOB.key());
          String stored = searcher.commitValue(Schema.COMMIT_STORE_POSTINGS);
          long fromStore = stored == null ? 0 : Long.parseLong(stored);
          Map<String, Object> postings = new LinkedHashMap<>();
          postings.put("from_corpus", jobs - fromStore);
          postings.put("from_store", fromStore);
          String seq = searcher.commitValue(Schema.COMMIT_STORE_SEQ);
          postings.put("store_seq", seq == null ? 0 : Long.parseLong(seq));
          health.put("postings", postings);
          return health;
        });
  }

  /** Segments, size on disk, version and opening time of the searcher serving now (metrics). */
  public Map<String, Object> indexStats() {
    return searchers.withSearcher(IndexStats::of);
  }
}
