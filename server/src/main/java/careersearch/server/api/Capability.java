package careersearch.server.api;

/**
 * Behaviours of the API that a backend may not match exactly. Kept few: a backend that lacks one
 * still answers, and the contract tests that need it are skipped with the reason.
 */
public enum Capability {
  /**
   * Spelling corrections ({@code did_you_mean}, searching the correction when nothing is found)
   * from Lucene's DirectSpellChecker over the index's own words.
   */
  DID_YOU_MEAN,
  /** Completions from the AnalyzingInfixSuggester built with each index commit. */
  SUGGEST,
  /** A reindex from the admin API, in the server process (Solr: reindex with the indexer CLI). */
  ADMIN_REINDEX,
  /**
   * Radius search ({@code near}, {@code within_km}, {@code sort=distance}) over resolved points.
   */
  RADIUS,
  /**
   * Search by meaning ({@code mode=hybrid}, the default, and {@code mode=semantic}) over the
   * documents' vectors; without it every search is lexical and asking for another mode is a 400.
   */
  SEMANTIC
}
