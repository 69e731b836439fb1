package careersearch.server.lucene;

import careersearch.schema.DocType;
import careersearch.schema.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * The hits of a job-intent query: postings ranked by the parts of the query they meet ({@link
 * JobRanking}), with the most relevant knowledge document third, so that postings fill the page but
 * "PyTorch remote senior" still shows the PyTorch tool. When the query says "jobs" (or filters to
 * postings) no knowledge document is placed; knowledge documents follow once the postings run out,
 * so every counted hit is still on some page.
 */
final class IntentPage {
  /** Where the knowledge document goes: third. */
  static final int KNOWLEDGE_SLOT = 2;

  /** With fewer matching postings than this, the page is ranked as any other query. */
  static final int FEW_POSTINGS = 8;

  private IntentPage() {}

  /**
   * @param postingsRanked the job ranking, already filtered as the request asks
   * @param knowledgeRanked the usual ranking, already filtered as the request asks
   * @param placeable the knowledge documents worth placing among the postings: a recognized tool's
   *     own document, or one whose title has every word of the role
   * @param hits what counts as a hit: the counting pass's query, checked on the documents that
   *     reach the top N, or that query's matches ({@link DocBits}, a radius search's), which then
   *     lead each search so its scorers are advanced only to the hits
   * @return the page, or null when fewer than {@link #FEW_POSTINGS} postings match
   */
  static TopDocs top(
      CareerSearcher searcher,
      Query postingsRanked,
      Query knowledgeRanked,
      Query hits,
      Query placeable,
      int topN,
      TimeLimit limit)
      throws IOException {
    TermQuery isJob = new TermQuery(new Term(Fields.TYPE, DocType.JOB.key()));
    Query postings =
        new BooleanQuery.Builder().add(postingsRanked, Occur.MUST).add(isJob, Occur.FILTER).build();
    // the other types as a filter rather than "not a posting": a conjunction can be led by the few
    // knowledge documents, where excluding postings is checked only after the ranked clauses have
    // been advanced to every candidate (all of a radius's candidates are postings)
    BooleanQuery.Builder notJob = new BooleanQuery.Builder();
    for (DocType type : DocType.values()) {
      if (type != DocType.JOB) {
        notJob.add(new TermQuery(new Term(Fields.TYPE, type.key())), Occur.SHOULD);
      }
    }
    Query knowledge =
        new BooleanQuery.Builder()
            .add(knowledgeRanked, Occur.MUST)
            .add(notJob.build(), Occur.FILTER)
            .build();
    ScoreDoc[] jobs = search(searcher, postings, hits, Math.max(topN, FEW_POSTINGS), limit);
    if (jobs.length < FEW_POSTINGS) {
      return null; // too few postings to fill a page: knowledge documents keep their rank
    }
    jobs = java.util.Arrays.copyOf(jobs, Math.min(jobs.length, topN));
    // the knowledge documents among the hits, when the hits are a document set: none in a radius
    Query knowledgeHits = hits;
    if (hits instanceof DocBits matches) {
      Query notPostings =
          new BooleanQuery.Builder()
              .add(matches, Occur.FILTER)
              .add(notJob.build(), Occur.FILTER)
              .build();
      knowledgeHits = DocBits.of(notPostings, searcher, notPostings);
    }
    // the other knowledge documents are only reached when the postings run out before the page
    ScoreDoc[] others =
        jobs.length < topN
            ? search(searcher, knowledge, knowledgeHits, topN, limit)
            : new ScoreDoc[0];
    ScoreDoc placed = null;
    if (placeable != null) {
      Query worthPlacing =
          new BooleanQuery.Builder()
              .add(knowledge, Occur.MUST)
              .add(placeable, Occur.FILTER)
              .build();
      ScoreDoc[] best = search(searcher, worthPlacing, knowledgeHits, 1, limit);
      placed = best.length == 0 ? null : best[0];
    }
    List<ScoreDoc> page = new ArrayList<>(topN);
    Integer placedDoc = placed == null ? null : placed.doc;
    int j = 0;
    int k = 0;
    while (page.size() < topN) {
      if (placed != null && (page.size() == KNOWLEDGE_SLOT || j >= jobs.length)) {
        page.add(placed);
        placed = null;
      } else if (j < jobs.length) {
        page.add(jobs[j++]);
      } else {
        // the postings ran out: the other knowledge documents, but the one placed
        while (k < others.length && placedDoc != null && others[k].doc == placedDoc) {
          k++;
        }
        if (k >= others.length) {
          break;
        }
        page.add(others[k++]);
      }
    }
    return new TopDocs(
        new TotalHits(page.size(), TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO),
        page.toArray(ScoreDoc[]::new));
  }

  private static ScoreDoc[] search(
      CareerSearcher searcher, Query ranked, Query hits, int topN, TimeLimit limit)
      throws IOException {
    CollectorManager<?, TopDocs> top = new TopScoreDocCollectorManager(topN, null, topN);
    if (hits instanceof DocBits matches) {
      if (matches.size() == 0) {
        return new ScoreDoc[0];
      }
      return searcher.search(matches.leading(ranked), limit.wrap(top)).scoreDocs;
    }
    return searcher.search(ranked, limit.wrap(MatchesOnly.of(searcher, hits, top))).scoreDocs;
  }
}
