package careersearch.indexer;

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
import careersearch.indexer.suggest.SuggestionEntries;
import careersearch.schema.DocType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;

/**
 * One reading of the corpus for {@link CorpusIndexer}: reads every source (the corpus files, the
 * extra postings files, the postings store) and hands each document to a {@link ParallelAdder},
 * leaving out the corpus postings the store deletes or replaces. It exists so that the indexer
 * keeps to what a rebuild does with the documents (commit, suggester, summary) and this class to
 * where they come from and in which order.
 */
final class CorpusFeed {

  /**
   * What a reading produced, besides the documents it added.
   *
   * @param postings the JSONL reader, with the lines it skipped and why
   * @param origins where the postings came from
   */
  record Fed(
      CurrencyRates rates,
      JsonlPostingsReader postings,
      PlaceStats places,
      DocumentVectors vectors,
      CorpusIndexer.Postings origins) {}

  private final CorpusLayout corpus;
  private final List<Path> extraPostings;
  private final boolean skipInvalid;
  private final CorpusIndexer.Progress progress;
  private final int threads;
  private final PostingsStore.Writer store;
  private final Set<String> deletedCorpusIds = new HashSet<>();
  private long fromCorpus;
  private long fromStore;

  /**
   * @param store the postings store whose postings are read too, or null
   */
  CorpusFeed(
      CorpusLayout corpus,
      List<Path> extraPostings,
      boolean skipInvalid,
      CorpusIndexer.Progress progress,
      int threads,
      PostingsStore.Writer store) {
    this.corpus = corpus;
    this.extraPostings = extraPostings;
    this.skipInvalid = skipInvalid;
    this.progress = progress;
    this.threads = threads;
    this.store = store;
  }

  /** Whether the store deletes this posting of the corpus files (met while reading them). */
  boolean deletedFromCorpus(String id) {
    return deletedCorpusIds.contains(id);
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

  /**
   * Reads and parses on this thread. The knowledge documents go in first and in corpus order; the
   * many salary reports and postings are built and added on the adder's workers.
   */
  Fed feed(ParallelAdder adder, SuggestionEntries suggestions, DocumentVectors vectors)
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
    progress.started(
        sources.size() + (progress == CorpusIndexer.Progress.NONE ? 0 : countLines(postingFiles)));

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
    return new Fed(
        sources.rates,
        postings,
        places,
        vectors,
        new CorpusIndexer.Postings(fromCorpus, fromStore, deletedCorpusIds.size()));
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
