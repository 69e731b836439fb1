package careersearch.server.knowledge;

import static careersearch.server.knowledge.Links.cap;
import static careersearch.server.knowledge.Links.item;
import static careersearch.server.knowledge.Links.roleOccupations;
import static careersearch.server.knowledge.Links.skillsNaming;
import static careersearch.server.knowledge.Links.toolItems;

import careersearch.indexer.model.ArticleSection;
import careersearch.schema.DocType;
import careersearch.server.knowledge.Article.Section;
import careersearch.server.knowledge.ToolLexicon.Mention;
import careersearch.server.lucene.CareerSearcher;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An article section's links: the tools it names, the skill statements it lists, its role's
 * occupation.
 */
final class SectionLinks implements Linker {
  @Override
  public void link(
      CareerSearcher searcher,
      KnowledgeBase kb,
      String id,
      Map<String, List<RelatedItem>> related,
      Map<String, Object> insights) {
    Section found = kb.article().section(id).orElse(null);
    if (found == null) {
      return;
    }
    ArticleSection section = found.section();
    related.put("tools", toolItems(kb, found.tools()));
    Set<String> lines =
        section
            .text()
            .lines()
            .map(l -> l.replaceFirst("^-\\s*", "").strip())
            .collect(Collectors.toSet());
    List<RelatedItem> listed =
        kb.article().skills().stream()
            .filter(s -> lines.contains(s.skill().text().strip()))
            .map(
                s ->
                    item(s.skill().id(), DocType.SKILL, s.skill().text(), "listed in this section"))
            .toList();
    if (listed.isEmpty()) {
      Set<String> toolIds = found.tools().stream().map(Mention::toolId).collect(Collectors.toSet());
      listed = skillsNaming(kb, toolIds, "this section names too");
    }
    related.put("skills", cap(listed));
    related.put("occupation", roleOccupations(kb, section.roles(), "section"));
  }
}
