package careersearch.indexer.cli;

import careersearch.indexer.CorpusIndexer;
import careersearch.indexer.PlaceStats;
import careersearch.indexer.solr.SolrIndex;
import careersearch.indexer.store.PostingsStore;
import careersearch.schema.DocType;
import careersearch.schema.SolrConfigset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Rebuilds the whole index from a corpus directory, with a progress bar and a summary. */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description = "Rebuild the whole index from the corpus. The old index serves until the commit.")
final class ReindexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--corpus",
      defaultValue = "corpus",
      description = "Corpus dir (${DEFAULT-VALUE}).")
  Path corpus;

  @Option(
      names = "--index",
      defaultValue = "data/index",
      description = "Index dir (${DEFAULT-VALUE}).")
  Path index;

  @Option(
      names = "--skip-invalid",
      description = "Skip and count malformed posting lines instead of stopping at the first.")
  boolean skipInvalid;

  @Option(
      names = "--postings",
      paramLabel = "FILE",
      description =
          "Also index this JSON Lines postings file (repeatable), e.g. generated postings, which"
              + " must stay outside the corpus.")
  List<Path> extraPostings = new ArrayList<>();

  @Option(names = "--no-progress", description = "Do not draw a progress bar.")
  boolean noProgress;

  @Mixin BackendOptions backend;

  @Mixin StoreOptions store;

  @Option(
      names = "--shards",
      defaultValue = "2",
      description = "Solr: shards of the new collection (${DEFAULT-VALUE}).")
  int shards;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    CorpusIndexer.Summary summary;
    String target;
    // the store is read whole and compacted: no add or delete may write it meanwhile
    try (PostingsStore.Writer postings = PostingsStore.open(store.dir(index)).lockForWriting();
        BarProgress bar = noProgress ? null : new BarProgress()) {
      CorpusIndexer indexer =
          new CorpusIndexer(
                  corpus,
                  extraPostings,
                  skipInvalid,
                  bar == null ? CorpusIndexer.Progress.NONE : bar)
              .withStore(postings);
      if (backend.solr()) {
        SolrIndex solr = backend.solrIndex();
        CorpusIndexer.Summary[] fed = new CorpusIndexer.Summary[1];
        SolrIndex.Rebuilt rebuilt =
            solr.rebuild(
                SolrConfigset.forCorpus(corpus),
                shards,
                1,
                writer -> fed[0] = indexer.feed(writer, rates -> {}));
        summary = fed[0];
        indexer.compactStore();
        // the new collection holds every store record: later adds replay only newer ones
        backend
            .solrPostings(corpus, store.dir(index))
            .markApplied(rebuilt.collection(), postings.store().lastSeq());
        target =
            "Solr collection "
                + rebuilt.collection()
                + " (alias "
                + solr.alias()
                + (rebuilt.previous() == null ? "" : ", replacing " + rebuilt.previous())
                + ")";
      } else {
        summary = indexer.reindex(index);
        target = index.toString();
      }
    }
    out.printf(
        "Indexed %,d documents into %s in %.1f s%n",
        summary.total(), target, summary.took().toMillis() / 1000.0);
    for (DocType type : DocType.values()) {
      out.printf("  %-14s %,10d%n", type.key(), summary.documents().getOrDefault(type, 0L));
    }
    out.printf("  skipped lines  %,10d%n", summary.skippedLines());
    CorpusIndexer.Postings postings = summary.postings();
    out.printf(
        "  postings       %,10d from corpus files, %,d from the postings store %s, %,d corpus"
            + " postings deleted by it%n",
        postings.fromCorpus(), postings.fromStore(), store.dir(index), postings.deletionsApplied());
    PlaceStats places = summary.places();
    out.printf(
        "  locations      %,10d resolved, %,d kept as written (unresolved), %.1f µs each%n",
        places.resolved(), places.unresolved(), places.microsPerLocation());
    out.println(
        "  vectors        "
            + (summary.vectors() == null
                ? "none (-Dcareersearch.embedder=none): searched by words only"
                : summary.vectors().summary()));
    summary.problems().forEach(p -> out.println("  skipped: " + p));
    return 0;
  }

  /** A console progress bar (me.tongfei progressbar) fed by the indexer. */
  static final class BarProgress implements CorpusIndexer.Progress, AutoCloseable {
    private ProgressBar bar;

    @Override
    public void started(long totalDocuments) {
      bar =
          new ProgressBarBuilder()
              .setTaskName("Indexing")
              .setInitialMax(totalDocuments)
              .setStyle(ProgressBarStyle.ASCII)
              .setUpdateIntervalMillis(250)
              .showSpeed()
              .setUnit(" docs", 1)
              .build();
    }

    @Override
    public void indexed(DocType type) {
      bar.step();
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }
}
