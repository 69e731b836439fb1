package careersearch.server.knowledge;

import static careersearch.server.knowledge.Links.cap;
import static careersearch.server.knowledge.Links.item;
import static careersearch.server.knowledge.Links.occupationId;
import static careersearch.server.knowledge.Links.skillsNaming;
import static careersearch.server.knowledge.Links.titleKeys;

import careersearch.indexer.model.Occupation;
import careersearch.indexer.model.Salary;
import careersearch.indexer.model.Tool;
import careersearch.schema.DocType;
import careersearch.server.knowledge.KnownPostings.JobTool;
import careersearch.server.knowledge.KnownPostings.LinkedPosting;
import careersearch.server.knowledge.SalaryMarket.Level;
import careersearch.server.knowledge.ToolLexicon.Mention;
import careersearch.server.lucene.CareerSearcher;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A posting's links: the tools it asks for, article skills naming them, its occupation; and its pay
 * against the salary reports.
 */
final class JobLinks implements Linker {
  @Override
  public void link(
      CareerSearcher searcher,
      KnowledgeBase kb,
      String id,
      Map<String, List<RelatedItem>> related,
      Map<String, Object> insights)
      throws IOException {
    LinkedPosting job = kb.postings().byId(searcher, id).orElse(null);
    if (job == null) {
      return;
    }
    related.put(
        "tools",
        cap(
            job.tools().stream()
                .map(
                    t -> {
                      Tool tool = kb.tools().known(t.toolId());
                      return item(
                          tool.id(),
                          DocType.TOOL,
                          tool.name(),
                          t.where().inPosting + " (\"" + t.surface() + "\")");
                    })
                .toList()));
    Set<String> toolIds = job.tools().stream().map(JobTool::toolId).collect(Collectors.toSet());
    related.put("skills", skillsNaming(kb, toolIds, "the posting asks for"));
    related.put(
        "occupation",
        job.occupation()
            .map(
                m ->
                    List.of(
                        item(
                            occupationId(m.code()),
                            DocType.OCCUPATION,
                            m.occupationTitle(),
                            m.why())))
            .orElse(List.of()));
    insights.put("occupation_match", job.occupation().map(Links::evidence).orElse(null));
    insights.put("pay", pay(searcher, kb, job));
    List<Map<String, Object>> asked = new ArrayList<>();
    for (String entry : job.posting().skills()) {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("skill", entry);
      a.put("tools", kb.tools().lexicon().inEntry(entry).stream().map(Mention::toolId).toList());
      asked.add(a);
    }
    insights.put("skills_asked", asked);
  }

  /**
   * The posting's pay (midpoint of its USD range) among salary reports of the same title, level and
   * year, broadening when those are too few (see {@link SalaryMarket}).
   */
  private static Map<String, Object> pay(
      CareerSearcher searcher, KnowledgeBase kb, LinkedPosting job) throws IOException {
    Map<String, Object> pay = new LinkedHashMap<>();
    Long midpoint = null;
    Salary salary = job.posting().salary();
    if (salary != null) {
      midpoint = Math.floorDiv(salary.minUsdYear() + salary.maxUsdYear(), 2);
      pay.put("min_usd_year", salary.minUsdYear());
      pay.put("max_usd_year", salary.maxUsdYear());
      pay.put("midpoint_usd_year", midpoint);
    } else {
      pay.put("message", "the posting gives no salary; the reports below are for reference");
    }
    Integer year = surveyYear(kb, job.posting().postedAt());
    String core = OccupationMatcher.coreKey(job.title());
    List<Level> levels = new ArrayList<>();
    if (!core.isEmpty()) {
      Map<String, String> title =
          Map.of(
              core,
              kb.reports().hasTitle(core)
                  ? SalaryMarket.reportTitle(searcher, core)
                  : OccupationMatcher.coreTitle(job.title()));
      String shown = title.get(core);
      if (job.posting().seniority() != null && year != null) {
        levels.add(
            new Level(
                "reports titled \""
                    + shown
                    + "\", "
                    + job.posting().seniority()
                    + " level, "
                    + year,
                title,
                job.posting().seniority(),
                year));
      }
      if (job.posting().seniority() != null) {
        levels.add(
            new Level(
                "reports titled \""
                    + shown
                    + "\", "
                    + job.posting().seniority()
                    + " level, all years",
                title,
                job.posting().seniority(),
                null));
      }
      levels.add(
          new Level("reports titled \"" + shown + "\", all levels and years", title, null, null));
    }
    Optional<Occupation> occupation =
        job.occupation().flatMap(m -> kb.occupations().byCode(m.code()));
    if (occupation.isPresent()) {
      Map<String, String> titles = titleKeys(occupation.get().allTitles());
      String basis = "reports titled like the O*NET occupation " + occupation.get().title();
      if (job.posting().seniority() != null) {
        levels.add(
            new Level(
                basis + ", " + job.posting().seniority() + " level, all years",
                titles,
                job.posting().seniority(),
                null));
      }
      levels.add(new Level(basis + ", all levels and years", titles, null, null));
    }
    pay.putAll(SalaryMarket.summary(searcher, kb, levels, midpoint));
    if (midpoint != null && pay.containsKey("percentile")) {
      pay.put(
          "summary",
          "the midpoint $"
              + String.format("%,d", midpoint)
              + " is at the "
              + pay.get("percentile")
              + " percentile of "
              + pay.get("count")
              + " "
              + ((Map<?, ?>) pay.get("compared_with")).get("basis"));
    }
    return pay;
  }

  /**
   * The survey year to compare a posting with: the year it was posted, kept within the survey's
   * years; the latest survey year when the posting has no date.
   */
  private static Integer surveyYear(KnowledgeBase kb, LocalDate postedAt) {
    if (kb.reports().latestYear() == null) {
      return null;
    }
    if (postedAt == null) {
      return kb.reports().latestYear();
    }
    int y = postedAt.getYear();
    return Math.max(kb.reports().firstYear(), Math.min(kb.reports().latestYear(), y));
  }
}
