package careersearch.indexer.cli;

import careersearch.indexer.PostingsIngest;
import careersearch.indexer.PostingsTarget;
import careersearch.indexer.PostingsUpdater;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Deletes postings by id. */
@Command(
    name = "delete",
    mixinStandardHelpOptions = true,
    description = {
      "Delete job postings by id, all or nothing: recorded in the postings store, so a deleted"
          + " corpus posting stays deleted through reindex; then from the index in one commit."
    })
final class DeleteCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--index",
      defaultValue = "data/index",
      description = "Index dir (${DEFAULT-VALUE}).")
  Path index;

  @Mixin StoreOptions store;

  @Mixin BackendOptions backend;

  @Option(
      names = "--corpus",
      defaultValue = "corpus",
      description =
          "Solr: the corpus dir whose salary survey and gazetteer apply postings the store holds"
              + " but the collection has not had yet (${DEFAULT-VALUE}).")
  Path corpus;

  @Parameters(paramLabel = "ID", arity = "1..*", description = "Ids of postings to delete.")
  List<String> ids;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    // deletes resolve no places: the embedded index needs no corpus
    PostingsTarget target =
        backend.solr()
            ? backend.solrPostings(corpus, store.dir(index))
            : new PostingsUpdater(index);
    PostingsIngest ingest =
        AddCommand.ingest(target, store.dir(index), spec.commandLine().getErr());
    PostingsIngest.DeleteOutcome outcome = ingest.delete(ids);
    out.printf("Deleted %,d postings from %s%n", outcome.deleted().size(), target.describe());
    for (PostingsIngest.Deleted d : outcome.deleted()) {
      out.println("  " + d.describe());
    }
    return 0;
  }
}
