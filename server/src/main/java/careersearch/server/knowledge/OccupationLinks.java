package careersearch.server.knowledge;

import static careersearch.server.knowledge.Links.cap;
import static careersearch.server.knowledge.Links.item;
import static careersearch.server.knowledge.Links.occupationId;
import static careersearch.server.knowledge.Links.titleKeys;

import careersearch.indexer.model.Occupation;
import careersearch.schema.DocType;
import careersearch.server.knowledge.KnownPostings.LinkedPosting;
import careersearch.server.knowledge.SalaryMarket.Level;
import careersearch.server.knowledge.ToolCatalog.OccupationTool;
import careersearch.server.lucene.CareerSearcher;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * An occupation's links: its hot technologies, related occupations, postings; its main tasks and
 * salary summary.
 */
final class OccupationLinks implements Linker {
  /** Tasks listed as an occupation's main tasks (O*NET core tasks come first). */
  static final int MAIN_TASKS = 5;

  @Override
  public void link(
      CareerSearcher searcher,
      KnowledgeBase kb,
      String id,
      Map<String, List<RelatedItem>> related,
      Map<String, Object> insights)
      throws IOException {
    Occupation occ = kb.occupations().byCode(id.substring(id.indexOf(':') + 1)).orElse(null);
    if (occ == null) {
      return;
    }
    List<OccupationTool> used = kb.tools().usedBy(occ.code());
    related.put(
        "hot_technologies",
        cap(
            used.stream()
                .filter(OccupationTool::hot)
                .sorted(toolRank())
                .map(
                    t ->
                        item(
                            t.tool().id(),
                            DocType.TOOL,
                            t.tool().name(),
                            "Hot Technology"
                                + (t.inDemand() ? " and In Demand" : "")
                                + " for "
                                + occ.title()
                                + " (O*NET); used by "
                                + t.tool().occupations().size()
                                + " occupations"))
                .toList()));
    related.put(
        "related_occupations",
        cap(
            occ.related().stream()
                .map(
                    r ->
                        item(
                            occupationId(r.code()),
                            DocType.OCCUPATION,
                            r.title(),
                            "O*NET related occupation (" + r.tier() + ")"))
                .toList()));
    related.put(
        "postings",
        cap(
            kb.postings().of(occ.code()).stream()
                .sorted(
                    Comparator.comparing((LinkedPosting j) -> j.occupation().orElseThrow().how())
                        .thenComparing(KnownPostings.NEWEST_FIRST))
                .map(j -> item(j.id(), DocType.JOB, j.title(), j.occupation().orElseThrow().why()))
                .toList()));
    insights.put("main_tasks", occ.tasks().subList(0, Math.min(MAIN_TASKS, occ.tasks().size())));
    insights.put("technologies_total", used.size());
    insights.put("hot_technologies_total", used.stream().filter(OccupationTool::hot).count());
    insights.put(
        "salary",
        SalaryMarket.summary(
            searcher,
            kb,
            List.of(
                new Level(
                    "reports titled like the O*NET occupation "
                        + occ.title()
                        + " (its title, reported and alternate titles)",
                    titleKeys(occ.allTitles()),
                    null,
                    null)),
            null));
  }

  /**
   * An occupation's tools: hot, then in demand, then the most characteristic first (used by fewer
   * occupations: TensorFlow before Microsoft Excel), then by name.
   */
  static Comparator<OccupationTool> toolRank() {
    return Comparator.comparing((OccupationTool t) -> !t.hot())
        .thenComparing(t -> !t.inDemand())
        .thenComparing(t -> t.tool().occupations().size())
        .thenComparing(t -> t.tool().name(), String.CASE_INSENSITIVE_ORDER)
        .thenComparing(t -> t.tool().id());
  }
}
