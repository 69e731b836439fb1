package careersearch.server.knowledge;

import static careersearch.server.knowledge.Links.cap;
import static careersearch.server.knowledge.Links.item;
import static careersearch.server.knowledge.Links.roleOccupations;
import static careersearch.server.knowledge.Links.toolItems;

import careersearch.indexer.model.SkillStatement;
import careersearch.schema.DocType;
import careersearch.server.knowledge.Article.Skill;
import careersearch.server.lucene.CareerSearcher;
import java.util.List;
import java.util.Map;

/**
 * A skill statement's links: the tools it names, the sections listing it, its role's occupation.
 */
final class SkillLinks implements Linker {
  @Override
  public void link(
      CareerSearcher searcher,
      KnowledgeBase kb,
      String id,
      Map<String, List<RelatedItem>> related,
      Map<String, Object> insights) {
    Skill found = kb.article().skill(id).orElse(null);
    if (found == null) {
      return;
    }
    SkillStatement skill = found.skill();
    related.put("tools", toolItems(kb, found.tools()));
    related.put(
        "sections",
        cap(
            kb.article().sections().stream()
                .filter(
                    s ->
                        s.section()
                            .text()
                            .lines()
                            .anyMatch(
                                l ->
                                    l.replaceFirst("^-\\s*", "")
                                        .strip()
                                        .equals(skill.text().strip())))
                .map(
                    s ->
                        item(
                            s.section().id(),
                            DocType.SECTION,
                            s.section().title(),
                            "lists this statement"))
                .toList()));
    related.put(
        "occupation",
        roleOccupations(kb, skill.role() == null ? List.of() : List.of(skill.role()), "statement"));
  }
}
