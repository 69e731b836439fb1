package careersearch.server.knowledge;

import careersearch.schema.DocType;
import careersearch.schema.FacetDim;
import careersearch.schema.Fields;
import careersearch.server.knowledge.OccupationMatcher.Match;
import careersearch.server.knowledge.ToolLexicon.Mention;
import careersearch.server.lucene.CareerSearcher;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * What the server knows about how documents relate, computed once per index commit from the stored
 * documents: tools and the occupations that use them, occupations and their titles, the article's
 * sections and skills with the tools they name, every posting with the tools it asks for and its
 * occupation, and the salary reports' titles, years and countries.
 *
 * <p>Holds plain data only (no reader), so a commit's knowledge can be dropped with its reader.
 * Building it reads every document except the salary reports (about 10,000 with the bundled corpus,
 * under two seconds) plus the reports' doc values and title terms.
 */
final class KnowledgeBase {
  record ToolUse(String code, String title, boolean hot, boolean inDemand) {}

  record ToolInfo(
      String id,
      String name,
      List<String> names,
      List<String> categories,
      List<String> roles,
      boolean hot,
      boolean inDemand,
      List<ToolUse> occupations) {}

  /** A tool as one occupation uses it. */
  record OccupationTool(ToolInfo tool, boolean hot, boolean inDemand) {}

  record RelatedOccupation(String code, String title, String tier) {}

  record OccupationInfo(
      String id,
      String code,
      String title,
      String description,
      List<String> alternateTitles,
      List<String> reportedTitles,
      List<String> tasks,
      List<RelatedOccupation> related) {

    /** Its own title, reported titles and alternate titles. */
    List<String> allTitles() {
      List<String> all = new ArrayList<>();
      all.add(title);
      all.addAll(reportedTitles);
      all.addAll(alternateTitles);
      return all;
    }
  }

  record SectionInfo(
      String id,
      String title,
      List<String> headingPath,
      List<String> roles,
      int order,
      String text,
      List<Mention> tools) {}

  record SkillInfo(String id, String text, String role, int order, List<Mention> tools) {}

  /** Where a posting names a tool: in its skills, title or description. */
  enum Where {
    SKILLS("asks for it in its skills", "asked for in the skills"),
    TITLE("names it in its title", "named in the title"),
    DESCRIPTION("names it in its description", "named in the description");

    /** Said of the posting, from the tool's side. */
    final String byPosting;

    /** Said of the tool, from the posting's side. */
    final String inPosting;

    Where(String byPosting, String inPosting) {
      this.byPosting = byPosting;
      this.inPosting = inPosting;
    }
  }

  record JobTool(String toolId, Where where, String surface) {}

  record JobInfo(
      String id,
      String title,
      String company,
      String seniority,
      LocalDate postedAt,
      Long minUsd,
      Long maxUsd,
      List<String> skills,
      List<JobTool> tools,
      Optional<Match> occupation) {

    Optional<JobTool> tool(String toolId) {
      return tools.stream().filter(t -> t.toolId().equals(toolId)).findFirst();
    }
  }

  // "- Programming Languages: Python, R" in the article's tool lists
  private static final Pattern CATEGORY_LINE = Pattern.compile("^-\\s+([^:]+):");

  private final Map<String, ToolInfo> tools = new LinkedHashMap<>();
  private final Map<String, List<OccupationTool>> toolsByOccupation = new HashMap<>();
  private final Map<String, OccupationInfo> occupations = new LinkedHashMap<>();
  private final OccupationMatcher matcher = new OccupationMatcher();
  private final List<SectionInfo> sections = new ArrayList<>();
  private final List<SkillInfo> skills = new ArrayList<>();

  /**
   * Postings read into memory: the newest this many. The links between postings, tools and
   * occupations are worked out per posting; a million postings would not fit a 1 GB heap, and the
   * newest are the ones worth linking to.
   */
  static final int MAX_POSTINGS = 5_000;

  /** Every posting in the index, read or not. */
  private final int postingsTotal;

  private final List<JobInfo> jobs = new ArrayList<>();
  private final Map<String, JobInfo> jobsById = new HashMap<>();
  private final Map<String, List<JobInfo>> jobsByTool = new HashMap<>();
  private final Map<String, List<JobInfo>> jobsByOccupation = new HashMap<>();

  /** Roles the article is about (role facet of sections and skills), in article order. */
  private final Set<String> articleRoles = new LinkedHashSet<>();

  /** Category names of the article's tool lists, in article order. */
  private final Set<String> articleCategories = new LinkedHashSet<>();

  /** Salary reports per title key. */
  private final SortedMap<String, Integer> reportTitles = new TreeMap<>();

  /** Salary reports per survey year. */
  private final SortedMap<Integer, Integer> reportYears = new TreeMap<>();

  /** Company countries of salary reports (ISO 3166 alpha-2). */
  private final SortedSet<String> reportCountries = new TreeSet<>();

  private final ToolLexicon lexicon;

  KnowledgeBase(CareerSearcher searcher) throws IOException {
    Set<String> ordinary = new HashSet<>();
    for (Map<String, Object> s : Sources.ofType(searcher, DocType.OCCUPATION)) {
      OccupationInfo o = occupation(s);
      occupations.put(o.code(), o);
      matcher.add(o.code(), o.title(), o.alternateTitles(), o.reportedTitles());
      ToolLexicon.addLowerCaseWords(o.description(), ordinary);
      o.tasks().forEach(t -> ToolLexicon.addLowerCaseWords(t, ordinary));
    }
    List<ToolLexicon.ToolNames> names = new ArrayList<>();
    for (Map<String, Object> s : Sources.ofType(searcher, DocType.TOOL)) {
      ToolInfo t = tool(s);
      tools.put(t.id(), t);
      names.add(new ToolLexicon.ToolNames(t.id(), t.names(), t.occupations().size()));
      for (ToolUse use : t.occupations()) {
        toolsByOccupation
            .computeIfAbsent(use.code(), c -> new ArrayList<>())
            .add(new OccupationTool(t, use.hot(), use.inDemand()));
      }
    }
    lexicon = new ToolLexicon(names, Collections.unmodifiableSet(ordinary));
    for (Map<String, Object> s : Sources.ofType(searcher, DocType.SECTION)) {
      addSection(s);
    }
    sections.sort((a, b) -> Integer.compare(a.order(), b.order()));
    for (Map<String, Object> s : Sources.ofType(searcher, DocType.SKILL)) {
      addSkill(s);
    }
    skills.sort((a, b) -> Integer.compare(a.order(), b.order()));
    List<Map<String, Object>> newest = Sources.newestOfType(searcher, DocType.JOB, MAX_POSTINGS);
    for (Map<String, Object> s : newest) {
      addJob(s);
    }
    postingsTotal = searcher.count(new TermQuery(new Term(Fields.TYPE, DocType.JOB.key())));
    readReportTitles(searcher);
    SalaryStats.collect(searcher, new MatchAllDocsQuery())
        .byYear()
        .forEach((year, usd) -> reportYears.put(year, usd.length));
    readReportCountries(searcher);
  }

  Optional<ToolInfo> tool(String id) {
    return Optional.ofNullable(tools.get(id));
  }

  Optional<OccupationInfo> occupation(String code) {
    return Optional.ofNullable(occupations.get(code));
  }

  /** The latest survey year, or null without reports. */
  Integer latestReportYear() {
    return reportYears.isEmpty() ? null : reportYears.lastKey();
  }

  // ---- read-only views for the linkers and services of this package

  Map<String, ToolInfo> tools() {
    return Collections.unmodifiableMap(tools);
  }

  Map<String, List<OccupationTool>> toolsByOccupation() {
    return Collections.unmodifiableMap(toolsByOccupation);
  }

  Map<String, OccupationInfo> occupations() {
    return Collections.unmodifiableMap(occupations);
  }

  OccupationMatcher matcher() {
    return matcher;
  }

  List<SectionInfo> sections() {
    return Collections.unmodifiableList(sections);
  }

  List<SkillInfo> skills() {
    return Collections.unmodifiableList(skills);
  }

  int postingsTotal() {
    return postingsTotal;
  }

  List<JobInfo> jobs() {
    return Collections.unmodifiableList(jobs);
  }

  Map<String, List<JobInfo>> jobsByTool() {
    return Collections.unmodifiableMap(jobsByTool);
  }

  Map<String, List<JobInfo>> jobsByOccupation() {
    return Collections.unmodifiableMap(jobsByOccupation);
  }

  Set<String> articleRoles() {
    return Collections.unmodifiableSet(articleRoles);
  }

  Set<String> articleCategories() {
    return Collections.unmodifiableSet(articleCategories);
  }

  SortedMap<String, Integer> reportTitles() {
    return Collections.unmodifiableSortedMap(reportTitles);
  }

  SortedMap<Integer, Integer> reportYears() {
    return Collections.unmodifiableSortedMap(reportYears);
  }

  SortedSet<String> reportCountries() {
    return Collections.unmodifiableSortedSet(reportCountries);
  }

  ToolLexicon lexicon() {
    return lexicon;
  }

  private static OccupationInfo occupation(Map<String, Object> s) {
    List<RelatedOccupation> related =
        Sources.objects(s, "related").stream()
            .map(
                r ->
                    new RelatedOccupation(
                        Sources.string(r, "code"),
                        Sources.string(r, "title"),
                        Sources.string(r, "tier")))
            .toList();
    return new OccupationInfo(
        Sources.string(s, "id"),
        Sources.string(s, "code"),
        Sources.string(s, "title"),
        Sources.string(s, "description"),
        Sources.strings(s, "alternate_titles"),
        Sources.strings(s, "reported_titles"),
        Sources.strings(s, "tasks"),
        related);
  }

  private static ToolInfo tool(Map<String, Object> s) {
    String name = Sources.string(s, "title");
    Set<String> names = new LinkedHashSet<>();
    names.add(name);
    names.addAll(Sources.strings(s, "onet_names"));
    List<ToolUse> uses =
        Sources.objects(s, "occupations").stream()
            .map(
                o ->
                    new ToolUse(
                        Sources.string(o, "code"),
                        Sources.string(o, "title"),
                        Sources.bool(o, "hot_technology"),
                        Sources.bool(o, "in_demand")))
            .toList();
    return new ToolInfo(
        Sources.string(s, "id"),
        name,
        List.copyOf(names),
        Sources.strings(s, "categories"),
        Sources.strings(s, "roles"),
        Sources.bool(s, "hot_technology"),
        Sources.bool(s, "in_demand"),
        uses);
  }

  private void addSection(Map<String, Object> s) {
    String text = Sources.string(s, "text");
    List<String> roles = Sources.strings(s, "roles");
    articleRoles.addAll(roles);
    List<String> path = Sources.strings(s, "heading_path");
    if (!roles.isEmpty() && path.size() > 1 && path.get(0).startsWith("Tools")) {
      for (String line : text.split("\n")) {
        Matcher m = CATEGORY_LINE.matcher(line);
        if (m.find()) {
          articleCategories.add(m.group(1).strip());
        }
      }
    }
    Long order = Sources.number(s, "order");
    sections.add(
        new SectionInfo(
            Sources.string(s, "id"),
            Sources.string(s, "title"),
            path,
            roles,
            order == null ? Integer.MAX_VALUE : order.intValue(),
            text == null ? "" : text,
            lexicon.inText(text)));
  }

  private void addSkill(Map<String, Object> s) {
    String text = Sources.string(s, "title");
    String role = Sources.string(s, "role");
    if (role != null) {
      articleRoles.add(role);
    }
    // the tools the article gives as examples, then any other tool the statement names
    Map<String, Mention> mentions = new LinkedHashMap<>();
    for (String name : Sources.strings(s, "tools")) {
      lexicon.inEntry(name).forEach(m -> mentions.putIfAbsent(m.toolId(), m));
    }
    lexicon.inText(text).forEach(m -> mentions.putIfAbsent(m.toolId(), m));
    Long order = Sources.number(s, "order");
    skills.add(
        new SkillInfo(
            Sources.string(s, "id"),
            text,
            role,
            order == null ? Integer.MAX_VALUE : order.intValue(),
            List.copyOf(mentions.values())));
  }

  /** A posting's links: from memory, else worked out now from its source (an older posting). */
  Optional<JobInfo> job(IndexSearcher searcher, String id) throws IOException {
    JobInfo known = jobsById.get(id);
    if (known != null || postingsTotal <= jobs.size()) {
      return Optional.ofNullable(known);
    }
    int[] docs = Sources.docIds(searcher, new TermQuery(new Term(Fields.ID, id)));
    if (docs.length == 0) {
      return Optional.empty();
    }
    Map<String, Object> source = Sources.of(searcher, docs).get(0);
    return DocType.JOB.key().equals(Sources.string(source, "type"))
        ? Optional.of(jobInfo(source))
        : Optional.empty();
  }

  private void addJob(Map<String, Object> s) {
    JobInfo job = jobInfo(s);
    jobs.add(job);
    jobsById.put(job.id(), job);
    for (JobTool t : job.tools()) {
      jobsByTool.computeIfAbsent(t.toolId(), k -> new ArrayList<>()).add(job);
    }
    job.occupation()
        .ifPresent(
            m -> jobsByOccupation.computeIfAbsent(m.code(), k -> new ArrayList<>()).add(job));
  }

  private JobInfo jobInfo(Map<String, Object> s) {
    String title = Sources.string(s, "title");
    List<String> jobSkills = Sources.strings(s, "skills");
    Map<String, JobTool> found = new LinkedHashMap<>();
    for (String entry : jobSkills) {
      for (Mention m : lexicon.inEntry(entry)) {
        found.putIfAbsent(m.toolId(), new JobTool(m.toolId(), Where.SKILLS, m.surface()));
      }
    }
    for (Mention m : lexicon.inText(title)) {
      found.putIfAbsent(m.toolId(), new JobTool(m.toolId(), Where.TITLE, m.surface()));
    }
    for (Mention m : lexicon.inText(Sources.string(s, "description"))) {
      found.putIfAbsent(m.toolId(), new JobTool(m.toolId(), Where.DESCRIPTION, m.surface()));
    }
    Map<String, Object> salary = Sources.object(s, "salary");
    return new JobInfo(
        Sources.string(s, "id"),
        title,
        Sources.string(s, "company"),
        Sources.string(s, "seniority"),
        date(Sources.string(s, "posted_at")),
        Sources.number(salary, "min_usd_year"),
        Sources.number(salary, "max_usd_year"),
        jobSkills,
        List.copyOf(found.values()),
        matcher.match(title));
  }

  private static LocalDate date(String iso) {
    try {
      return iso == null ? null : LocalDate.parse(iso);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Live salary reports per title key, from the terms of {@link Fields#TITLE_KEY}. */
  private void readReportTitles(CareerSearcher searcher) throws IOException {
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Terms terms = leaf.reader().terms(Fields.TITLE_KEY);
      if (terms == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      TermsEnum te = terms.iterator();
      PostingsEnum postings = null;
      for (BytesRef term = te.next(); term != null; term = te.next()) {
        postings = te.postings(postings, PostingsEnum.NONE);
        int count = 0;
        for (int d = postings.nextDoc();
            d != DocIdSetIterator.NO_MORE_DOCS;
            d = postings.nextDoc()) {
          if (live == null || live.get(d)) {
            count++;
          }
        }
        if (count > 0) {
          reportTitles.merge(term.utf8ToString(), count, Integer::sum);
        }
      }
    }
  }

  /** Company countries of the reports, from the location facet counted over reports only. */
  private void readReportCountries(CareerSearcher searcher) throws IOException {
    FacetsCollector fc =
        FacetsCollectorManager.search(
                searcher,
                new TermQuery(new Term(Fields.TYPE, DocType.SALARY_REPORT.key())),
                1,
                new FacetsCollectorManager())
            .facetsCollector();
    try {
      FacetResult result =
          new SortedSetDocValuesFacetCounts(searcher.facetState(), fc)
              .getAllChildren(FacetDim.LOCATION.param());
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          if (lv.value.intValue() > 0) {
            reportCountries.add(lv.label);
          }
        }
      }
    } catch (IllegalArgumentException e) {
      // no document of the index has a location: no countries
    }
  }
}
