package careersearch.server.knowledge;

import careersearch.indexer.model.Occupation;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The O*NET occupations of a commit by code, in index order, and the matcher of job titles to them.
 */
final class OccupationCatalog {
  private final Map<String, Occupation> byCode = new LinkedHashMap<>();
  private final OccupationMatcher matcher = new OccupationMatcher();

  /** Lower-case words of the descriptions and tasks: what a tool name must not be mistaken for. */
  private final Set<String> ordinaryWords = new HashSet<>();

  OccupationCatalog(List<Occupation> occupations) {
    for (Occupation o : occupations) {
      byCode.put(o.code(), o);
      matcher.add(o.code(), o.title(), o.alternateTitles(), o.reportedTitles());
      ToolLexicon.addLowerCaseWords(o.description(), ordinaryWords);
      o.tasks().forEach(t -> ToolLexicon.addLowerCaseWords(t, ordinaryWords));
    }
  }

  Optional<Occupation> byCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  Collection<Occupation> all() {
    return Collections.unmodifiableCollection(byCode.values());
  }

  int size() {
    return byCode.size();
  }

  OccupationMatcher matcher() {
    return matcher;
  }

  Set<String> ordinaryWords() {
    return Collections.unmodifiableSet(ordinaryWords);
  }
}
