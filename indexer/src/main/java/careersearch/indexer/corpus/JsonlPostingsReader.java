package careersearch.indexer.corpus;

import careersearch.indexer.model.JobPosting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads job postings from JSON Lines files ({@code corpus/postings/README.md} describes the
 * format): {@link JsonlLines} splits and decodes the lines, {@link PostingJson} maps each to a
 * posting, {@link PostingIds} gives it its id; a bad line is reported as {@code file:line: reason}.
 *
 * <p>An instance keeps its {@link #skipped()} count, {@link #problems()} and the ids it has read
 * across calls to {@link #read}, so an id is unique over all the files one instance reads; it is
 * not thread-safe.
 */
public final class JsonlPostingsReader {
  /** Longest accepted line in bytes, without its line break. */
  public static final int MAX_LINE_BYTES = JsonlLines.MAX_LINE_BYTES;

  /** Most problems kept by {@link #problems()}; later ones are only counted. */
  public static final int MAX_PROBLEMS = 100;

  private final PostingJson json;
  private final PostingIds ids = new PostingIds();
  private final boolean skipInvalid;
  private long skipped;
  private final List<CorpusException> problems = new ArrayList<>();

  /**
   * @param skipInvalid when true a bad line is counted in {@link #skipped()} and reading goes on;
   *     when false the first bad line throws {@link CorpusException}
   */
  public JsonlPostingsReader(SalaryNormalizer normalizer, boolean skipInvalid) {
    this.json = new PostingJson(normalizer);
    this.skipInvalid = skipInvalid;
  }

  /**
   * Every {@code *.jsonl} file under the directory, recursively, sorted by path so the index is
   * built in the same order on every machine. A missing directory has no files.
   */
  public static List<Path> postingFiles(Path postingsDir) {
    if (!Files.exists(postingsDir)) {
      return List.of();
    }
    if (!Files.isDirectory(postingsDir)) {
      throw new CorpusException(postingsDir, "not a directory");
    }
    try (Stream<Path> paths = Files.walk(postingsDir)) {
      return paths
          .filter(p -> p.getFileName().toString().endsWith(".jsonl"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw ioProblem(postingsDir, e);
    }
  }

  /**
   * Streams the postings of one file to the sink, in line order.
   *
   * @param sourceName prefix of each posting's {@code source}, which is {@code sourceName:line}
   * @return the number of postings given to the sink
   * @throws CorpusException for a bad line (unless skipping) or an unreadable file
   */
  public long read(Path file, String sourceName, Consumer<JobPosting> sink) {
    int fileIndex = ids.startFile(file);
    long count = 0;
    try (JsonlLines lines = new JsonlLines(Files.newInputStream(file))) {
      while (lines.next()) {
        JobPosting posting = parseLine(file, fileIndex, lines, sourceName);
        if (posting != null) {
          sink.accept(posting);
          count++;
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw ioProblem(file, e);
    }
    return count;
  }

  /** Bad lines skipped so far (only when skipping invalid lines). */
  public long skipped() {
    return skipped;
  }

  /** The first {@value #MAX_PROBLEMS} skipped lines' problems. */
  public List<CorpusException> problems() {
    return Collections.unmodifiableList(problems);
  }

  /** The posting of the current line, or null for a blank or skipped line. */
  private JobPosting parseLine(Path file, int fileIndex, JsonlLines lines, String sourceName) {
    long lineNumber = lines.number();
    try {
      String text = lines.text();
      if (text.isBlank()) {
        return null;
      }
      JobPosting posting = json.parse(text, sourceName + ":" + lineNumber);
      return ids.assign(posting, fileIndex, lineNumber);
    } catch (BadLine e) {
      CorpusException problem = new CorpusException(file, lineNumber, e.getMessage());
      if (!skipInvalid) {
        throw problem;
      }
      skipped++;
      if (problems.size() < MAX_PROBLEMS) {
        problems.add(problem);
      }
      return null;
    }
  }

  private static CorpusException ioProblem(Path path, Exception e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    String reason =
        cause instanceof NoSuchFileException
            ? "cannot read: no such file"
            : "cannot read: " + cause.getMessage();
    CorpusException problem = new CorpusException(path, reason);
    problem.initCause(cause);
    return problem;
  }
}
