package careersearch.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The repository's Dockerfile read as Docker reads it: continuation lines joined, comments dropped,
 * one instruction per entry, stages split at FROM. Enough for the lint rules and for running the
 * runtime stage's commands outside Docker.
 */
final class Dockerfile {
  static final Path ROOT = RealCorpus.corpusDir().toAbsolutePath().normalize().getParent();
  static final Path PATH = ROOT.resolve("Dockerfile");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One instruction: its keyword (upper case) and the rest of the line. */
  record Instruction(String keyword, String args) {}

  final List<List<Instruction>> stages = new ArrayList<>();

  Dockerfile(String text) {
    StringBuilder logical = new StringBuilder();
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("#") || (trimmed.isEmpty() && logical.isEmpty())) {
        continue;
      }
      if (trimmed.endsWith("\\")) {
        logical.append(trimmed, 0, trimmed.length() - 1).append(' ');
      } else {
        logical.append(trimmed);
        lines.add(logical.toString().strip());
        logical.setLength(0);
      }
    }
    for (String line : lines) {
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split("\\s+", 2);
      Instruction i = new Instruction(parts[0].toUpperCase(), parts.length > 1 ? parts[1] : "");
      if (i.keyword().equals("FROM")) {
        stages.add(new ArrayList<>());
      }
      stages.get(stages.size() - 1).add(i);
    }
  }

  static Dockerfile read() throws IOException {
    return new Dockerfile(Files.readString(PATH));
  }

  List<Instruction> runtime() {
    return stages.get(stages.size() - 1);
  }

  List<Instruction> all(String keyword) {
    return stages.stream().flatMap(List::stream).filter(i -> i.keyword().equals(keyword)).toList();
  }

  List<Instruction> runtime(String keyword) {
    return runtime().stream().filter(i -> i.keyword().equals(keyword)).toList();
  }

  /** The runtime stage's ENV, in order (both the {@code K=V ...} and the {@code K V} form). */
  Map<String, String> env() {
    Map<String, String> env = new LinkedHashMap<>();
    Pattern pair = Pattern.compile("(\\w+)=(\"[^\"]*\"|\\S+)");
    for (Instruction i : runtime("ENV")) {
      Matcher m = pair.matcher(i.args());
      boolean any = false;
      while (m.find()) {
        env.put(m.group(1), m.group(2).replaceAll("^\"|\"$", ""));
        any = true;
      }
      if (!any) {
        String[] kv = i.args().split("\\s+", 2);
        env.put(kv[0], kv[1]);
      }
    }
    return env;
  }

  /** A JSON exec form ({@code ["java", ...]}) as its words; fails for the shell form. */
  static List<String> execForm(String args) {
    try {
      JsonNode array = JSON.readTree(args);
      if (!array.isArray()) {
        throw new IllegalArgumentException("not the exec form: " + args);
      }
      List<String> words = new ArrayList<>();
      array.forEach(w -> words.add(w.asText()));
      return words;
    } catch (IOException e) {
      throw new IllegalArgumentException("not the exec form: " + args, e);
    }
  }

  List<String> entrypoint() {
    return execForm(runtime("ENTRYPOINT").get(0).args());
  }

  /** The HEALTHCHECK's command, after its options and CMD. */
  List<String> healthcheck() {
    String args = runtime("HEALTHCHECK").get(0).args();
    return execForm(args.substring(args.indexOf("CMD") + 3).strip());
  }

  /** The runtime stage's COPY --from sources by their destination. */
  Map<String, String> copiedFromBuild() {
    Map<String, String> copies = new LinkedHashMap<>();
    for (Instruction i : runtime("COPY")) {
      String[] words = i.args().split("\\s+");
      if (words[0].startsWith("--from=")) {
        copies.put(words[2], words[1]);
      }
    }
    return copies;
  }
}
