package careersearch.indexer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Corpus directories for indexing tests, made in temporary directories; nothing is ever written to
 * the repository's {@code corpus/}.
 *
 * <p>A full build of the real corpus takes 20 s or more, so the reindex tests use a small corpus
 * with the same layout and real data: the real seed document and tool aliases (linked), the O*NET
 * tables cut down to the ten 15-2xxx (mathematical science) occupations, Data Scientists among
 * them, and the first {@value #SURVEY_ROWS} rows of the salary survey (which include EUR reports,
 * so EUR has a rate). About a thousand documents: a build takes a fraction of a second once the JVM
 * is warm.
 */
public final class TestCorpus {
  /** Survey rows kept by {@link #small}. */
  public static final int SURVEY_ROWS = 500;

  private final Path onet;
  private final Path survey;

  private TestCorpus(Path onet, Path survey) {
    this.onet = onet;
    this.survey = survey;
  }

  /**
   * A path inside the repository's corpus directory. Maven runs tests in {@code indexer/}, an IDE
   * may run them in the repository root.
   */
  public static Path real(String relative) {
    for (Path root : List.of(Path.of("../corpus"), Path.of("corpus"))) {
      if (Files.exists(root.resolve(relative))) {
        return root.resolve(relative).toAbsolutePath().normalize();
      }
    }
    throw new IllegalStateException(
        "corpus/" + relative + " not found from " + Path.of("").toAbsolutePath());
  }

  /** The repository's corpus directory. */
  public static Path real() {
    return real("NOTICE").getParent();
  }

  /** Writes the shared, cut-down sources under {@code dir} (once per test class is enough). */
  public static TestCorpus small(Path dir) throws IOException {
    Path onet = Files.createDirectories(dir.resolve("onet"));
    try (Stream<Path> tables = Files.list(real("onet"))) {
      for (Path table : tables.toList()) {
        String name = table.getFileName().toString();
        List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          // header rows, and the tables that are not per occupation, stay whole
          if (i == 0 || !line.matches("\\d\\d-\\d{4}\\.\\d\\d\t.*") || line.startsWith("15-2")) {
            kept.add(line);
          }
        }
        Files.write(onet.resolve(name), kept, StandardCharsets.UTF_8);
      }
    }
    Path survey = Files.createDirectories(dir.resolve("aijobs-salaries"));
    try (Stream<String> rows = Files.lines(real("aijobs-salaries/salaries.csv"))) {
      Files.write(survey.resolve("salaries.csv"), rows.limit(1 + SURVEY_ROWS).toList());
    }
    return new TestCorpus(onet, survey);
  }

  /**
   * A new corpus directory at {@code dir}: links to the shared sources and the real seed document
   * and tool aliases, and an empty {@code postings/} directory of its own.
   */
  public Path newCorpus(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("postings"));
    Files.createSymbolicLink(dir.resolve("seed"), real("seed"));
    Files.createSymbolicLink(dir.resolve("tool-aliases.tsv"), real("tool-aliases.tsv"));
    Files.createSymbolicLink(dir.resolve("onet"), onet);
    Files.createSymbolicLink(dir.resolve("aijobs-salaries"), survey);
    return dir;
  }

  /** A corpus at {@code dir} with one postings file {@code postings/<name>} of these lines. */
  public Path newCorpus(Path dir, String postingsFile, String... lines) throws IOException {
    newCorpus(dir);
    writePostings(dir, postingsFile, lines);
    return dir;
  }

  /** Writes {@code postings/<name>} (which may be in a subdirectory) of a corpus. */
  public static Path writePostings(Path corpus, String name, String... lines) {
    Path file = corpus.resolve("postings").resolve(name);
    try {
      Files.createDirectories(file.getParent());
      return Files.write(file, List.of(lines), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A valid posting line with a USD salary of 100K-120K a year. */
  public static String posting(String id, String title) {
    return "{\"id\": \""
        + id
        + "\", \"title\": \""
        + title
        + "\", \"company\": \"Acme\", \"location\": \"Berlin, Germany\", \"remote\": \"hybrid\","
        + " \"employment\": [\"full_time\"], \"seniority\": \"senior\", \"salary\": {\"min\":"
        + " 100000, \"max\": 120000, \"currency\": \"USD\", \"period\": \"year\"}, \"posted_at\":"
        + " \"2026-01-15\", \"description\": \"Train and ship models.\", \"skills\": [\"PyTorch\"]}";
  }

  /** Valid postings {@code prefix-1} to {@code prefix-n}. */
  public static String[] postings(String prefix, int n) {
    String[] lines = new String[n];
    for (int i = 0; i < n; i++) {
      lines[i] = posting(prefix + "-" + (i + 1), "Data Engineer " + (i + 1));
    }
    return lines;
  }
}
