package careersearch.server.knowledge;

import careersearch.indexer.model.ArticleSection;
import careersearch.indexer.model.Occupation;
import careersearch.indexer.model.SkillStatement;
import careersearch.indexer.model.Tool;
import careersearch.schema.DocType;
import careersearch.schema.TitleKey;
import careersearch.server.api.CompareRequest;
import careersearch.server.api.NotFoundException;
import careersearch.server.knowledge.Article.Section;
import careersearch.server.knowledge.Article.Skill;
import careersearch.server.knowledge.KnownPostings.LinkedPosting;
import careersearch.server.knowledge.RoleFinder.Role;
import careersearch.server.knowledge.SalaryMarket.Level;
import careersearch.server.knowledge.ToolCatalog.OccupationTool;
import careersearch.server.knowledge.ToolLexicon.Mention;
import careersearch.server.lucene.CareerSearcher;
import careersearch.server.lucene.IndexSearchers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Two roles side by side ({@code GET /api/compare?a=...&b=...}), as the seed article does by hand:
 * description and responsibilities, the tools and skills each has and both share, the skill areas
 * (tool categories), a salary summary of each and matching postings. Knows nothing about HTTP.
 *
 * <p>A role is found, in this order, as: one of the article's roles (its own sections, skill
 * statements and tool lists are the content); an O*NET code ({@code 15-2051.00} or {@code
 * occupation:15-2051.00}); an O*NET title, alternate or reported title (the occupation's
 * description, tasks and Technology Skills are the content); a salary report title (pay from the
 * reports, content from the occupation its title is in, if any). Anything else is a 404 that names
 * it and suggests close titles.
 */
public final class RoleComparison {
  /** Longest list of tools or skills per side. */
  static final int MAX_LIST = 25;

  static final int MAX_RESPONSIBILITIES = 10;

  private final IndexSearchers searchers;
  private final KnowledgeCache cache;

  RoleComparison(IndexSearchers searchers, KnowledgeCache cache) {
    this.searchers = searchers;
    this.cache = cache;
  }

  /** Both sides compared; {@link NotFoundException} names a side no role matches. */
  public Map<String, Object> compare(CompareRequest request) {
    String a = request.a();
    String b = request.b();
    return searchers.withSearcher(
        searcher -> {
          KnowledgeBase kb = cache.get(searcher);
          Optional<Role> ra = RoleFinder.resolve(kb, a);
          Optional<Role> rb = RoleFinder.resolve(kb, b);
          if (ra.isEmpty() || rb.isEmpty()) {
            List<String> missing = new ArrayList<>();
            if (ra.isEmpty()) {
              missing.add(RoleFinder.notFound(searcher, kb, "a", a));
            }
            if (rb.isEmpty()) {
              missing.add(RoleFinder.notFound(searcher, kb, "b", b));
            }
            throw new NotFoundException(
                String.join("; ", missing)
                    + ". Give an O*NET occupation or job title, an O*NET code, or a role of the"
                    + " article ("
                    + String.join(", ", kb.article().roles())
                    + ")");
          }
          Side sa = side(searcher, kb, ra.get());
          Side sb = side(searcher, kb, rb.get());
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("a", sa.view);
          out.put("b", sb.view);
          out.put("tools", split(sa.tools, sb.tools, sa.role.name(), sb.role.name()));
          out.put("skills", split(sa.skills, sb.skills, sa.role.name(), sb.role.name()));
          out.put("skill_areas", splitAreas(sa.areas, sb.areas));
          return out;
        });
  }

  // ---- one side

  /** A role's view plus the sets compared across sides (id to item, in rank order). */
  private record Side(
      Role role,
      Map<String, Object> view,
      Map<String, RelatedItem> tools,
      Map<String, RelatedItem> skills,
      List<String> areas) {}

  private static Side side(CareerSearcher searcher, KnowledgeBase kb, Role role)
      throws IOException {
    Map<String, RelatedItem> tools = new LinkedHashMap<>();
    Map<String, RelatedItem> skills = new LinkedHashMap<>();
    List<String> areas;
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("query", role.query());
    view.put("role", role.name());
    view.put("source", role.source());
    view.put("why", role.why());
    view.put(
        "occupation",
        role.occupation() == null
            ? null
            : Links.item(
                role.occupation().id(),
                DocType.OCCUPATION,
                role.occupation().title(),
                role.match() == null ? "O*NET code" : role.match().why()));
    if (role.articleRole() != null) {
      String r = role.articleRole();
      view.put("description", sectionText(kb, "Definitions", r).map(t -> t.strip()).orElse(null));
      view.put(
          "responsibilities",
          sectionText(kb, "Responsibilities", r).map(RoleComparison::listItems).orElse(List.of()));
      view.put(
          "education",
          sectionText(kb, "Educational Backgrounds", r)
              .map(RoleComparison::listItems)
              .orElse(List.of()));
      for (Tool t : kb.tools().all()) {
        if (t.roles().contains(r)) {
          String category =
              t.categories().stream().filter(kb.article()::isCategory).findFirst().orElse(null);
          tools.put(
              t.id(),
              Links.item(
                  t.id(),
                  DocType.TOOL,
                  t.name(),
                  "in the article's "
                      + r
                      + " tools"
                      + (category == null ? "" : " (" + category + ")")));
        }
      }
      for (Skill found : kb.article().skills()) {
        SkillStatement s = found.skill();
        if (r.equals(s.role())) {
          skills.put(
              s.id(), Links.item(s.id(), DocType.SKILL, s.text(), "the article's " + r + " skill"));
          for (Mention m : found.tools()) {
            Tool t = kb.tools().known(m.toolId());
            tools.putIfAbsent(
                t.id(),
                Links.item(
                    t.id(),
                    DocType.TOOL,
                    t.name(),
                    "named in the article's skill \"" + s.text() + "\""));
          }
        }
      }
      Set<String> a = new LinkedHashSet<>();
      for (String id : tools.keySet()) {
        kb.tools().known(id).categories().stream().filter(kb.article()::isCategory).forEach(a::add);
      }
      areas = List.copyOf(a);
    } else if (role.occupation() != null) {
      Occupation occ = role.occupation();
      view.put("description", occ.description());
      view.put(
          "responsibilities",
          occ.tasks().subList(0, Math.min(MAX_RESPONSIBILITIES, occ.tasks().size())));
      List<OccupationTool> used =
          kb.tools().usedBy(occ.code()).stream().sorted(OccupationLinks.toolRank()).toList();
      Map<String, Integer> areaCounts = new LinkedHashMap<>();
      for (OccupationTool t : used) {
        tools.put(
            t.tool().id(),
            Links.item(
                t.tool().id(),
                DocType.TOOL,
                t.tool().name(),
                "O*NET Technology Skills of "
                    + occ.title()
                    + (t.hot() ? " (Hot Technology)" : t.inDemand() ? " (In Demand)" : "")));
        t.tool().categories().stream()
            .filter(c -> !kb.article().isCategory(c))
            .forEach(c -> areaCounts.merge(c, 1, Integer::sum));
      }
      areas =
          areaCounts.entrySet().stream()
              .sorted(
                  Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                      .thenComparing(Map.Entry::getKey))
              .map(Map.Entry::getKey)
              .toList();
      for (Skill found : kb.article().skills()) {
        SkillStatement s = found.skill();
        List<String> named =
            found.tools().stream()
                .filter(m -> tools.containsKey(m.toolId()))
                .map(m -> kb.tools().known(m.toolId()).name())
                .toList();
        if (!named.isEmpty()) {
          skills.put(
              s.id(),
              Links.item(
                  s.id(),
                  DocType.SKILL,
                  s.text(),
                  "names " + String.join(", ", named) + ", which " + occ.title() + " use"));
        }
      }
    } else {
      view.put("description", null);
      view.put("responsibilities", List.of());
      areas = List.of();
    }
    view.put("salary", salary(searcher, kb, role));
    view.put("postings", postings(kb, role));
    view.put("tools_total", tools.size());
    view.put("skills_total", skills.size());
    return new Side(role, view, tools, skills, areas);
  }

  /** The text of the article section under {@code heading} for a role. */
  private static Optional<String> sectionText(KnowledgeBase kb, String heading, String role) {
    return kb.article().sections().stream()
        .map(Section::section)
        .filter(s -> s.headingPath().get(0).equals(heading) && s.roles().contains(role))
        .map(ArticleSection::text)
        .findFirst();
  }

  private static List<String> listItems(String text) {
    return text.lines().filter(l -> l.startsWith("- ")).map(l -> l.substring(2).strip()).toList();
  }

  /** Reports of the role's title; when too few, of the titles of its occupation. */
  private static Map<String, Object> salary(CareerSearcher searcher, KnowledgeBase kb, Role role)
      throws IOException {
    List<Level> levels = new ArrayList<>();
    String key = TitleKey.of(role.name());
    if (!key.isEmpty()) {
      levels.add(
          new Level(
              "reports titled \"" + role.name() + "\"", Map.of(key, role.name()), null, null));
    }
    if (role.occupation() != null) {
      levels.add(
          new Level(
              "reports titled like the O*NET occupation "
                  + role.occupation().title()
                  + " (its title, reported and alternate titles)",
              Links.titleKeys(role.occupation().allTitles()),
              null,
              null));
    }
    return SalaryMarket.summary(searcher, kb, levels, null);
  }

  /** Postings with the role's title first, then those of the role's occupation; newest first. */
  private static List<RelatedItem> postings(KnowledgeBase kb, Role role) {
    String key = TitleKey.of(role.name());
    Map<String, RelatedItem> items = new LinkedHashMap<>();
    Comparator<LinkedPosting> newest = KnownPostings.NEWEST_FIRST;
    kb.postings().newest().stream()
        .filter(j -> OccupationMatcher.coreKey(j.title()).equals(key))
        .sorted(newest)
        .forEach(
            j ->
                items.put(
                    j.id(),
                    Links.item(
                        j.id(), DocType.JOB, j.title(), "its title is \"" + role.name() + "\"")));
    if (role.occupation() != null) {
      kb.postings().of(role.occupation().code()).stream()
          .sorted(newest)
          .forEach(
              j ->
                  items.putIfAbsent(
                      j.id(),
                      Links.item(
                          j.id(),
                          DocType.JOB,
                          j.title(),
                          "of the same O*NET occupation: " + j.occupation().orElseThrow().why())));
    }
    return Links.cap(List.copyOf(items.values()));
  }

  // ---- comparing

  private static Map<String, Object> split(
      Map<String, RelatedItem> a, Map<String, RelatedItem> b, String nameA, String nameB) {
    List<RelatedItem> shared = new ArrayList<>();
    List<RelatedItem> onlyA = new ArrayList<>();
    List<RelatedItem> onlyB = new ArrayList<>();
    for (RelatedItem item : a.values()) {
      RelatedItem other = b.get(item.id());
      if (other != null) {
        shared.add(
            new RelatedItem(
                item.id(),
                item.type(),
                item.title(),
                nameA + ": " + item.why() + "; " + nameB + ": " + other.why()));
      } else {
        onlyA.add(item);
      }
    }
    for (RelatedItem item : b.values()) {
      if (!a.containsKey(item.id())) {
        onlyB.add(item);
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("shared", listOf(shared));
    out.put("only_a", listOf(onlyA));
    out.put("only_b", listOf(onlyB));
    return out;
  }

  private static Map<String, Object> splitAreas(List<String> a, List<String> b) {
    Set<String> inB = new LinkedHashSet<>(b);
    Set<String> inA = new LinkedHashSet<>(a);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("shared", listOf(a.stream().filter(inB::contains).toList()));
    out.put("only_a", listOf(a.stream().filter(x -> !inB.contains(x)).toList()));
    out.put("only_b", listOf(b.stream().filter(x -> !inA.contains(x)).toList()));
    return out;
  }

  private static <T> Map<String, Object> listOf(List<T> items) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("count", items.size());
    out.put("items", items.size() <= MAX_LIST ? items : items.subList(0, MAX_LIST));
    return out;
  }
}
