package careersearch.indexer.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the indexer jar: {@code reindex}, {@code add}, {@code delete}. */
@Command(
    name = "careersearch-indexer",
    mixinStandardHelpOptions = true,
    version = "careersearch indexer 0.1",
    description = "Builds and updates the careersearch index.",
    subcommands = {ReindexCommand.class, AddCommand.class, DeleteCommand.class})
public final class IndexerCli {

  /** Exit code when an input (corpus file, posting, id) is wrong. */
  public static final int EXIT_BAD_INPUT = 1;

  /** Exit code when another process is writing the index. */
  public static final int EXIT_BUSY = 3;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code (tests call this instead of main). */
  public static int run(String... args) {
    return command().execute(args);
  }

  /**
   * Runs a command line with its output and errors (usage errors, {@code error: ...} lines) going
   * to the given writers instead of System.out and System.err, and returns its exit code.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return command().setOut(out).setErr(err).execute(args);
  }

  private static CommandLine command() {
    return new CommandLine(new IndexerCli()).setExecutionExceptionHandler(new CliErrors());
  }
}
