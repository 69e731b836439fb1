package careersearch.server.knowledge;

import careersearch.schema.DocType;
import careersearch.schema.TitleKey;
import careersearch.server.knowledge.KnowledgeBase.JobInfo;
import careersearch.server.knowledge.KnowledgeBase.JobTool;
import careersearch.server.knowledge.KnowledgeBase.OccupationInfo;
import careersearch.server.knowledge.KnowledgeBase.OccupationTool;
import careersearch.server.knowledge.KnowledgeBase.SectionInfo;
import careersearch.server.knowledge.KnowledgeBase.SkillInfo;
import careersearch.server.knowledge.KnowledgeBase.ToolInfo;
import careersearch.server.knowledge.KnowledgeBase.ToolUse;
import careersearch.server.knowledge.OccupationMatcher.Match;
import careersearch.server.knowledge.SalaryMarket.Level;
import careersearch.server.knowledge.ToolLexicon.Mention;
import careersearch.server.search.CareerSearcher;
import careersearch.server.search.IndexSearchers;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The documents linked to a document, each list ranked and capped at {@link #MAX_ITEMS}, every item
 * saying why it is linked; plus insights that are not documents (a posting's pay against the salary
 * reports, an occupation's main tasks and salary summary). Knows nothing about HTTP.
 *
 * <ul>
 *   <li>tool: {@code sections} and {@code skills} of the article that name it, {@code occupations}
 *       that use it (O*NET; hot, then in demand, then by code), {@code postings} that ask for it
 *       (skills, then title, then description; newest first), {@code used_with}: tools that go with
 *       it (see {@link #usedWith}).
 *   <li>job: {@code tools} it asks for (skills, title, description), article {@code skills} that
 *       name them, its {@code occupation} ({@link OccupationMatcher}); insights {@code
 *       occupation_match}, {@code pay}, {@code skills_asked}.
 *   <li>occupation: {@code hot_technologies}, {@code related_occupations}, {@code postings};
 *       insights {@code main_tasks}, {@code salary}.
 *   <li>section and skill: the {@code tools} they name, the {@code skills} of a section (or the
 *       {@code sections} of a skill), the {@code occupation} of their role.
 * </ul>
 */
public final class RelatedDocuments {
  /** Longest list of related documents. */
  public static final int MAX_ITEMS = 10;

  /** Tasks listed as an occupation's main tasks (O*NET core tasks come first). */
  static final int MAIN_TASKS = 5;

  private final IndexSearchers searchers;
  private final KnowledgeCache cache;

  RelatedDocuments(IndexSearchers searchers, KnowledgeCache cache) {
    this.searchers = searchers;
    this.cache = cache;
  }

  /**
   * {@code related} (name to list of {@link RelatedItem}) and {@code insights} of a document, given
   * its stored source (as the document endpoint returns it).
   */
  public Map<String, Object> describe(Map<String, Object> source) {
    String id = Sources.string(source, "id");
    DocType type = DocType.fromKey(Sources.string(source, "type")).orElse(null);
    return searchers.withSearcher(
        searcher -> {
          KnowledgeBase kb = cache.get(searcher);
          Map<String, List<RelatedItem>> related = new LinkedHashMap<>();
          Map<String, Object> insights = new LinkedHashMap<>();
          if (type != null) {
            switch (type) {
              case TOOL -> tool(kb, id, related, insights);
              case JOB -> job(searcher, kb, id, related, insights);
              case OCCUPATION -> occupation(searcher, kb, id, related, insights);
              case SECTION -> section(kb, id, related);
              case SKILL -> skill(kb, id, related);
              case SALARY_REPORT -> {}
            }
          }
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("related", related);
          out.put("insights", insights);
          return out;
        });
  }

  // ---- tool

  private static void tool(
      KnowledgeBase kb,
      String id,
      Map<String, List<RelatedItem>> related,
      Map<String, Object> insights) {
    ToolInfo tool = kb.tool(id).orElse(null);
    if (tool == null) {
      return;
    }
    related.put(
        "sections",
        cap(
            kb.sections.stream()
                .flatMap(
                    s ->
                        mention(s.tools(), id)
                            .map(m -> item(s.id(), DocType.SECTION, s.title(), names(m)))
                            .stream())
                .toList()));
    related.put(
        "skills",
        cap(
            kb.skills.stream()
                .flatMap(
                    s ->
                        mention(s.tools(), id)
                            .map(m -> item(s.id(), DocType.SKILL, s.text(), names(m)))
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
                                + flags(o.hot(), o.inDemand())))
                .toList()));
    List<JobInfo> postings = postingsAskingFor(kb, id);
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
    if (kb.postingsTotal > kb.jobs.size()) {
      // the links cover the newest postings only: say so rather than undercount silently
      insights.put("postings_considered", kb.jobs.size());
    }
  }

  /** Postings naming a tool: skills before title before description, newest first, then id. */
  private static List<JobInfo> postingsAskingFor(KnowledgeBase kb, String toolId) {
    return kb.jobsByTool.getOrDefault(toolId, List.of()).stream()
        .sorted(
            Comparator.comparing((JobInfo j) -> j.tool(toolId).orElseThrow().where())
                .thenComparing(JobInfo::postedAt, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(JobInfo::id))
        .toList();
  }

  /**
   * Tools that go with a tool: those listed together with it by the same O*NET occupations
   * (Technology Skills) and asked for together with it by the same postings. Ranked by how many
   * occupations and postings they share with it, then by cosine similarity of the two sets of
   * occupations and postings (shared / sqrt(size x size)), which puts specific companions (used by
   * few occupations besides these) before ubiquitous ones (office software), then by name.
   */
  static List<RelatedItem> usedWith(KnowledgeBase kb, ToolInfo tool) {
    Map<String, int[]> shared = new HashMap<>();
    Map<String, List<String>> sharedOccupations = new HashMap<>();
    for (ToolUse use : tool.occupations()) {
      for (OccupationTool other : kb.toolsByOccupation.getOrDefault(use.code(), List.of())) {
        if (!other.tool().id().equals(tool.id())) {
          shared.computeIfAbsent(other.tool().id(), k -> new int[2])[0]++;
          sharedOccupations
              .computeIfAbsent(other.tool().id(), k -> new ArrayList<>())
              .add(use.title());
        }
      }
    }
    List<JobInfo> postings = kb.jobsByTool.getOrDefault(tool.id(), List.of());
    for (JobInfo job : postings) {
      for (JobTool t : job.tools()) {
        if (!t.toolId().equals(tool.id())) {
          shared.computeIfAbsent(t.toolId(), k -> new int[2])[1]++;
        }
      }
    }
    int sizeA = tool.occupations().size() + postings.size();
    record Scored(ToolInfo tool, int occupations, int postings, double cosine) {
      int together() {
        return occupations + postings;
      }
    }
    List<Scored> scored = new ArrayList<>();
    for (Map.Entry<String, int[]> e : shared.entrySet()) {
      ToolInfo other = kb.tools.get(e.getKey());
      int sizeB =
          other.occupations().size() + kb.jobsByTool.getOrDefault(other.id(), List.of()).size();
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
      ToolInfo tool, int occupations, int postings, List<String> occupationTitles) {
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

  // ---- job

  private static void job(
      CareerSearcher searcher,
      KnowledgeBase kb,
      String id,
      Map<String, List<RelatedItem>> related,
      Map<String, Object> insights)
      throws IOException {
    JobInfo job = kb.job(searcher, id).orElse(null);
    if (job == null) {
      return;
    }
    related.put(
        "tools",
        cap(
            job.tools().stream()
                .map(
                    t -> {
                      ToolInfo tool = kb.tools.get(t.toolId());
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
    insights.put("occupation_match", job.occupation().map(RelatedDocuments::evidence).orElse(null));
    insights.put("pay", pay(searcher, kb, job));
    List<Map<String, Object>> asked = new ArrayList<>();
    for (String entry : job.skills()) {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("skill", entry);
      a.put("tools", kb.lexicon.inEntry(entry).stream().map(Mention::toolId).toList());
      asked.add(a);
    }
    insights.put("skills_asked", asked);
  }

  /** Article skill statements naming any of the tools, most of them first, then article order. */
  private static List<RelatedItem> skillsNaming(
      KnowledgeBase kb, Set<String> toolIds, String whose) {
    record Hit(SkillInfo skill, List<String> names) {}
    List<Hit> hits = new ArrayList<>();
    for (SkillInfo s : kb.skills) {
      List<String> names =
          s.tools().stream()
              .filter(m -> toolIds.contains(m.toolId()))
              .map(m -> kb.tools.get(m.toolId()).name())
              .toList();
      if (!names.isEmpty()) {
        hits.add(new Hit(s, names));
      }
    }
    return cap(
        hits.stream()
            .sorted(
                Comparator.comparing((Hit h) -> -h.names().size())
                    .thenComparing(h -> h.skill().order()))
            .map(
                h ->
                    item(
                        h.skill().id(),
                        DocType.SKILL,
                        h.skill().text(),
                        "names " + String.join(", ", h.names()) + ", which " + whose))
            .toList());
  }

  /**
   * The posting's pay (midpoint of its USD range) among salary reports of the same title, level and
   * year, broadening when those are too few (see {@link SalaryMarket}).
   */
  private static Map<String, Object> pay(CareerSearcher searcher, KnowledgeBase kb, JobInfo job)
      throws IOException {
    Map<String, Object> pay = new LinkedHashMap<>();
    Long midpoint = null;
    if (job.minUsd() != null && job.maxUsd() != null) {
      midpoint = Math.floorDiv(job.minUsd() + job.maxUsd(), 2);
      pay.put("min_usd_year", job.minUsd());
      pay.put("max_usd_year", job.maxUsd());
      pay.put("midpoint_usd_year", midpoint);
    } else {
      pay.put("message", "the posting gives no salary; the reports below are for reference");
    }
    Integer year = surveyYear(kb, job.postedAt());
    String core = OccupationMatcher.coreKey(job.title());
    List<Level> levels = new ArrayList<>();
    if (!core.isEmpty()) {
      Map<String, String> title =
          Map.of(
              core,
              kb.reportTitles.containsKey(core)
                  ? SalaryMarket.reportTitle(searcher, core)
                  : OccupationMatcher.coreTitle(job.title()));
      String shown = title.get(core);
      if (job.seniority() != null && year != null) {
        levels.add(
            new Level(
                "reports titled \"" + shown + "\", " + job.seniority() + " level, " + year,
                title,
                job.seniority(),
                year));
      }
      if (job.seniority() != null) {
        levels.add(
            new Level(
                "reports titled \"" + shown + "\", " + job.seniority() + " level, all years",
                title,
                job.seniority(),
                null));
      }
      levels.add(
          new Level("reports titled \"" + shown + "\", all levels and years", title, null, null));
    }
    Optional<OccupationInfo> occupation = job.occupation().flatMap(m -> kb.occupation(m.code()));
    if (occupation.isPresent()) {
      Map<String, String> titles = titleKeys(occupation.get().allTitles());
      String basis = "reports titled like the O*NET occupation " + occupation.get().title();
      if (job.seniority() != null) {
        levels.add(
            new Level(
                basis + ", " + job.seniority() + " level, all years",
                titles,
                job.seniority(),
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
    if (kb.reportYears.isEmpty()) {
      return null;
    }
    if (postedAt == null) {
      return kb.latestReportYear();
    }
    int y = postedAt.getYear();
    return Math.max(kb.reportYears.firstKey(), Math.min(kb.reportYears.lastKey(), y));
  }

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

  // ---- occupation

  private static void occupation(
      CareerSearcher searcher,
      KnowledgeBase kb,
      String id,
      Map<String, List<RelatedItem>> related,
      Map<String, Object> insights)
      throws IOException {
    OccupationInfo occ = kb.occupations.get(id.substring(id.indexOf(':') + 1));
    if (occ == null) {
      return;
    }
    List<OccupationTool> used = kb.toolsByOccupation.getOrDefault(occ.code(), List.of());
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
            kb.jobsByOccupation.getOrDefault(occ.code(), List.of()).stream()
                .sorted(
                    Comparator.comparing((JobInfo j) -> j.occupation().orElseThrow().how())
                        .thenComparing(
                            JobInfo::postedAt, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(JobInfo::id))
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

  // ---- section and skill

  private static void section(KnowledgeBase kb, String id, Map<String, List<RelatedItem>> related) {
    SectionInfo section =
        kb.sections.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    if (section == null) {
      return;
    }
    related.put("tools", toolItems(kb, section.tools()));
    Set<String> lines =
        section
            .text()
            .lines()
            .map(l -> l.replaceFirst("^-\\s*", "").strip())
            .collect(Collectors.toSet());
    List<RelatedItem> listed =
        kb.skills.stream()
            .filter(s -> lines.contains(s.text().strip()))
            .map(s -> item(s.id(), DocType.SKILL, s.text(), "listed in this section"))
            .toList();
    if (listed.isEmpty()) {
      Set<String> toolIds =
          section.tools().stream().map(Mention::toolId).collect(Collectors.toSet());
      listed = skillsNaming(kb, toolIds, "this section names too");
    }
    related.put("skills", cap(listed));
    related.put("occupation", roleOccupations(kb, section.roles(), "section"));
  }

  private static void skill(KnowledgeBase kb, String id, Map<String, List<RelatedItem>> related) {
    SkillInfo skill = kb.skills.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    if (skill == null) {
      return;
    }
    related.put("tools", toolItems(kb, skill.tools()));
    related.put(
        "sections",
        cap(
            kb.sections.stream()
                .filter(
                    s ->
                        s.text()
                            .lines()
                            .anyMatch(
                                l ->
                                    l.replaceFirst("^-\\s*", "")
                                        .strip()
                                        .equals(skill.text().strip())))
                .map(s -> item(s.id(), DocType.SECTION, s.title(), "lists this statement"))
                .toList()));
    related.put(
        "occupation",
        roleOccupations(kb, skill.role() == null ? List.of() : List.of(skill.role()), "statement"));
  }

  private static List<RelatedItem> toolItems(KnowledgeBase kb, List<Mention> mentions) {
    return cap(
        mentions.stream()
            .map(
                m -> {
                  ToolInfo t = kb.tools.get(m.toolId());
                  return item(t.id(), DocType.TOOL, t.name(), names(m));
                })
            .toList());
  }

  /** The O*NET occupation of each article role, with the evidence. */
  private static List<RelatedItem> roleOccupations(
      KnowledgeBase kb, List<String> roles, String what) {
    List<RelatedItem> items = new ArrayList<>();
    for (String role : roles) {
      kb.matcher
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

  // ---- helpers

  private static Optional<Mention> mention(List<Mention> mentions, String toolId) {
    return mentions.stream().filter(m -> m.toolId().equals(toolId)).findFirst();
  }

  private static String names(Mention m) {
    return "names \"" + m.surface() + "\"";
  }

  private static String flags(boolean hot, boolean inDemand) {
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
    return items.size() <= MAX_ITEMS ? items : List.copyOf(items.subList(0, MAX_ITEMS));
  }
}
