package careersearch.indexer;

import careersearch.indexer.cli.IndexerCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** One in-process run of the indexer CLI: its exit code and what it wrote to stdout and stderr. */
public record CliRun(int exit, String out, String err) {

  public static CliRun of(Object... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter outWriter = new PrintWriter(out);
    PrintWriter errWriter = new PrintWriter(err);
    String[] strings = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      strings[i] = String.valueOf(args[i]);
    }
    int exit = IndexerCli.run(outWriter, errWriter, strings);
    outWriter.flush();
    errWriter.flush();
    return new CliRun(exit, out.toString(), err.toString());
  }

  public List<String> errLines() {
    return err.lines().toList();
  }

  @Override
  public String toString() {
    return "exit " + exit + ", stdout: [" + out + "], stderr: [" + err + "]";
  }
}
