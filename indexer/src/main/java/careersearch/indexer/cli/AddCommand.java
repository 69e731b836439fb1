package careersearch.indexer.cli;

import careersearch.indexer.PostingsUpdater;
import careersearch.indexer.corpus.CorpusLayout;
import careersearch.indexer.solr.SolrPostings;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Adds postings from a JSONL file, replacing those with the same id. */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = "Add or update postings by id from a JSON Lines file, in one commit.")
final class AddCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--index",
      defaultValue = "data/index",
      description = "Index dir (${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--skip-invalid", description = "Skip and count malformed lines.")
  boolean skipInvalid;

  @Mixin BackendOptions backend;

  @Option(
      names = "--corpus",
      defaultValue = "corpus",
      description =
          "Corpus dir whose gazetteer (places/) resolves the postings' locations; for Solr also"
              + " whose salary survey gives the currency rates (${DEFAULT-VALUE}).")
  Path corpus;

  @Parameters(paramLabel = "FILE", description = "A JSON Lines postings file.")
  Path file;

  @Override
  public Integer call() throws Exception {
    PostingsUpdater.AddResult result =
        backend.solr()
            ? new SolrPostings(backend.solrIndex(), corpus).add(file, skipInvalid)
            : new PostingsUpdater(index, CorpusLayout.placeResolver(corpus)).add(file, skipInvalid);
    var out = spec.commandLine().getOut();
    out.printf(
        "Added %,d and updated %,d postings in %s (skipped lines: %,d)%n",
        result.added(),
        result.replaced(),
        backend.solr() ? "Solr collection " + backend.collection : index,
        result.skippedLines());
    result.problems().forEach(p -> out.println("  skipped: " + p));
    return 0;
  }
}
