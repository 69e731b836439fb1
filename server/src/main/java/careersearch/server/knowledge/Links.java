package careersearch.server.knowledge;

import careersearch.indexer.model.Tool;
import careersearch.schema.DocType;
import careersearch.schema.TitleKey;
import careersearch.server.knowledge.Article.Skill;
import careersearch.server.knowledge.OccupationMatcher.Match;
import careersearch.server.knowledge.ToolLexicon.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the linkers of every document type share: items, caps, and the lists several of them give.
 */
final class Links {
  private Links() {}

  /** Title key to the first title written that way. */
  static Map<String, String> titleKeys(List<String> titles) {
    Map<String, String> keys = new LinkedHashMap<>();
    for (String t : titles) {
      String key = TitleKey.of(t);
      if (!key.isEmpty()) {
        keys.putIfAbsent(key, t);
      }
    }
    return keys;
  }

  static Map<String, Object> evidence(Match m) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("id", occupationId(m.code()));
    e.put("code", m.code());
    e.put("title", m.occupationTitle());
    e.put("matched_title", m.matchedTitle());
    e.put("listed_as", m.kinds().stream().map(k -> k.label).toList());
    e.put("match", m.how().name().toLowerCase(java.util.Locale.ROOT));
    e.put("other_occupations_with_title", m.others());
    return e;
  }

  /** Article skill statements naming any of the tools, most of them first, then article order. */
  static List<RelatedItem> skillsNaming(KnowledgeBase kb, Set<String> toolIds, String whose) {
    record Hit(Skill skill, List<String> names) {}
    List<Hit> hits = new ArrayList<>();
    for (Skill s : kb.article().skills()) {
      List<String> names =
          s.tools().stream()
              .filter(m -> toolIds.contains(m.toolId()))
              .map(m -> kb.tools().known(m.toolId()).name())
              .toList();
      if (!names.isEmpty()) {
        hits.add(new Hit(s, names));
      }
    }
    return cap(
        hits.stream()
            .sorted(
                Comparator.comparing((Hit h) -> -h.names().size())
                    .thenComparing(h -> h.skill().skill().order()))
            .map(
                h ->
                    item(
                        h.skill().skill().id(),
                        DocType.SKILL,
                        h.skill().skill().text(),
                        "names " + String.join(", ", h.names()) + ", which " + whose))
            .toList());
  }

  static List<RelatedItem> toolItems(KnowledgeBase kb, List<Mention> mentions) {
    return cap(
        mentions.stream()
            .map(
                m -> {
                  Tool t = kb.tools().known(m.toolId());
                  return item(t.id(), DocType.TOOL, t.name(), names(m));
                })
            .toList());
  }

  /** The O*NET occupation of each article role, with the evidence. */
  static List<RelatedItem> roleOccupations(KnowledgeBase kb, List<String> roles, String what) {
    List<RelatedItem> items = new ArrayList<>();
    for (String role : roles) {
      kb.occupations()
          .matcher()
          .match(role)
          .ifPresent(
              m ->
                  items.add(
                      item(
                          occupationId(m.code()),
                          DocType.OCCUPATION,
                          m.occupationTitle(),
                          "the " + what + " is about the " + role + " role; " + m.why())));
    }
    return cap(items);
  }

  static Optional<Mention> mention(List<Mention> mentions, String toolId) {
    return mentions.stream().filter(m -> m.toolId().equals(toolId)).findFirst();
  }

  static String names(Mention m) {
    return "names \"" + m.surface() + "\"";
  }

  static String flags(boolean hot, boolean inDemand) {
    if (hot && inDemand) {
      return " (Hot Technology, In Demand)";
    }
    if (hot) {
      return " (Hot Technology)";
    }
    return inDemand ? " (In Demand)" : "";
  }

  static String occupationId(String code) {
    return "occupation:" + code;
  }

  static RelatedItem item(String id, DocType type, String title, String why) {
    return new RelatedItem(id, type.key(), title, why);
  }

  static <T> List<T> cap(List<T> items) {
    return items.size() <= RelatedDocuments.MAX_ITEMS
        ? items
        : List.copyOf(items.subList(0, RelatedDocuments.MAX_ITEMS));
  }
}
