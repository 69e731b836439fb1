package careersearch.indexer.corpus;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where each source lives inside a corpus directory (see corpus/NOTICE). */
public record CorpusLayout(Path root) {

  /** The seed document(s): an article followed by glued job postings. */
  public Path seedDir() {
    return root.resolve("seed");
  }

  /** O*NET 29.2 tables. */
  public Path onetDir() {
    return root.resolve("onet");
  }

  /** The aijobs.net salary survey. */
  public Path salariesCsv() {
    return root.resolve("aijobs-salaries").resolve("salaries.csv");
  }

  /** Every {@code *.jsonl} file below it is indexed as postings. */
  public Path postingsDir() {
    return root.resolve("postings");
  }

  /** The gazetteer: GeoNames cities and regions, and hand-written aliases; optional. */
  public Path placesDir() {
    return root.resolve("places");
  }

  /** A resolver over the corpus's gazetteer (countries only when the corpus has none). */
  public static careersearch.places.PlaceResolver placeResolver(Path corpusDir) {
    return new careersearch.places.PlaceResolver(
        careersearch.places.Gazetteers.of(new CorpusLayout(corpusDir).placesDir()));
  }

  /** Article tool name to O*NET example name. */
  public Path toolAliases() {
    return root.resolve("tool-aliases.tsv");
  }

  /** Synonym rules applied at index and query time (Solr format); optional. */
  public Path synonyms() {
    return root.resolve("synonyms.txt");
  }

  /** Synonym rules applied at query time only; optional. */
  public Path querySynonyms() {
    return root.resolve("query-synonyms.txt");
  }

  /** A rules file's text, or none when the corpus has no such file. */
  public static String readOptional(Path file) throws java.io.IOException {
    return java.nio.file.Files.exists(file) ? java.nio.file.Files.readString(file) : "";
  }

  /**
   * @throws CorpusException when the corpus directory or one of its required parts is missing
   */
  public CorpusLayout validate() {
    if (!Files.isDirectory(root)) {
      throw new CorpusException(root, "corpus directory not found");
    }
    for (Path required : new Path[] {seedDir(), onetDir(), salariesCsv(), toolAliases()}) {
      if (!Files.exists(required)) {
        throw new CorpusException(required, "missing from the corpus directory");
      }
    }
    return this;
  }
}
