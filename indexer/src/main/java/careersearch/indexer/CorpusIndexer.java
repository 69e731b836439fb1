package careersearch.indexer;

import careersearch.embed.Embedder;
import careersearch.embed.Embedders;
import careersearch.indexer.corpus.CorpusLayout;
import careersearch.indexer.store.PostingsStore;
import careersearch.indexer.suggest.SuggestDirs;
import careersearch.indexer.suggest.SuggestionEntries;
import careersearch.schema.DocType;
import careersearch.schema.Schema;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;

/**
 * Rebuilds the whole index from a corpus directory. The new index becomes visible in one commit at
 * the end; any failure rolls back and leaves the previous index untouched.
 */
public final class CorpusIndexer {

  /** Receives progress while indexing (e.g. a progress bar). */
  public interface Progress {
    /** Called once the sizes of all sources are known. */
    default void started(long totalDocuments) {}

    /** Called after each indexed document, from indexing threads (one at a time). */
    default void indexed(DocType type) {}

    Progress NONE = new Progress() {};
  }

  /** What a rebuild did. */
  public record Summary(
      Map<DocType, Long> documents,
      long skippedLines,
      List<String> problems,
      Duration took,
      PlaceStats places,
      careersearch.embed.TextVectors.Stats vectors,
      Postings postings) {
    public long total() {
      return documents.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /**
   * Where the postings came from.
   *
   * @param fromCorpus postings of the corpus files (seed, {@code corpus/postings/}, extra files)
   * @param fromStore postings of the postings store (added or updated by id)
   * @param deletionsApplied corpus postings left out because the store records their deletion
   */
  public record Postings(long fromCorpus, long fromStore, long deletionsApplied) {}

  private final CorpusLayout corpus;
  private final List<Path> extraPostings;
  private final boolean skipInvalid;
  private final Progress progress;
  private final int threads;
  private Embedder embedder = Embedders.configured();
  private PostingsStore.Writer store;

  /** The latest reading of the corpus: its store deletions are what {@link #compactStore} keeps. */
  private CorpusFeed lastFeed;

  public CorpusIndexer(Path corpusDir, boolean skipInvalid, Progress progress) {
    this(corpusDir, List.of(), skipInvalid, progress);
  }

  /**
   * @param extraPostings JSONL postings files indexed after the corpus's own, e.g. generated
   *     postings that must stay outside {@code corpus/}
   */
  public CorpusIndexer(
      Path corpusDir, List<Path> extraPostings, boolean skipInvalid, Progress progress) {
    this.corpus = new CorpusLayout(corpusDir);
    this.extraPostings = List.copyOf(extraPostings);
    this.skipInvalid = skipInvalid;
    this.progress = progress;
    this.threads = ParallelAdder.defaultThreads();
  }

  /** Embeds with {@code embedder} instead of the configured one; {@code null} for no vectors. */
  public CorpusIndexer embeddingWith(Embedder embedder) {
    this.embedder = embedder;
    return this;
  }

  /**
   * Indexes the postings of this store too (its deletions hide corpus postings, its postings
   * replace corpus postings of the same id), and compacts its log after the rebuild. The caller
   * holds the store's write lock for the whole rebuild.
   */
  public CorpusIndexer withStore(PostingsStore.Writer store) {
    this.store = store;
    return this;
  }

  /**
   * Rebuilds the index at {@code indexDir}.
   *
   * @throws careersearch.indexer.corpus.CorpusException on the first malformed input (unless
   *     skipping), with {@code file:line: reason}
   * @throws IndexSession.IndexBusyException when another rebuild holds the index
   */
  public Summary reindex(Path indexDir) throws IOException {
    long start = System.nanoTime();
    corpus.validate();
    Files.createDirectories(indexDir);
    // take the write lock first, so a second rebuild fails at once rather than after reading
    String synonyms = CorpusLayout.readOptional(corpus.synonyms());
    String querySynonyms = CorpusLayout.readOptional(corpus.querySynonyms());
    try (IndexSession session = IndexSession.open(indexDir, OpenMode.CREATE, synonyms);
        ParallelAdder adder = new ParallelAdder(session::add, progress, threads)) {
      String previousSuggester = session.lastCommitData().get(Schema.COMMIT_SUGGEST_DIR);
      SuggestionEntries suggestions = new SuggestionEntries();
      // the vectors of texts the index being replaced already embedded are reused
      DocumentVectors vectors = DocumentVectors.reusing(embedder, indexDir);
      CorpusFeed.Fed fed = feed(adder, suggestions, vectors);
      vectors.save(indexDir, false);
      // the server reads places with the gazetteer the postings were resolved with
      careersearch.places.Gazetteers.copyInto(corpus.placesDir(), indexDir);
      String suggester = flushWhileBuilding(session, indexDir, suggestions);
      Map<String, String> commitData = vectors.commitData();
      commitData.put(Schema.COMMIT_CURRENCY_RATES, fed.rates().toJson());
      commitData.put(Schema.COMMIT_QUERY_SYNONYMS, querySynonyms);
      commitData.put(Schema.COMMIT_SUGGEST_DIR, suggester);
      commitData.put(Schema.COMMIT_BUILD_ID, java.util.UUID.randomUUID().toString());
      if (store != null) {
        commitData.put(Schema.COMMIT_STORE_SEQ, Long.toString(store.store().lastSeq()));
        commitData.put(Schema.COMMIT_STORE_POSTINGS, Long.toString(fed.origins().fromStore()));
      }
      session.commit(commitData);
      SuggestDirs.deleteAllBut(indexDir, keep(suggester, previousSuggester));
      compactStore();
      return summary(fed, adder, start);
    }
  }

  /**
   * Builds the suggester (one thread) while the writer flushes the documents still in memory to
   * segments (its own threads): the two longest steps after reading, side by side.
   *
   * @return the suggester's directory name
   */
  private static String flushWhileBuilding(
      IndexSession session, Path indexDir, SuggestionEntries suggestions) throws IOException {
    ExecutorService builder = Executors.newSingleThreadExecutor();
    try {
      Future<String> suggester = builder.submit(() -> SuggestDirs.build(indexDir, suggestions));
      session.flush();
      return suggester.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while building the suggester");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IOException(e.getCause());
    } finally {
      builder.shutdownNow();
    }
  }

  /** Receives every document of the corpus, e.g. an index session or a Solr collection. */
  public interface Sink {
    void add(Document doc) throws IOException;
  }

  /**
   * Reads the whole corpus and hands every document to {@code sink} (another engine's indexer), one
   * at a time and in order; committing is the sink's business.
   */
  public Summary feed(Sink sink, java.util.function.Consumer<String> ratesJson) throws IOException {
    long start = System.nanoTime();
    corpus.validate();
    try (ParallelAdder adder = new ParallelAdder(sink, progress, 1)) {
      // the Solr backend searches by words: its documents need no vectors
      CorpusFeed.Fed fed = feed(adder, new SuggestionEntries(), DocumentVectors.NONE);
      ratesJson.accept(fed.rates().toJson());
      return summary(fed, adder, start);
    }
  }

  /**
   * After a rebuild that read the store: rewrites its log with what the next rebuild needs (its
   * postings, and the deletions of postings the corpus files still have). The Solr rebuild calls it
   * once the new collection serves; {@link #reindex} calls it itself.
   */
  public void compactStore() throws IOException {
    if (store != null) {
      CorpusFeed last = lastFeed;
      store.compact(id -> last != null && last.deletedFromCorpus(id));
    }
  }

  /** Reads the corpus into {@code adder}, as {@link CorpusFeed} does. */
  private CorpusFeed.Fed feed(
      ParallelAdder adder, SuggestionEntries suggestions, DocumentVectors vectors)
      throws IOException {
    lastFeed = new CorpusFeed(corpus, extraPostings, skipInvalid, progress, threads, store);
    return lastFeed.feed(adder, suggestions, vectors);
  }

  private Summary summary(CorpusFeed.Fed fed, ParallelAdder adder, long start) {
    return new Summary(
        adder.counts(),
        fed.postings().skipped(),
        fed.postings().problems().stream().map(Throwable::getMessage).toList(),
        Duration.ofNanos(System.nanoTime() - start),
        fed.places(),
        fed.vectors().stats(),
        fed.origins());
  }

  /** Suggester dirs to keep: the new one and the one a running server may still have open. */
  static java.util.Set<String> keep(String current, String previous) {
    return previous == null ? java.util.Set.of(current) : java.util.Set.of(current, previous);
  }
}
