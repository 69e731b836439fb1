package careersearch.indexer.solr;

import careersearch.indexer.PostingsUpdater.AddResult;
import careersearch.indexer.corpus.CorpusLayout;
import careersearch.indexer.corpus.CurrencyRates;
import careersearch.indexer.corpus.JsonlPostingsReader;
import careersearch.indexer.corpus.SalaryNormalizer;
import careersearch.indexer.corpus.SalarySurveyReader;
import careersearch.indexer.generator.JobDocument;
import careersearch.indexer.model.JobPosting;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;

/**
 * Adds, replaces and deletes postings by id in the Solr collection behind the alias, as {@link
 * careersearch.indexer.PostingsUpdater} does on the embedded index. Salaries are normalized with
 * the currency rates of the corpus's salary survey, as the full rebuild does.
 */
public final class SolrPostings {
  private final SolrIndex index;
  private final Path corpus;

  public SolrPostings(SolrIndex index, Path corpus) {
    this.index = index;
    this.corpus = corpus;
  }

  public AddResult add(Path jsonl, boolean skipInvalid) {
    requireCollection();
    CurrencyRates rates =
        java.nio.file.Files.exists(new CorpusLayout(corpus).salariesCsv())
            ? CurrencyRates.fromReports(
                SalarySurveyReader.read(new CorpusLayout(corpus).salariesCsv()))
            : CurrencyRates.of(Map.of());
    JsonlPostingsReader reader = new JsonlPostingsReader(new SalaryNormalizer(rates), skipInvalid);
    List<JobPosting> jobs = new ArrayList<>();
    reader.read(jsonl, jsonl.getFileName().toString(), jobs::add);
    Set<String> ids = new LinkedHashSet<>();
    jobs.forEach(j -> ids.add(j.id()));
    long replaced = ids.size() - index.missingJobs(ids).size();
    List<Document> docs = jobs.stream().map(JobDocument::build).toList();
    index.upsert(docs);
    return new AddResult(
        ids.size() - replaced,
        replaced,
        reader.skipped(),
        reader.problems().stream().map(Throwable::getMessage).toList());
  }

  /**
   * Deletes job postings by id, all or nothing.
   *
   * @throws IllegalArgumentException naming the ids that are not postings in the collection
   */
  public int delete(List<String> ids) {
    requireCollection();
    Set<String> unique = new LinkedHashSet<>(ids);
    List<String> unknown = index.missingJobs(unique);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "no job posting with id "
              + unknown
              + " in Solr collection "
              + index.alias()
              + "; nothing was deleted");
    }
    index.delete(unique);
    return unique.size();
  }

  private void requireCollection() {
    if (index.aliasTarget() == null) {
      throw new IllegalArgumentException(
          "no Solr alias "
              + index.alias()
              + "; build the collection first with: reindex --backend solr --solr-url ...");
    }
  }
}
