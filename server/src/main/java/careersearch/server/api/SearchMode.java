package careersearch.server.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How documents are found: by their words, by their meaning (the nearest vectors to the query's),
 * or both, fused. Hybrid is the default wherever the index has vectors.
 */
public enum SearchMode {
  HYBRID,
  LEXICAL,
  SEMANTIC;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<SearchMode> fromKey(String key) {
    return Arrays.stream(values()).filter(m -> m.key().equals(key)).findFirst();
  }

  public static List<String> keys() {
    return Arrays.stream(values()).map(SearchMode::key).toList();
  }
}
