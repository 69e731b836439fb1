package careersearch.server.lucene;

import careersearch.indexer.suggest.Completions;
import careersearch.server.api.SuggestRequest;
import careersearch.server.api.SuggestResponse;

/** Completions as you type, from the suggester of the index being served. No HTTP in here. */
public final class SuggestService {
  private final IndexSearchers searchers;

  public SuggestService(IndexSearchers searchers) {
    this.searchers = searchers;
  }

  /** Completes a parsed request (the parser has checked its text and size). */
  public SuggestResponse suggest(SuggestRequest request) {
    return SuggestResponse.complete(
        request,
        (q, size) ->
            searchers.withSearcher(searcher -> Completions.lookup(searcher.suggester(), q, size)));
  }
}
