package careersearch.indexer.cli;

import careersearch.indexer.PostingsIngest;
import careersearch.indexer.PostingsTarget;
import careersearch.indexer.PostingsUpdater;
import careersearch.indexer.corpus.CorpusException;
import careersearch.indexer.corpus.CorpusLayout;
import careersearch.indexer.formats.CsvColumnMap;
import careersearch.indexer.formats.FormatItem;
import careersearch.indexer.formats.FormatOptions;
import careersearch.indexer.formats.PostingFormat;
import careersearch.indexer.formats.PostingFormats;
import careersearch.indexer.store.PostingsStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

  @Option(
      names = "--format",
      defaultValue = "jsonl",
      description = "The file's format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).",
      converter = FormatConverter.class,
      completionCandidates = FormatNames.class)
  PostingFormat format;

  @Option(
      names = "--map",
      paramLabel = "FILE",
      description =
          "CSV: the field of each column not named like the JSON Lines fields, one 'Header Name ="
              + " field' a line (README \"CSV\").")
  Path map;

  @Parameters(paramLabel = "FILE", description = "A postings file in --format.")
  Path file;

  /** The format names for picocli's help. */
  static final class FormatNames extends java.util.ArrayList<String> {
    FormatNames() {
      for (PostingFormat f : PostingFormat.values()) {
        add(f.key());
      }
    }
  }

  /** {@code --format} by name; an unknown one is a usage error naming the formats. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<PostingFormat> {
    @Override
    public PostingFormat convert(String value) {
      try {
        return PostingFormat.parse(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    List<FormatItem> items = read(file, format, columnMap(map));
    PostingsTarget target =
        backend.solr()
            ? backend.solrPostings(corpus, store.dir(index))
            : new PostingsUpdater(index, CorpusLayout.placeResolver(corpus));
    PostingsIngest ingest = ingest(target, store.dir(index), spec.commandLine().getErr());
    PostingsIngest.AddOutcome outcome =
        ingest.add(
            items,
            new PostingsIngest.Batch(format.key(), file.getFileName().toString(), !skipInvalid));
    List<PostingsIngest.ItemResult> errors =
        outcome.items().stream().filter(i -> i.result() == PostingsIngest.Result.ERROR).toList();
    if (!skipInvalid && !errors.isEmpty()) {
      PostingsIngest.ItemResult first = errors.get(0);
      throw problem(file, first);
    }
    out.printf(
        "Added %,d and updated %,d postings in %s (skipped lines: %,d)%n",
        outcome.created(), outcome.updated(), target.describe(), errors.size());
    if (outcome.applied()) {
      out.printf(
          "  kept in the postings store %s (up to record %,d): they stay through reindex%n",
          ingest.store().dir(), outcome.seq());
    }
    errors.stream()
        .limit(MAX_LISTED)
        .forEach(e -> out.println("  skipped: " + problem(file, e).getMessage()));
    return 0;
  }

  /** The ingest service over the index and its store, telling recovery notes on {@code err}. */
  static PostingsIngest ingest(PostingsTarget target, Path storeDir, PrintWriter err)
      throws IOException {
    return new PostingsIngest(
        target,
        PostingsStore.open(storeDir),
        note -> {
          err.println("note: " + note);
          err.flush();
        });
  }

  /** An item's error as {@code file:line: reason}, or {@code file (item 2): reason}. */
  private static CorpusException problem(Path file, PostingsIngest.ItemResult item) {
    String where = item.where();
    if (where.startsWith("line ")) {
      return new CorpusException(file, Long.parseLong(where.substring(5)), item.reason());
    }
    return new CorpusException(
        file, (where.equals("input") ? "" : "(" + where + ") ") + item.reason());
  }

  private static List<FormatItem> read(
      Path file, PostingFormat format, Map<String, String> columns) {
    try (InputStream in = Files.newInputStream(file)) {
      return PostingFormats.read(
          format, in, new FormatOptions(columns, file.getFileName().toString()));
    } catch (NoSuchFileException e) {
      throw new CorpusException(file, "cannot read: no such file");
    } catch (IOException e) {
      throw new CorpusException(file, "cannot read: " + e.getMessage());
    }
  }

  /** The {@code --map} file's header names to fields ({@link CsvColumnMap}); none without one. */
  private static Map<String, String> columnMap(Path map) {
    if (map == null) {
      return Map.of();
    }
    try {
      return CsvColumnMap.read(map);
    } catch (NoSuchFileException e) {
      throw new CorpusException(map, "cannot read: no such file");
    } catch (IOException e) {
      throw new CorpusException(map, "cannot read: " + e.getMessage());
    }
  }
}
