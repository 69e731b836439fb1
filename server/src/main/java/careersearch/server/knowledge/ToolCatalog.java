package careersearch.server.knowledge;

import careersearch.indexer.model.Tool;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The tools of a commit by id, in index order; the tools of each occupation; the tool lexicon. */
final class ToolCatalog {
  /** A tool as one occupation uses it. */
  record OccupationTool(Tool tool, boolean hot, boolean inDemand) {}

  private final Map<String, Tool> byId = new LinkedHashMap<>();
  private final Map<String, List<OccupationTool>> byOccupation = new HashMap<>();
  private final ToolLexicon lexicon;

  /**
   * @param ordinaryWords words of ordinary text, which a tool name that is also a word must not be
   *     found as
   */
  ToolCatalog(List<Tool> tools, Set<String> ordinaryWords) {
    List<ToolLexicon.ToolNames> names = new ArrayList<>();
    for (Tool t : tools) {
      byId.put(t.id(), t);
      names.add(new ToolLexicon.ToolNames(t.id(), t.allNames(), t.occupations().size()));
      for (Tool.ToolOccupation use : t.occupations()) {
        byOccupation
            .computeIfAbsent(use.code(), c -> new ArrayList<>())
            .add(new OccupationTool(t, use.hotTechnology(), use.inDemand()));
      }
    }
    lexicon = new ToolLexicon(names, ordinaryWords);
  }

  Optional<Tool> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** A tool the lexicon found, so one of this catalog's. */
  Tool known(String id) {
    return byId.get(id);
  }

  Collection<Tool> all() {
    return Collections.unmodifiableCollection(byId.values());
  }

  int size() {
    return byId.size();
  }

  /** The tools O*NET lists for an occupation, in index order of the tools. */
  List<OccupationTool> usedBy(String occupationCode) {
    return Collections.unmodifiableList(byOccupation.getOrDefault(occupationCode, List.of()));
  }

  ToolLexicon lexicon() {
    return lexicon;
  }
}
