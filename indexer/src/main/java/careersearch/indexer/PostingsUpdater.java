package careersearch.indexer;

import careersearch.embed.Embedders;
import careersearch.indexer.corpus.CurrencyRates;
import careersearch.indexer.corpus.SalaryNormalizer;
import careersearch.indexer.generator.JobDocument;
import careersearch.indexer.generator.SourceJson;
import careersearch.indexer.model.JobPosting;
import careersearch.indexer.suggest.SuggestDirs;
import careersearch.indexer.suggest.SuggestionEntries;
import careersearch.places.Gazetteer;
import careersearch.places.PlaceResolver;
import careersearch.schema.DocType;
import careersearch.schema.Fields;
import careersearch.schema.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Adds, replaces and deletes postings by id in an existing index, each batch in one commit ({@link
 * Change}). Uses the currency rates recorded by the last full rebuild, so salaries normalize the
 * same way. {@link PostingsIngest} decides what to change; this class only changes the index.
 */
public final class PostingsUpdater implements PostingsTarget {
  private final Path indexDir;
  private final PlaceResolver places;

  /** An updater for deletes, which resolve no places. */
  public PostingsUpdater(Path indexDir) {
    this(indexDir, new PlaceResolver(Gazetteer.EMPTY));
  }

  /**
   * @param places resolves the added postings' locations; the corpus's gazetteer, as the rebuild
   */
  public PostingsUpdater(Path indexDir, PlaceResolver places) {
    this.indexDir = indexDir;
    this.places = places;
  }

  public Path indexDir() {
    return indexDir;
  }

  @Override
  public String describe() {
    return indexDir.toString();
  }

  /**
   * Starts a change: takes the index's write lock and reads its last commit.
   *
   * @throws IllegalArgumentException when there is no index
   * @throws IndexSession.IndexBusyException when another process writes it
   */
  @Override
  public Change open() throws IOException {
    requireIndex();
    IndexSession session = IndexSession.openExisting(indexDir);
    try {
      return new Change(session);
    } catch (IOException | RuntimeException e) {
      session.close();
      throw e;
    }
  }

  /** The job posting with this id in the index's last commit, read without any lock. */
  @Override
  public Optional<JobPosting> served(String id) throws IOException {
    requireIndex();
    try (FSDirectory dir = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return job(new IndexSearcher(reader), id);
    }
  }

  private static Optional<JobPosting> job(IndexSearcher searcher, String id) throws IOException {
    TopDocs top = searcher.search(isJobQuery(id), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    BytesRef json =
        searcher
            .storedFields()
            .document(top.scoreDocs[0].doc, Set.of(Fields.SOURCE))
            .getBinaryValue(Fields.SOURCE);
    return Optional.of(SourceJson.read(json.bytes, json.offset, json.length, JobPosting.class));
  }

  /** One batch of upserts and deletes, visible at {@link #commit} or not at all. */
  public final class Change implements PostingsTarget.Change {
    private final IndexSession session;
    private final FSDirectory dir;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Map<String, String> data;
    private final SalaryNormalizer normalizer;
    private DocumentVectors vectors;

    /** Each changed id's posting as the change leaves it (null: deleted). */
    private final Map<String, JobPosting> after = new HashMap<>();

    /** The last commit's posting of each changed id (null: it had none), for the suggestions. */
    private final Map<String, JobPosting> before = new HashMap<>();

    private Change(IndexSession session) throws IOException {
      this.session = session;
      this.data = session.lastCommitData();
      String ratesJson = data.get(Schema.COMMIT_CURRENCY_RATES);
      this.normalizer =
          new SalaryNormalizer(
              ratesJson == null ? CurrencyRates.of(Map.of()) : CurrencyRates.fromJson(ratesJson));
      this.dir = FSDirectory.open(indexDir);
      this.reader = DirectoryReader.open(dir);
      this.searcher = new IndexSearcher(reader);
    }

    /** Normalizes salaries with the rates of the last full rebuild. */
    @Override
    public SalaryNormalizer normalizer() {
      return normalizer;
    }

    /** The last postings-store record the index has applied (0: none). */
    @Override
    public long storeSeq() {
      String seq = data.get(Schema.COMMIT_STORE_SEQ);
      return seq == null ? 0 : Long.parseLong(seq);
    }

    @Override
    public Set<String> jobsAmong(Collection<String> ids) throws IOException {
      Set<String> jobs = new HashSet<>();
      for (String id : ids) {
        if (searcher.count(isJobQuery(id)) > 0) {
          jobs.add(id);
        }
      }
      return jobs;
    }

    /** The job posting with this id as the last commit stored it. */
    @Override
    public Optional<JobPosting> job(String id) throws IOException {
      return PostingsUpdater.job(searcher, id);
    }

    /** Adds the posting, or replaces the one with its id. */
    @Override
    public void upsert(JobPosting job) throws IOException {
      if (vectors == null) {
        // new postings get vectors from the model the index's others came from
        vectors =
            DocumentVectors.reusing(Embedders.forIndex(data.get(Schema.COMMIT_EMBEDDER)), indexDir);
      }
      changing(job.id(), job);
      session.upsert(
          job.id(),
          vectors.add(
              JobDocument.build(job, places.resolve(job.location())), JobDocument.meaning(job)));
    }

    @Override
    public void delete(String id) throws IOException {
      changing(id, null);
      session.delete(id);
    }

    private void changing(String id, JobPosting posting) throws IOException {
      if (!after.containsKey(id)) {
        before.put(id, job(id).orElse(null));
      }
      after.put(id, posting);
    }

    /** The suggestions' weights of the postings replaced or deleted go, the new ones' come. */
    private void reweigh(SuggestionEntries entries) {
      for (JobPosting old : before.values()) {
        if (old != null) {
          entries.removeJob(old.title(), nonNull(old.company()), nonNull(old.skills()));
        }
      }
      for (JobPosting now : after.values()) {
        if (now != null) {
          entries.job(now.title(), nonNull(now.company()), nonNull(now.skills()));
        }
      }
    }

    /**
     * Commits, with the store's position (the last record applied, and how many postings it holds)
     * and a suggester that follows the changed postings' titles, companies and skills: a copy of
     * the last commit's with those suggestions rewritten, or one built from every document when
     * that one has no saved entries (an index built by an earlier version).
     */
    @Override
    public void commit(long storeSeq, long storePostings) throws IOException {
      if (vectors != null) {
        vectors.save(indexDir, true);
      }
      String previous = data.get(Schema.COMMIT_SUGGEST_DIR);
      String suggester = SuggestDirs.update(indexDir, previous, this::reweigh);
      if (suggester == null) {
        suggester = SuggestDirs.build(session);
      }
      data.put(Schema.COMMIT_SUGGEST_DIR, suggester);
      data.put(Schema.COMMIT_STORE_SEQ, Long.toString(storeSeq));
      data.put(Schema.COMMIT_STORE_POSTINGS, Long.toString(storePostings));
      session.commit(data);
      SuggestDirs.deleteAllBut(indexDir, CorpusIndexer.keep(suggester, previous));
    }

    @Override
    public void close() throws IOException {
      try (session;
          dir) {
        reader.close();
      }
    }
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  private static List<String> nonNull(List<String> list) {
    return list == null ? List.of() : list;
  }

  private static BooleanQuery isJobQuery(String id) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.ID, id)), Occur.FILTER)
        .add(new TermQuery(new Term(Fields.TYPE, DocType.JOB.key())), Occur.FILTER)
        .build();
  }

  private void requireIndex() throws IOException {
    // checked first: FSDirectory.open would create a mistyped --index directory
    boolean exists = Files.isDirectory(indexDir);
    if (exists) {
      try (FSDirectory dir = FSDirectory.open(indexDir)) {
        exists = DirectoryReader.indexExists(dir);
      }
    }
    if (!exists) {
      throw new IllegalArgumentException(
          "no index at " + indexDir + "; build one first with the reindex command");
    }
  }
}
