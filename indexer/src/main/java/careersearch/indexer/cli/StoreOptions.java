package careersearch.indexer.cli;

import careersearch.indexer.store.PostingsStore;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the postings store is: {@code --store}, or {@code store} beside the index directory. */
final class StoreOptions {
  @Option(
      names = "--store",
      paramLabel = "DIR",
      defaultValue = "${env:CAREERSEARCH_STORE:-}",
      description =
          "Postings store dir, the system of record of postings added and deleted by id (env"
              + " CAREERSEARCH_STORE; default: store beside the index dir, e.g. data/store).")
  String store;

  Path dir(Path indexDir) {
    return store == null || store.isBlank() ? PostingsStore.defaultDir(indexDir) : Path.of(store);
  }
}
