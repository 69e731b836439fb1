package careersearch.server.knowledge;

import static careersearch.server.knowledge.Links.cap;
import static careersearch.server.knowledge.Links.flags;
import static careersearch.server.knowledge.Links.item;
import static careersearch.server.knowledge.Links.mention;
import static careersearch.server.knowledge.Links.names;
import static careersearch.server.knowledge.Links.occupationId;

import careersearch.indexer.model.Tool;
import careersearch.schema.DocType;
import careersearch.server.knowledge.KnownPostings.JobTool;
import careersearch.server.knowledge.KnownPostings.LinkedPosting;
import careersearch.server.knowledge.ToolCatalog.OccupationTool;
import careersearch.server.lucene.CareerSearcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tool's links: the article's sections and skills naming it, occupations using it, postings
 * asking for it, tools used with it.
 */
final class ToolLinks implements Linker {
  @Override
  public void link(
      CareerSearcher searcher,
      KnowledgeBase kb,
      String id,
      Map<String, List<RelatedItem>> related,
      Map<String, Object> insights) {
    Tool tool = kb.tools().byId(id).orElse(null);
    if (tool == null) {
      return;
    }
    related.put(
        "sections",
        cap(
            kb.article().sections().stream()
                .flatMap(
                    s ->
                        mention(s.tools(), id)
                            .map(
                                m ->
                                    item(
                                        s.section().id(),
                                        DocType.SECTION,
                                        s.section().title(),
                                        names(m)))
                            .stream())
                .toList()));
    related.put(
        "skills",
        cap(
            kb.article().skills().stream()
                .flatMap(
                    s ->
                        mention(s.tools(), id)
                            .map(
                                m ->
                                    item(s.skill().id(), DocType.SKILL, s.skill().text(), names(m)))
                            .stream())
                .toList()));
    related.put(
        "occupations",
        cap(
            tool.occupations().stream()
                .map(
                    o ->
                        item(
                            occupationId(o.code()),
                            DocType.OCCUPATION,
                            o.title(),
                            "O*NET lists "
                                + tool.name()
                                + " for it"
                                + flags(o.hotTechnology(), o.inDemand())))
                .toList()));
    List<LinkedPosting> postings = postingsAskingFor(kb, id);
    related.put(
        "postings",
        cap(
            postings.stream()
                .map(
                    j -> {
                      JobTool t = j.tool(id).orElseThrow();
                      return item(
                          j.id(),
                          DocType.JOB,
                          j.title(),
                          t.where().byPosting + " (\"" + t.surface() + "\")");
                    })
                .toList()));
    related.put("used_with", usedWith(kb, tool));
    insights.put("occupations_total", tool.occupations().size());
    insights.put("postings_total", postings.size());
    if (kb.postings().total() > kb.postings().newest().size()) {
      // the links cover the newest postings only: say so rather than undercount silently
      insights.put("postings_considered", kb.postings().newest().size());
    }
  }

  /** Postings naming a tool: skills before title before description, newest first, then id. */
  private static List<LinkedPosting> postingsAskingFor(KnowledgeBase kb, String toolId) {
    return kb.postings().naming(toolId).stream()
        .sorted(
            Comparator.comparing((LinkedPosting j) -> j.tool(toolId).orElseThrow().where())
                .thenComparing(KnownPostings.NEWEST_FIRST))
        .toList();
  }

  /**
   * Tools that go with a tool: those listed together with it by the same O*NET occupations
   * (Technology Skills) and asked for together with it by the same postings. Ranked by how many
   * occupations and postings they share with it, then by cosine similarity of the two sets of
   * occupations and postings (shared / sqrt(size x size)), which puts specific companions (used by
   * few occupations besides these) before ubiquitous ones (office software), then by name.
   */
  static List<RelatedItem> usedWith(KnowledgeBase kb, Tool tool) {
    Map<String, int[]> shared = new HashMap<>();
    Map<String, List<String>> sharedOccupations = new HashMap<>();
    for (Tool.ToolOccupation use : tool.occupations()) {
      for (OccupationTool other : kb.tools().usedBy(use.code())) {
        if (!other.tool().id().equals(tool.id())) {
          shared.computeIfAbsent(other.tool().id(), k -> new int[2])[0]++;
          sharedOccupations
              .computeIfAbsent(other.tool().id(), k -> new ArrayList<>())
              .add(use.title());
        }
      }
    }
    List<LinkedPosting> postings = kb.postings().naming(tool.id());
    for (LinkedPosting job : postings) {
      for (JobTool t : job.tools()) {
        if (!t.toolId().equals(tool.id())) {
          shared.computeIfAbsent(t.toolId(), k -> new int[2])[1]++;
        }
      }
    }
    int sizeA = tool.occupations().size() + postings.size();
    record Scored(Tool tool, int occupations, int postings, double cosine) {
      int together() {
        return occupations + postings;
      }
    }
    List<Scored> scored = new ArrayList<>();
    for (Map.Entry<String, int[]> e : shared.entrySet()) {
      Tool other = kb.tools().known(e.getKey());
      int sizeB = other.occupations().size() + kb.postings().naming(other.id()).size();
      int together = e.getValue()[0] + e.getValue()[1];
      scored.add(
          new Scored(
              other,
              e.getValue()[0],
              e.getValue()[1],
              together / Math.sqrt((double) sizeA * sizeB)));
    }
    return cap(
        scored.stream()
            .sorted(
                Comparator.comparing((Scored s) -> -s.together())
                    .thenComparing(s -> -s.cosine())
                    .thenComparing(s -> s.tool().name(), String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(s -> s.tool().id()))
            .map(
                s ->
                    item(
                        s.tool().id(),
                        DocType.TOOL,
                        s.tool().name(),
                        usedWithWhy(
                            tool,
                            s.occupations(),
                            s.postings(),
                            sharedOccupations.get(s.tool().id()))))
            .toList());
  }

  private static String usedWithWhy(
      Tool tool, int occupations, int postings, List<String> occupationTitles) {
    List<String> parts = new ArrayList<>();
    if (occupations > 0) {
      String which = occupations <= 3 ? " (" + String.join(", ", occupationTitles) + ")" : "";
      parts.add(
          "listed with "
              + tool.name()
              + " by "
              + occupations
              + " of its "
              + tool.occupations().size()
              + " O*NET occupations"
              + which);
    }
    if (postings > 0) {
      parts.add("asked for with it by " + postings + (postings == 1 ? " posting" : " postings"));
    }
    return String.join("; ", parts);
  }
}
