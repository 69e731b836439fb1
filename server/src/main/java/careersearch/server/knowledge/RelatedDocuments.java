package careersearch.server.knowledge;

import careersearch.schema.DocType;
import careersearch.schema.SourceFields;
import careersearch.server.lucene.IndexSearchers;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents linked to a document, each list ranked and capped at {@link #MAX_ITEMS}, every item
 * saying why it is linked; plus insights that are not documents (a posting's pay against the salary
 * reports, an occupation's main tasks and salary summary). Knows nothing about HTTP.
 *
 * <ul>
 *   <li>tool: {@code sections} and {@code skills} of the article that name it, {@code occupations}
 *       that use it (O*NET; hot, then in demand, then by code), {@code postings} that ask for it
 *       (skills, then title, then description; newest first), {@code used_with}: tools that go with
 *       it (see {@link ToolLinks#usedWith}).
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

  private static final Map<DocType, Linker> LINKERS = new EnumMap<>(DocType.class);

  static {
    LINKERS.put(DocType.TOOL, new ToolLinks());
    LINKERS.put(DocType.JOB, new JobLinks());
    LINKERS.put(DocType.OCCUPATION, new OccupationLinks());
    LINKERS.put(DocType.SECTION, new SectionLinks());
    LINKERS.put(DocType.SKILL, new SkillLinks());
  }

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
    String id = Sources.string(source, SourceFields.ID);
    DocType type = DocType.fromKey(Sources.string(source, SourceFields.TYPE)).orElse(null);
    return searchers.withSearcher(
        searcher -> {
          KnowledgeBase kb = cache.get(searcher);
          Map<String, List<RelatedItem>> related = new LinkedHashMap<>();
          Map<String, Object> insights = new LinkedHashMap<>();
          // salary reports link to nothing
          Linker linker = type == null ? null : LINKERS.get(type);
          if (linker != null) {
            linker.link(searcher, kb, id, related, insights);
          }
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("related", related);
          out.put("insights", insights);
          return out;
        });
  }
}
