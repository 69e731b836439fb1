package careersearch.server.knowledge;

import careersearch.indexer.model.ArticleSection;
import careersearch.indexer.model.Occupation;
import careersearch.indexer.model.SkillStatement;
import careersearch.indexer.model.Tool;
import careersearch.schema.DocType;
import careersearch.schema.Schema;
import careersearch.server.lucene.CareerSearcher;
import java.io.IOException;

/**
 * What the server knows about how documents relate, computed once per index commit from the stored
 * documents, read back as the {@code indexer.model} records they were written from: the {@link
 * OccupationCatalog occupations}, the {@link ToolCatalog tools} and the occupations that use them,
 * the {@link Article article}'s sections and skills with the tools they name, the {@link
 * KnownPostings postings} with the tools they ask for and their occupation, and what the {@link
 * SalaryReportCatalog salary reports} cover.
 *
 * <p>Holds plain data only (no reader), so a commit's knowledge can be dropped with its reader.
 * Building it reads every document except the salary reports (about 10,000 with the bundled corpus,
 * under two seconds) plus the reports' doc values and title terms.
 */
final class KnowledgeBase {
  private final OccupationCatalog occupations;
  private final ToolCatalog tools;
  private final Article article;
  private final KnownPostings postings;
  private final SalaryReportCatalog reports;

  /** The full rebuild the commit descends from ({@link Schema#COMMIT_BUILD_ID}), or null. */
  private final String buildId;

  KnowledgeBase(CareerSearcher searcher) throws IOException {
    this(searcher, null);
  }

  /**
   * @param previous the knowledge of another commit, or null: when both commits descend from the
   *     same rebuild, only postings changed between them (adds and deletes by id), so its
   *     occupations, tools, article and salary reports are taken as they are and its postings'
   *     links are reused for the postings that did not change
   */
  KnowledgeBase(CareerSearcher searcher, KnowledgeBase previous) throws IOException {
    buildId = searcher.commitValue(Schema.COMMIT_BUILD_ID);
    boolean sameBuild = previous != null && buildId != null && buildId.equals(previous.buildId);
    if (sameBuild) {
      occupations = previous.occupations;
      tools = previous.tools;
      article = previous.article;
      reports = previous.reports;
    } else {
      occupations =
          new OccupationCatalog(Sources.ofType(searcher, DocType.OCCUPATION, Occupation.class));
      // the occupations' ordinary words keep tool names that are also words ("R", "Go") out of
      // text
      tools =
          new ToolCatalog(
              Sources.ofType(searcher, DocType.TOOL, Tool.class), occupations.ordinaryWords());
      article =
          new Article(
              Sources.ofType(searcher, DocType.SECTION, ArticleSection.class),
              Sources.ofType(searcher, DocType.SKILL, SkillStatement.class),
              tools.lexicon());
      reports = new SalaryReportCatalog(searcher);
    }
    postings =
        new KnownPostings(
            searcher,
            tools.lexicon(),
            occupations.matcher(),
            sameBuild ? previous.postings : KnownPostings.NONE);
  }

  /** Whether this knowledge took the rest from an earlier commit's (only postings changed). */
  boolean sameBuild(KnowledgeBase other) {
    return other != null && buildId != null && buildId.equals(other.buildId);
  }

  OccupationCatalog occupations() {
    return occupations;
  }

  ToolCatalog tools() {
    return tools;
  }

  Article article() {
    return article;
  }

  KnownPostings postings() {
    return postings;
  }

  SalaryReportCatalog reports() {
    return reports;
  }
}
