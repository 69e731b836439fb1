package careersearch.server.knowledge;

import careersearch.server.lucene.IndexSearchers;

/**
 * The knowledge services over one set of index searchers, sharing one cache of per-commit knowledge
 * ({@link KnowledgeBase}): linked documents, salary insights and role comparison.
 */
public final class Knowledge {
  private final IndexSearchers searchers;
  private final KnowledgeCache cache = new KnowledgeCache();
  private final RelatedDocuments related;
  private final SalaryInsights salaries;
  private final RoleComparison roles;

  public Knowledge(IndexSearchers searchers) {
    this.searchers = searchers;
    this.related = new RelatedDocuments(searchers, cache);
    this.salaries = new SalaryInsights(searchers, cache);
    this.roles = new RoleComparison(searchers, cache);
    // each later commit's knowledge is built while its searcher is warmed, before it serves: the
    // first /api/documents or /api/compare after a commit then does not wait a second for it
    searchers.warmWith(cache::get);
  }

  /** The cache of per-commit knowledge (tests check what is built when). */
  KnowledgeCache cache() {
    return cache;
  }

  /**
   * Builds the knowledge of the current commit now (a second or two with the bundled corpus), so
   * that the first request does not wait for it; later commits' are built when they are warmed.
   */
  public void warmUp() {
    searchers.withSearcher(cache::get);
  }

  public RelatedDocuments related() {
    return related;
  }

  public SalaryInsights salaries() {
    return salaries;
  }

  public RoleComparison roles() {
    return roles;
  }
}
