package careersearch.server.knowledge;

import careersearch.indexer.model.JobPosting;
import careersearch.schema.DocType;
import careersearch.schema.Fields;
import careersearch.server.knowledge.OccupationMatcher.Match;
import careersearch.server.knowledge.ToolLexicon.Mention;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * The postings the linkers know: the newest {@link #MAX_POSTINGS} held in memory, each with the
 * tools it names and its occupation, by tool and by occupation; an older one is linked when asked.
 */
final class KnownPostings {
  /**
   * Postings read into memory: the newest this many. The links between postings, tools and
   * occupations are worked out per posting; a million postings would not fit a 1 GB heap, and the
   * newest are the ones worth linking to.
   */
  static final int MAX_POSTINGS = 5_000;

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

  /** A posting with the tools it names (skills first) and the occupation of its title. */
  record LinkedPosting(JobPosting posting, List<JobTool> tools, Optional<Match> occupation) {
    String id() {
      return posting.id();
    }

    String title() {
      return posting.title();
    }

    Optional<JobTool> tool(String toolId) {
      return tools.stream().filter(t -> t.toolId().equals(toolId)).findFirst();
    }
  }

  /** Newest first (undated last), then by id. */
  static final Comparator<LinkedPosting> NEWEST_FIRST =
      Comparator.comparing(
              (LinkedPosting j) -> j.posting().postedAt(),
              Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(LinkedPosting::id);

  private final ToolLexicon lexicon;
  private final OccupationMatcher matcher;

  /** Every posting in the index, read or not. */
  private final int total;

  private final List<LinkedPosting> newest = new ArrayList<>();
  private final Map<String, LinkedPosting> byId = new HashMap<>();
  private final Map<String, List<LinkedPosting>> byTool = new HashMap<>();
  private final Map<String, List<LinkedPosting>> byOccupation = new HashMap<>();

  /** No postings: what a first commit's knowledge reuses links from. */
  static final KnownPostings NONE = new KnownPostings();

  private KnownPostings() {
    this.lexicon = null;
    this.matcher = null;
    this.total = 0;
  }

  /**
   * @param previous an earlier commit's postings, linked with the same lexicon and matcher: a
   *     posting it holds unchanged keeps its links (linking reads the whole description, and an add
   *     of a few postings should not link the 5,000 newest again)
   */
  KnownPostings(
      IndexSearcher searcher,
      ToolLexicon lexicon,
      OccupationMatcher matcher,
      KnownPostings previous)
      throws IOException {
    this.lexicon = lexicon;
    this.matcher = matcher;
    for (JobPosting p :
        Sources.newestOfType(searcher, DocType.JOB, MAX_POSTINGS, JobPosting.class)) {
      LinkedPosting known = previous.byId.get(p.id());
      LinkedPosting job = known != null && known.posting().equals(p) ? known : link(p);
      newest.add(job);
      byId.put(job.id(), job);
      for (JobTool t : job.tools()) {
        byTool.computeIfAbsent(t.toolId(), k -> new ArrayList<>()).add(job);
      }
      job.occupation()
          .ifPresent(m -> byOccupation.computeIfAbsent(m.code(), k -> new ArrayList<>()).add(job));
    }
    total = searcher.count(new TermQuery(new Term(Fields.TYPE, DocType.JOB.key())));
  }

  /** The newest postings, in index order. */
  List<LinkedPosting> newest() {
    return Collections.unmodifiableList(newest);
  }

  /** Every posting in the index. */
  int total() {
    return total;
  }

  /** The postings in memory that name a tool, in index order. */
  List<LinkedPosting> naming(String toolId) {
    return Collections.unmodifiableList(byTool.getOrDefault(toolId, List.of()));
  }

  /** The postings in memory whose title is of an occupation, in index order. */
  List<LinkedPosting> of(String occupationCode) {
    return Collections.unmodifiableList(byOccupation.getOrDefault(occupationCode, List.of()));
  }

  /** A posting's links: from memory, else worked out now from its source (an older posting). */
  Optional<LinkedPosting> byId(IndexSearcher searcher, String id) throws IOException {
    LinkedPosting known = byId.get(id);
    if (known != null || total <= newest.size()) {
      return Optional.ofNullable(known);
    }
    return Sources.byId(searcher, id, DocType.JOB, JobPosting.class).map(this::link);
  }

  private LinkedPosting link(JobPosting p) {
    Map<String, JobTool> found = new LinkedHashMap<>();
    for (String entry : p.skills()) {
      for (Mention m : lexicon.inEntry(entry)) {
        found.putIfAbsent(m.toolId(), new JobTool(m.toolId(), Where.SKILLS, m.surface()));
      }
    }
    for (Mention m : lexicon.inText(p.title())) {
      found.putIfAbsent(m.toolId(), new JobTool(m.toolId(), Where.TITLE, m.surface()));
    }
    for (Mention m : lexicon.inText(p.description())) {
      found.putIfAbsent(m.toolId(), new JobTool(m.toolId(), Where.DESCRIPTION, m.surface()));
    }
    return new LinkedPosting(p, List.copyOf(found.values()), matcher.match(p.title()));
  }
}
