package careersearch.server;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A corpus directory with the real layout and real data, cut down so that it indexes in seconds:
 * links to the real seed document, tool aliases and synonym files, the O*NET tables cut to the
 * 15-xxxx (computer and mathematical) occupations, the first {@value #SURVEY_ROWS} survey rows, and
 * a postings file of generated postings, each marked {@code "_synthetic": true}. Everything lives
 * in a temporary directory; nothing is written to the repository's {@code corpus/}.
 */
public final class SmallCorpus {
  /** Survey rows kept (they include EUR reports, so EUR gets a rate). */
  public static final int SURVEY_ROWS = 500;

  private SmallCorpus() {}

  /** Writes the corpus at {@code dir} with {@code postings} synthetic postings; returns dir. */
  public static Path create(Path dir, int postings) throws IOException {
    Path real = RealCorpus.corpusDir().toAbsolutePath().normalize();
    Files.createDirectories(dir.resolve("postings"));
    for (String linked :
        List.of("seed", "tool-aliases.tsv", "synonyms.txt", "query-synonyms.txt", "NOTICE")) {
      if (Files.exists(real.resolve(linked))) {
        Files.createSymbolicLink(dir.resolve(linked), real.resolve(linked));
      }
    }
    Path onet = Files.createDirectories(dir.resolve("onet"));
    try (Stream<Path> tables = Files.list(real.resolve("onet"))) {
      for (Path table : tables.toList()) {
        List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          // header rows and the tables that are not per occupation stay whole
          if (i == 0 || !line.matches("\\d\\d-\\d{4}\\.\\d\\d\t.*") || line.startsWith("15-")) {
            kept.add(line);
          }
        }
        Files.write(onet.resolve(table.getFileName().toString()), kept, StandardCharsets.UTF_8);
      }
    }
    Path survey = Files.createDirectories(dir.resolve("aijobs-salaries"));
    try (Stream<String> rows =
        Files.lines(real.resolve("aijobs-salaries").resolve("salaries.csv"))) {
      Files.write(survey.resolve("salaries.csv"), rows.limit(1 + SURVEY_ROWS).toList());
    }
    writePostings(dir.resolve("postings").resolve("synthetic.jsonl"), "synthetic", postings);
    return dir;
  }

  /** {@code n} valid postings with ids {@code <prefix>-<i>}, each marked synthetic. */
  public static void writePostings(Path file, String prefix, int n) throws IOException {
    String[] words = {"data", "platform", "search", "ranking", "models", "pipelines", "cloud"};
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < n; i++) {
        out.write(
            "{\"_synthetic\": true, \"id\": \""
                + prefix
                + "-"
                + i
                + "\", \"title\": \"Engineer "
                + i
                + "\", \"company\": \"Company "
                + (i % 97)
                + "\", \"location\": \"Berlin, Germany\", \"remote\": \"remote\","
                + " \"employment\": [\"full_time\"], \"seniority\": \"senior\", \"salary\":"
                + " {\"min\": "
                + (40_000 + i % 1000)
                + ", \"max\": "
                + (90_000 + i % 1000)
                + ", \"currency\": \"USD\", \"period\": \"year\"}, \"posted_at\": \"2026-01-15\","
                + " \"description\": \"Builds "
                + words[i % words.length]
                + " with Python.\", \"skills\": [\"Python\"]}");
        out.newLine();
      }
    }
  }
}
