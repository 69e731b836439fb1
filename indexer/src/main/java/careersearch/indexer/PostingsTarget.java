package careersearch.indexer;

import careersearch.indexer.corpus.SalaryNormalizer;
import careersearch.indexer.model.JobPosting;
import java.io.IOException;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Where {@link PostingsIngest} applies the postings store's records: the embedded index ({@link
 * PostingsUpdater}) or a SolrCloud collection ({@link careersearch.indexer.solr.SolrPostings}).
 * Each remembers the last store record it applied, so a write that reached the store but not the
 * engine is replayed before the next one.
 */
public interface PostingsTarget {
  /** The engine as the CLI and the errors name it: an index dir, a Solr collection. */
  String describe();

  /**
   * Starts a change: takes the engine's write lock where it has one.
   *
   * @throws IllegalArgumentException when there is no index or collection to change
   */
  Change open() throws IOException;

  /** The job posting with this id as the engine serves it now, read without any lock. */
  Optional<JobPosting> served(String id) throws IOException;

  /** One batch of upserts and deletes, applied at {@link #commit} or not at all. */
  interface Change extends AutoCloseable {
    /** Normalizes salaries as the engine's last full rebuild did. */
    SalaryNormalizer normalizer();

    /** The last postings-store record the engine has applied (0: none). */
    long storeSeq() throws IOException;

    /** Which of these ids the engine serves as job postings. */
    Set<String> jobsAmong(Collection<String> ids) throws IOException;

    /** The job posting with this id as the engine serves it. */
    Optional<JobPosting> job(String id) throws IOException;

    /** Adds the posting, or replaces the one with its id. */
    void upsert(JobPosting job) throws IOException;

    void delete(String id) throws IOException;

    /**
     * Applies the change and records the store's position: the last record applied, and how many
     * postings the store holds.
     */
    void commit(long storeSeq, long storePostings) throws IOException;

    @Override
    void close() throws IOException;
  }
}
