package careersearch.indexer;

import careersearch.embed.Embedder;
import careersearch.embed.Embedders;
import careersearch.indexer.corpus.CorpusException;
import careersearch.indexer.corpus.CorpusLayout;
import careersearch.indexer.corpus.CurrencyRates;
import careersearch.indexer.corpus.JsonlPostingsReader;
import careersearch.indexer.corpus.OnetReader;
import careersearch.indexer.corpus.PostingCheck;
import careersearch.indexer.corpus.SalaryNormalizer;
import careersearch.indexer.corpus.SalarySurveyReader;
import careersearch.indexer.corpus.SeedArticleParser;
import careersearch.indexer.corpus.SeedDocument;
import careersearch.indexer.corpus.SeedPostingsParser;
import careersearch.indexer.corpus.ToolAliases;
import careersearch.indexer.corpus.ToolMerger;
import careersearch.indexer.generator.JobDocument;
import careersearch.indexer.generator.OccupationDocument;
import careersearch.indexer.generator.SalaryReportDocument;
import careersearch.indexer.generator.SectionDocument;
import careersearch.indexer.generator.SkillDocument;
import careersearch.indexer.generator.ToolDocument;
import careersearch.indexer.model.ArticleSection;
import careersearch.indexer.model.ArticleTool;
import careersearch.indexer.model.JobPosting;
import careersearch.indexer.model.Occupation;
import careersearch.indexer.model.SalaryReport;
import careersearch.indexer.model.SkillStatement;
import careersearch.indexer.model.Tool;
import careersearch.indexer.store.PostingsStore;
import careersearch.indexer.suggest.SuggestDirs;
import careersearch.indexer.suggest.SuggestionEntries;
import careersearch.schema.DocType;
import careersearch.schema.Schema;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
  private final Set<String> deletedCorpusIds = new HashSet<>();
  private long fromCorpus;
  private long fromStore;

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
      Fed fed = feed(adder, suggestions, vectors);
      vectors.save(indexDir, false);
      // the server reads places with the gazetteer the postings were resolved with
      careersearch.places.Gazetteers.copyInto(corpus.placesDir(), indexDir);
      String suggester = flushWhileBuilding(session, indexDir, suggestions);
      Map<String, String> commitData = vectors.commitData();
      commitData.put(Schema.COMMIT_CURRENCY_RATES, fed.sources().rates.toJson());
      commitData.put(Schema.COMMIT_QUERY_SYNONYMS, querySynonyms);
      commitData.put(Schema.COMMIT_SUGGEST_DIR, suggester);
      commitData.put(Schema.COMMIT_BUILD_ID, java.util.UUID.randomUUID().toString());
      if (store != null) {
        commitData.put(Schema.COMMIT_STORE_SEQ, Long.toString(store.store().lastSeq()));
        commitData.put(Schema.COMMIT_STORE_POSTINGS, Long.toString(fromStore));
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
      Fed fed = feed(adder, new SuggestionEntries(), DocumentVectors.NONE);
      ratesJson.accept(fed.sources().rates.toJson());
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
      store.compact(deletedCorpusIds::contains);
    }
  }

  /** Whether a corpus posting is left out: the store deletes or replaces it. */
  private boolean hiddenByStore(String id) {
    if (store == null) {
      return false;
    }
    if (store.store().deleted(id)) {
      deletedCorpusIds.add(id);
      return true;
    }
    return store.store().holds(id);
  }

  private record Fed(
      Sources sources, JsonlPostingsReader postings, PlaceStats places, DocumentVectors vectors) {}

  /**
   * Reads and parses on this thread. The knowledge documents go in first and in corpus order; the
   * many salary reports and postings are built and added on the adder's workers.
   */
  private Fed feed(ParallelAdder adder, SuggestionEntries suggestions, DocumentVectors vectors)
      throws IOException {
    fromCorpus = 0;
    fromStore = 0;
    deletedCorpusIds.clear();
    Sources sources = readSources();
    List<Path> postingFiles =
        new ArrayList<>(JsonlPostingsReader.postingFiles(corpus.postingsDir()));
    for (Path extra : extraPostings) {
      if (!Files.isRegularFile(extra)) {
        throw new CorpusException(extra, "postings file not found");
      }
      postingFiles.add(extra);
    }
    // the line count is only for a progress bar: not worth reading the postings twice without
    progress.started(sources.size() + (progress == Progress.NONE ? 0 : countLines(postingFiles)));

    SalaryNormalizer normalizer = new SalaryNormalizer(sources.rates);
    PlaceStats places = new PlaceStats(CorpusLayout.placeResolver(corpus.root()));
    // the knowledge documents are built in order on this thread: embed their texts first, on all
    vectors.prefetch(knowledgeMeanings(sources), threads);
    for (ArticleSection section : sources.sections) {
      adder.addInOrder(
          DocType.SECTION,
          () ->
              vectors.add(
                  SectionDocument.build(section),
                  SectionDocument.meaning(section),
                  SectionDocument.passages(section)));
    }
    for (SkillStatement skill : sources.skills) {
      adder.addInOrder(
          DocType.SKILL,
          () -> vectors.add(SkillDocument.build(skill), SkillDocument.meaning(skill)));
      suggestions.skill(skill.id(), skill.text());
    }
    for (Tool tool : sources.tools) {
      adder.addInOrder(
          DocType.TOOL, () -> vectors.add(ToolDocument.build(tool), ToolDocument.meaning(tool)));
      suggestions.tool(tool.id(), tool.name(), tool.occupations().size(), !tool.roles().isEmpty());
    }
    for (Occupation occupation : sources.occupations) {
      adder.addInOrder(
          DocType.OCCUPATION,
          () ->
              vectors.add(
                  OccupationDocument.build(occupation), OccupationDocument.meaning(occupation)));
      suggestions.occupation(OccupationDocument.id(occupation), occupation.title());
    }
    for (JobPosting job : sources.seedJobs) {
      if (hiddenByStore(job.id())) {
        continue;
      }
      fromCorpus++;
      adder.addInOrder(DocType.JOB, () -> jobDocument(job, places, vectors));
      suggestions.job(job.title(), job.company(), job.skills());
    }
    for (SalaryReport report : sources.reports) {
      adder.add(DocType.SALARY_REPORT, () -> SalaryReportDocument.build(report));
      suggestions.report(report.title());
    }
    JsonlPostingsReader postings = new JsonlPostingsReader(normalizer, skipInvalid);
    for (Path file : postingFiles) {
      postings.read(
          file,
          sourceName(file),
          job -> {
            if (hiddenByStore(job.id())) {
              return;
            }
            fromCorpus++;
            adder.add(DocType.JOB, () -> jobDocument(job, places, vectors));
            suggestions.job(job.title(), job.company(), job.skills());
          });
    }
    if (store != null) {
      PostingCheck check = new PostingCheck(normalizer);
      store
          .store()
          .forEachPut(
              put -> {
                JobPosting job = PostingsIngest.storedPosting(check, put, store.store().logFile());
                fromStore++;
                adder.add(DocType.JOB, () -> jobDocument(job, places, vectors));
                suggestions.job(job.title(), job.company(), job.skills());
              });
    }
    adder.finish();
    return new Fed(sources, postings, places, vectors);
  }

  /** A posting's document, with its place and (when the build has an embedder) its vector. */
  private static Document jobDocument(JobPosting job, PlaceStats places, DocumentVectors vectors) {
    return vectors.add(
        JobDocument.build(job, places.resolve(job.location())), JobDocument.meaning(job));
  }

  private static List<careersearch.embed.Meaning> knowledgeMeanings(Sources sources) {
    List<careersearch.embed.Meaning> meanings = new ArrayList<>();
    sources.sections.forEach(s -> meanings.add(SectionDocument.meaning(s)));
    sources.sections.forEach(
        s ->
            SectionDocument.passages(s)
                .forEach(p -> meanings.add(careersearch.embed.Meaning.of(p))));
    sources.skills.forEach(s -> meanings.add(SkillDocument.meaning(s)));
    sources.tools.forEach(t -> meanings.add(ToolDocument.meaning(t)));
    sources.occupations.forEach(o -> meanings.add(OccupationDocument.meaning(o)));
    sources.seedJobs.forEach(j -> meanings.add(JobDocument.meaning(j)));
    return meanings;
  }

  /** A corpus file by its path in the corpus, any other file by its path as given. */
  private String sourceName(Path file) {
    return extraPostings.contains(file)
        ? file.toString()
        : corpus.root().relativize(file).toString();
  }

  private Summary summary(Fed fed, ParallelAdder adder, long start) {
    return new Summary(
        adder.counts(),
        fed.postings().skipped(),
        fed.postings().problems().stream().map(Throwable::getMessage).toList(),
        Duration.ofNanos(System.nanoTime() - start),
        fed.places(),
        fed.vectors().stats(),
        new Postings(fromCorpus, fromStore, deletedCorpusIds.size()));
  }

  /** Suggester dirs to keep: the new one and the one a running server may still have open. */
  static java.util.Set<String> keep(String current, String previous) {
    return previous == null ? java.util.Set.of(current) : java.util.Set.of(current, previous);
  }

  /** Everything but the JSONL postings, read up front: small next to a large postings set. */
  private Sources readSources() throws IOException {
    List<SalaryReport> reports = SalarySurveyReader.read(corpus.salariesCsv());
    CurrencyRates rates = CurrencyRates.fromReports(reports);
    SalaryNormalizer normalizer = new SalaryNormalizer(rates);

    List<ArticleSection> sections = new ArrayList<>();
    List<SkillStatement> skills = new ArrayList<>();
    List<ArticleTool> articleTools = new ArrayList<>();
    List<JobPosting> seedJobs = new ArrayList<>();
    for (Path file : seedFiles()) {
      SeedDocument seed = SeedDocument.read(file);
      SeedArticleParser article = SeedArticleParser.parse(seed);
      sections.addAll(article.sections());
      skills.addAll(article.skills());
      articleTools.addAll(article.tools());
      seedJobs.addAll(SeedPostingsParser.parse(seed, normalizer));
    }

    OnetReader onet = new OnetReader(corpus.onetDir());
    List<Occupation> occupations = onet.occupations();
    Map<String, String> titles =
        occupations.stream().collect(Collectors.toMap(Occupation::code, Occupation::title));
    List<Tool> tools =
        ToolMerger.merge(
            articleTools, onet.technologies(), titles, ToolAliases.read(corpus.toolAliases()));
    return new Sources(rates, sections, skills, tools, occupations, seedJobs, reports);
  }

  private List<Path> seedFiles() throws IOException {
    try (Stream<Path> files = Files.list(corpus.seedDir())) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  private static long countLines(List<Path> files) throws IOException {
    long lines = 0;
    for (Path file : files) {
      try (Stream<String> s = Files.lines(file)) {
        lines += s.count();
      } catch (UncheckedIOException e) {
        // undecodable bytes: the reader reports them with their line; the count is only a hint
      }
    }
    return lines;
  }

  private record Sources(
      CurrencyRates rates,
      List<ArticleSection> sections,
      List<SkillStatement> skills,
      List<Tool> tools,
      List<Occupation> occupations,
      List<JobPosting> seedJobs,
      List<SalaryReport> reports) {
    long size() {
      return Stream.of(sections, skills, tools, occupations, seedJobs, reports)
          .mapToLong(List::size)
          .sum();
    }
  }
}
