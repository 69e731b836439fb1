package careersearch.server.knowledge;

import careersearch.indexer.model.ArticleSection;
import careersearch.indexer.model.Occupation;
import careersearch.indexer.model.SkillStatement;
import careersearch.indexer.model.Tool;
import careersearch.schema.DocType;
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

  KnowledgeBase(CareerSearcher searcher) throws IOException {
    occupations =
        new OccupationCatalog(Sources.ofType(searcher, DocType.OCCUPATION, Occupation.class));
    // the occupations' ordinary words keep tool names that are also words ("R", "Go") out of text
    tools =
        new ToolCatalog(
            Sources.ofType(searcher, DocType.TOOL, Tool.class), occupations.ordinaryWords());
    article =
        new Article(
            Sources.ofType(searcher, DocType.SECTION, ArticleSection.class),
            Sources.ofType(searcher, DocType.SKILL, SkillStatement.class),
            tools.lexicon());
    postings = new KnownPostings(searcher, tools.lexicon(), occupations.matcher());
    reports = new SalaryReportCatalog(searcher);
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
