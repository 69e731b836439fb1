package careersearch.server.lucene;

import careersearch.indexer.suggest.Suggestions;
import careersearch.schema.Analyzers;
import careersearch.schema.Schema;
import careersearch.server.lucene.facet.FacetOrdinals;
import careersearch.server.lucene.facet.MatchCache;
import careersearch.server.lucene.facet.ValueColumns;
import careersearch.server.query.QueryVocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A searcher over one point-in-time of the index, with the state that belongs to that point in
 * time, built once when the searcher opens rather than per request: the facet ordinal map and every
 * document's facet ordinals, the query analyzer with the commit's synonyms, the interpreter's
 * vocabulary and the suggester.
 */
public final class CareerSearcher extends IndexSearcher {
  private static final Logger LOG = LoggerFactory.getLogger(CareerSearcher.class);

  private final SortedSetDocValuesReaderState facetState;
  private final FacetOrdinals facetOrdinals;
  private final ValueColumns valueColumns;
  private final MatchCache matchCache = MatchCache.fromSystemProperty();
  private final RadiusSets radiusSets = new RadiusSets(RadiusSets.MAX_BYTES);
  private final Instant openedAt = Instant.now();
  private final Map<String, String> commitData;
  private final Analyzer queryAnalyzer;
  private final QueryVocabulary vocabulary;
  private final careersearch.places.Gazetteer gazetteer;
  private final AnalyzingInfixSuggester suggester;
  private final QueryVectors queryVectors;
  private final PassageVectors passages;

  public CareerSearcher(IndexReader reader, FacetsConfig facetsConfig, Path indexDir)
      throws IOException {
    super(reader);
    this.facetState = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
    // every document's facet ordinals, decoded here once rather than for every request
    this.facetOrdinals = FacetOrdinals.build(reader, facetState);
    this.valueColumns = new ValueColumns(reader);
    this.commitData =
        reader instanceof DirectoryReader dr ? dr.getIndexCommit().getUserData() : Map.of();
    // the index's own synonyms plus those that only widen queries
    String synonyms =
        commitData.getOrDefault(Schema.COMMIT_SYNONYMS, "")
            + "\n"
            + commitData.getOrDefault(Schema.COMMIT_QUERY_SYNONYMS, "");
    this.queryAnalyzer = Analyzers.query(synonyms);
    // the places of the gazetteer the index was built with (copied beside it by the rebuild)
    this.gazetteer =
        careersearch.places.Gazetteers.of(
            indexDir == null
                ? null
                : indexDir.resolve(careersearch.places.Gazetteers.INDEX_SUBDIR));
    this.vocabulary = QueryVocabulary.build(this, facetState, synonyms, gazetteer);
    this.suggester = openSuggester(reader, indexDir);
    this.queryVectors = QueryVectors.forIndex(commitData);
    this.passages = queryVectors == null ? PassageVectors.NONE : PassageVectors.load(reader);
    // the suggester lives as long as this point in time: closed with the reader
    reader
        .getReaderCacheHelper()
        .addClosedListener(key -> IOUtils.closeWhileHandlingException(suggester, queryAnalyzer));
  }

  private AnalyzingInfixSuggester openSuggester(IndexReader reader, Path indexDir)
      throws IOException {
    String name = commitData.get(Schema.COMMIT_SUGGEST_DIR);
    if (indexDir != null && name != null && Files.isDirectory(indexDir.resolve(name))) {
      return Suggestions.open(FSDirectory.open(indexDir.resolve(name)));
    }
    // an index written without a suggester (tests, older tools): build one in memory
    LOG.info("No suggester stored with this commit; building one in memory");
    return Suggestions.build(reader, new ByteBuffersDirectory());
  }

  public SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  public Analyzer queryAnalyzer() {
    return queryAnalyzer;
  }

  public QueryVocabulary vocabulary() {
    return vocabulary;
  }

  /** The places this index's postings were resolved with. */
  public careersearch.places.Gazetteer gazetteer() {
    return gazetteer;
  }

  /** Embeds queries like the index's documents; null when the index has no vectors. */
  public QueryVectors queryVectors() {
    return queryVectors;
  }

  /** The sentence vectors of the long documents (none without vectors). */
  PassageVectors passages() {
    return passages;
  }

  public AnalyzingInfixSuggester suggester() {
    return suggester;
  }

  /** Sorted values, decoded on first use. */
  public ValueColumns valueColumns() {
    return valueColumns;
  }

  /** The matches of recent text queries. */
  public MatchCache matchCache() {
    return matchCache;
  }

  /** The documents of recent radius searches. */
  RadiusSets radiusSets() {
    return radiusSets;
  }

  public FacetOrdinals facetOrdinals() {
    return facetOrdinals;
  }

  public Instant openedAt() {
    return openedAt;
  }

  /** The reader's version: changes with every commit the searcher sees. */
  public long version() {
    return getIndexReader() instanceof DirectoryReader dr ? dr.getVersion() : 0;
  }

  /** The commit's value for a {@code Schema.COMMIT_*} key, or null. */
  public String commitValue(String key) {
    return commitData.get(key);
  }

  /** When the commit was made, as recorded by the indexer. */
  public String committedAt() {
    return commitData.get(Schema.COMMIT_TIME);
  }
}
