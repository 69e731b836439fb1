package careersearch.indexer.cli;

import careersearch.indexer.PostingsIngest;
import careersearch.indexer.PostingsUpdater;
import careersearch.indexer.corpus.CorpusException;
import careersearch.indexer.corpus.CorpusLayout;
import careersearch.indexer.corpus.PostingLines;
import careersearch.indexer.solr.SolrPostings;
import careersearch.indexer.store.PostingsStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    description = {
      "Add or update postings by id from a JSON Lines file: kept in the postings store (fsynced),"
          + " then in the index in one commit. They stay through every reindex."
    })
final class AddCommand implements Callable<Integer> {
  /** Skipped lines listed in the output; the rest are only counted. */
  private static final int MAX_LISTED = 100;

  @Spec CommandSpec spec;

  @Option(
      names = "--index",
      defaultValue = "data/index",
      description = "Index dir (${DEFAULT-VALUE}).")
  Path index;

  @Mixin StoreOptions store;

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
    var out = spec.commandLine().getOut();
    if (backend.solr()) {
      PostingsUpdater.AddResult result =
          new SolrPostings(backend.solrIndex(), corpus).add(file, skipInvalid);
      out.printf(
          "Added %,d and updated %,d postings in Solr collection %s (skipped lines: %,d)%n",
          result.added(), result.replaced(), backend.collection, result.skippedLines());
      result.problems().forEach(p -> out.println("  skipped: " + p));
      return 0;
    }
    List<PostingsIngest.Item> items = readLines(file);
    PostingsIngest ingest =
        ingest(
            new PostingsUpdater(index, CorpusLayout.placeResolver(corpus)),
            store.dir(index),
            spec.commandLine().getErr());
    PostingsIngest.AddOutcome outcome =
        ingest.add(
            items, new PostingsIngest.Batch("jsonl", file.getFileName().toString(), !skipInvalid));
    List<PostingsIngest.ItemResult> errors =
        outcome.items().stream().filter(i -> i.result() == PostingsIngest.Result.ERROR).toList();
    if (!skipInvalid && !errors.isEmpty()) {
      PostingsIngest.ItemResult first = errors.get(0);
      throw new CorpusException(file, lineNumber(first), first.reason());
    }
    out.printf(
        "Added %,d and updated %,d postings in %s (skipped lines: %,d)%n",
        outcome.created(), outcome.updated(), index, errors.size());
    if (outcome.applied()) {
      out.printf(
          "  kept in the postings store %s (up to record %,d): they stay through reindex%n",
          ingest.store().dir(), outcome.seq());
    }
    errors.stream()
        .limit(MAX_LISTED)
        .forEach(e -> out.println("  skipped: " + file + ":" + lineNumber(e) + ": " + e.reason()));
    return 0;
  }

  /** The ingest service over the index and its store, telling recovery notes on {@code err}. */
  static PostingsIngest ingest(PostingsUpdater index, Path storeDir, PrintWriter err)
      throws IOException {
    return new PostingsIngest(
        index,
        PostingsStore.open(storeDir),
        note -> {
          err.println("note: " + note);
          err.flush();
        });
  }

  private static long lineNumber(PostingsIngest.ItemResult item) {
    return Long.parseLong(item.where().substring("line ".length()));
  }

  private static List<PostingsIngest.Item> readLines(Path file) {
    List<PostingsIngest.Item> items = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      PostingLines.read(
          in, (n, text, error) -> items.add(PostingsIngest.Item.line(n, text, error)));
    } catch (NoSuchFileException e) {
      throw new CorpusException(file, "cannot read: no such file");
    } catch (IOException e) {
      throw new CorpusException(file, "cannot read: " + e.getMessage());
    }
    return items;
  }
}
