package careersearch.indexer;

import careersearch.embed.Embedders;
import careersearch.indexer.corpus.CurrencyRates;
import careersearch.indexer.corpus.JsonlPostingsReader;
import careersearch.indexer.corpus.SalaryNormalizer;
import careersearch.indexer.generator.JobDocument;
import careersearch.indexer.model.JobPosting;
import careersearch.indexer.suggest.SuggestDirs;
import careersearch.places.Gazetteer;
import careersearch.places.PlaceResolver;
import careersearch.schema.DocType;
import careersearch.schema.Fields;
import careersearch.schema.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * Adds, replaces and deletes postings by id in an existing index, each batch in one commit. Uses
 * the currency rates recorded by the last full rebuild, so salaries normalize the same way.
 */
public final class PostingsUpdater {
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

  /** Outcome of an add: how many postings were new and how many replaced one with the same id. */
  public record AddResult(long added, long replaced, long skippedLines, List<String> problems) {}

  /**
   * Adds or replaces every posting of a JSONL file. A malformed line stops the whole batch (unless
   * skipping) before anything is committed.
   */
  public AddResult add(Path jsonl, boolean skipInvalid) throws IOException {
    requireIndex();
    try (IndexSession session = IndexSession.openExisting(indexDir);
        FSDirectory dir = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      String ratesJson = session.lastCommitData().get(Schema.COMMIT_CURRENCY_RATES);
      CurrencyRates rates =
          ratesJson == null ? CurrencyRates.of(Map.of()) : CurrencyRates.fromJson(ratesJson);
      JsonlPostingsReader postings =
          new JsonlPostingsReader(new SalaryNormalizer(rates), skipInvalid);
      IndexSearcher searcher = new IndexSearcher(reader);
      // new postings get vectors from the model the index's others came from
      DocumentVectors vectors =
          DocumentVectors.reusing(
              Embedders.forIndex(session.lastCommitData().get(Schema.COMMIT_EMBEDDER)), indexDir);
      long[] addedReplaced = new long[2];
      postings.read(
          jsonl,
          jsonl.getFileName().toString(),
          job -> upsert(session, searcher, job, vectors, addedReplaced));
      vectors.save(indexDir, true);
      commitWithSuggester(session);
      return new AddResult(
          addedReplaced[0],
          addedReplaced[1],
          postings.skipped(),
          postings.problems().stream().map(Throwable::getMessage).toList());
    }
  }

  private void upsert(
      IndexSession session,
      IndexSearcher before,
      JobPosting job,
      DocumentVectors vectors,
      long[] addedReplaced) {
    try {
      boolean exists = before.count(new TermQuery(new Term(Fields.ID, job.id()))) > 0;
      session.upsert(
          job.id(),
          vectors.add(
              JobDocument.build(job, places.resolve(job.location())), JobDocument.meaning(job)));
      addedReplaced[exists ? 1 : 0]++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Deletes job postings by id, all or nothing.
   *
   * @throws IllegalArgumentException naming the ids that are not postings in the index
   */
  public int delete(List<String> ids) throws IOException {
    requireIndex();
    Set<String> unique = new LinkedHashSet<>(ids);
    try (IndexSession session = IndexSession.openExisting(indexDir);
        FSDirectory dir = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      List<String> unknown = new ArrayList<>();
      for (String id : unique) {
        BooleanQuery isJob =
            new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.ID, id)), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.TYPE, DocType.JOB.key())), Occur.FILTER)
                .build();
        if (searcher.count(isJob) == 0) {
          unknown.add(id);
        }
      }
      if (!unknown.isEmpty()) {
        throw new IllegalArgumentException(
            "no job posting with id " + unknown + " in " + indexDir + "; nothing was deleted");
      }
      for (String id : unique) {
        session.delete(id);
      }
      commitWithSuggester(session);
      return unique.size();
    }
  }

  /** Commits with a suggester rebuilt for the changed postings (companies, titles, skills). */
  private void commitWithSuggester(IndexSession session) throws IOException {
    Map<String, String> data = session.lastCommitData();
    String previous = data.get(Schema.COMMIT_SUGGEST_DIR);
    String suggester = SuggestDirs.build(session);
    data.put(Schema.COMMIT_SUGGEST_DIR, suggester);
    session.commit(data);
    SuggestDirs.deleteAllBut(indexDir, CorpusIndexer.keep(suggester, previous));
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
