package careersearch.indexer.cli;

import careersearch.indexer.IndexSession;
import careersearch.indexer.corpus.CorpusException;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns failures into one clear line on stderr and an exit code; no stack traces for users. */
final class CliErrors implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    int code;
    String message;
    if (cause instanceof CorpusException || cause instanceof IllegalArgumentException) {
      code = IndexerCli.EXIT_BAD_INPUT;
      message = cause.getMessage();
    } else if (cause instanceof IndexSession.IndexBusyException
        || cause instanceof careersearch.indexer.store.StoreBusyException) {
      code = IndexerCli.EXIT_BUSY;
      message = cause.getMessage();
    } else if (cause instanceof careersearch.indexer.solr.SolrHttp.SolrException solr) {
      code = 5;
      message = "Solr answered " + solr.status() + ": " + solr.getMessage();
    } else if (cause instanceof IOException) {
      code = 4;
      message = "I/O error: " + cause;
    } else {
      code = 70;
      message = "internal error: " + cause;
    }
    cmd.getErr().println("error: " + message);
    cmd.getErr().println("The index was not changed.");
    return code;
  }
}
