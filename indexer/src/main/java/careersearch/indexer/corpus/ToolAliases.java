package careersearch.indexer.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which O*NET Technology Skills example an article tool goes by, from {@code tool-aliases.tsv}: a
 * header {@code article_name<TAB>onet_name}, then one alias a line; blank lines and lines starting
 * with {@code #} are ignored. Article names match ignoring case.
 */
public final class ToolAliases {
  private static final String HEADER = "article_name\tonet_name";

  private final Map<String, String> onetNameByArticleName;

  private ToolAliases(Map<String, String> onetNameByArticleName) {
    TreeMap<String, String> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    map.putAll(onetNameByArticleName);
    this.onetNameByArticleName = Collections.unmodifiableMap(map);
  }

  /** Fixed aliases, for tests; {@code of(Map.of())} means no aliases. */
  public static ToolAliases of(Map<String, String> onetNameByArticleName) {
    return new ToolAliases(onetNameByArticleName);
  }

  /**
   * @throws CorpusException when the file is missing, has no header, or a line is not two non-empty
   *     tab-separated names or repeats an article name
   */
  public static ToolAliases read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new CorpusException(file, "missing tool alias file");
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CorpusException(file, "cannot read: " + e.getMessage());
    }
    Map<String, String> aliases = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    boolean headerSeen = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (!headerSeen) {
        // Checked so that a missing header does not silently swallow the first alias.
        if (!line.equals(HEADER)) {
          throw new CorpusException(file, i + 1, "expected header '" + HEADER + "'");
        }
        headerSeen = true;
      } else {
        addAlias(aliases, line, file, i + 1);
      }
    }
    return new ToolAliases(aliases);
  }

  private static void addAlias(Map<String, String> aliases, String line, Path file, long lineNo) {
    String[] names = line.split("\t", -1);
    if (names.length != 2 || names[0].isBlank() || names[1].isBlank()) {
      throw new CorpusException(
          file, lineNo, "expected 'article name<TAB>O*NET name', found '" + line + "'");
    }
    String previous = aliases.putIfAbsent(names[0].strip(), names[1].strip());
    if (previous != null) {
      throw new CorpusException(file, lineNo, "duplicate alias for '" + names[0].strip() + "'");
    }
  }

  /** The O*NET name for an article tool name, ignoring case. */
  public Optional<String> onetName(String articleName) {
    return Optional.ofNullable(onetNameByArticleName.get(articleName));
  }

  /** Article name to O*NET name, with case-insensitive keys. */
  public Map<String, String> asMap() {
    return onetNameByArticleName;
  }
}
