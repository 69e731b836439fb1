package careersearch.server.query;

import careersearch.server.query.QueryVocabulary.Entry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A tool's names: its full names (how a posting's skills are keyed) and the names people type that
 * a full name implies: the abbreviation an O*NET name ends with ("aws" for "Amazon Web Services AWS
 * software", "sql" for "Structured query language SQL"), an Apache project's own name ("spark" for
 * "Apache Spark"), and a one- or two-letter language with the word that says so ("r programming",
 * "go language"; the bare letters are ordinary words). A short name that two tools would share
 * names neither.
 */
final class ToolNames {
  private static final Pattern ABBREVIATION = Pattern.compile("[A-Z][A-Z0-9]{2,5}");
  private static final String APACHE = "Apache ";

  /** Short name to the tool it names, or null once a second tool claims it. */
  private final Map<String, Entry> names = new HashMap<>();

  /** Each tool's full names, normalized, the one-letter ones too ("r"): how skills are keyed. */
  private final Map<String, Set<String>> fullNames = new HashMap<>();

  /** Records one of a tool's full names and the short names it implies. */
  void add(String fullName, Entry tool) {
    String key = QueryVocabulary.normalize(fullName);
    if (!key.isEmpty()) {
      fullNames.computeIfAbsent(tool.value(), v -> new HashSet<>()).add(key);
    }
    for (String shortName : of(fullName)) {
      if (names.containsKey(shortName)) {
        Entry other = names.get(shortName);
        if (other != null && !other.value().equals(tool.value())) {
          names.put(shortName, null);
        }
      } else {
        names.put(shortName, tool);
      }
    }
  }

  /** The short names that name exactly one tool. */
  Map<String, Entry> unambiguous() {
    Map<String, Entry> out = new HashMap<>();
    names.forEach(
        (name, tool) -> {
          if (tool != null) {
            out.put(name, tool);
          }
        });
    return out;
  }

  /** The full names recorded per tool value ("tool:r" to "r"). */
  Map<String, Set<String>> fullNames() {
    return fullNames;
  }

  static List<String> of(String fullName) {
    List<String> out = new ArrayList<>();
    String[] words = fullName.strip().split("\\s+");
    int last = words.length - 1;
    if (last >= 2 && words[last].equalsIgnoreCase("software")) {
      last--;
    }
    if (last >= 1 && ABBREVIATION.matcher(words[last]).matches()) {
      out.add(QueryVocabulary.normalize(words[last]));
    }
    if (fullName.startsWith(APACHE) && fullName.length() > APACHE.length() + 2) {
      out.add(QueryVocabulary.normalize(fullName.substring(APACHE.length())));
    }
    String key = QueryVocabulary.normalize(fullName);
    if (!key.isEmpty() && key.length() <= 2) {
      for (String word : List.of(" programming", " language", " programming language")) {
        out.add(key + word);
      }
    }
    return out;
  }
}
