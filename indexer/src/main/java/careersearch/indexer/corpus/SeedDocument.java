package careersearch.indexer.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The seed file split into its two parts: an article, then job postings. A posting starts with a
 * title line followed by an {@code @ company | location} line, so the article ends just before the
 * first line whose successor starts with {@code "@ "}.
 */
public final class SeedDocument {
  private final Path path;
  private final List<String> lines;
  private final int postingsStart; // 0-based index of the first posting line

  private SeedDocument(Path path, List<String> lines) {
    this.path = path;
    this.lines = List.copyOf(lines);
    this.postingsStart = findPostingsStart(this.lines);
  }

  /** Reads and splits a seed file (UTF-8). */
  public static SeedDocument read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
      // A BOM would otherwise end up in the article title.
      lines.set(0, lines.get(0).substring(1));
    }
    return new SeedDocument(file, lines);
  }

  private static int findPostingsStart(List<String> lines) {
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (lines.get(i + 1).startsWith("@ ")) {
        return i;
      }
    }
    return lines.size();
  }

  public Path path() {
    return path;
  }

  /** The article's lines; article line {@code i} (0-based) is file line {@code i + 1}. */
  public List<String> articleLines() {
    return lines.subList(0, postingsStart);
  }

  /** The posting lines; posting line {@code i} is file line {@link #postingLineNumber}(i). */
  public List<String> postingLines() {
    return lines.subList(postingsStart, lines.size());
  }

  /** 1-based file line number of the article line at {@code index}. */
  public int articleLineNumber(int index) {
    return index + 1;
  }

  /** 1-based file line number of the posting line at {@code index}. */
  public int postingLineNumber(int index) {
    return postingsStart + index + 1;
  }
}
