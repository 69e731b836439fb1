package careersearch.indexer.solr;

import careersearch.indexer.PostingsTarget;
import careersearch.indexer.corpus.CorpusLayout;
import careersearch.indexer.corpus.CurrencyRates;
import careersearch.indexer.corpus.SalaryNormalizer;
import careersearch.indexer.corpus.SalarySurveyReader;
import careersearch.indexer.generator.JobDocument;
import careersearch.indexer.generator.SourceJson;
import careersearch.indexer.model.JobPosting;
import careersearch.places.PlaceResolver;
import careersearch.schema.Fields;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.apache.lucene.document.Document;

/**
 * The postings of the SolrCloud collection behind the alias, as {@link PostingsTarget}: {@link
 * careersearch.indexer.PostingsIngest} writes the postings store first, then applies the records
 * here. Solr keeps no commit data of ours, so the last store record applied to a collection is kept
 * in a small file beside the store ({@code solr-<alias>.applied}: collection and seq), written
 * after Solr's commit. Replaying a record twice is harmless (an upsert or delete by id); a
 * collection other than the file names replays the whole store.
 */
public final class SolrPostings implements PostingsTarget {
  private final SolrIndex index;
  private final Path corpus;
  private final Path appliedFile;

  /**
   * @param corpus whose salary survey gives the currency rates and whose gazetteer resolves the
   *     locations, as the full rebuild
   * @param storeDir the postings store's dir, beside which the applied seq is kept
   */
  public SolrPostings(SolrIndex index, Path corpus, Path storeDir) {
    this.index = index;
    this.corpus = corpus;
    this.appliedFile = storeDir.resolve("solr-" + index.alias() + ".applied");
  }

  @Override
  public String describe() {
    return "Solr collection " + index.alias();
  }

  /** Records that the collection holds every store record up to {@code seq} (after a rebuild). */
  public void markApplied(String collection, long seq) throws IOException {
    Properties p = new Properties();
    p.setProperty("collection", collection);
    p.setProperty("seq", Long.toString(seq));
    Files.createDirectories(appliedFile.getParent());
    Path tmp = appliedFile.resolveSibling(appliedFile.getFileName() + ".tmp");
    try (var out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      p.store(out, "the last postings-store record applied to the Solr collection");
    }
    Files.move(
        tmp, appliedFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** The last store record applied to {@code collection}, 0 when unknown. */
  long appliedSeq(String collection) throws IOException {
    if (!Files.exists(appliedFile)) {
      return 0;
    }
    Properties p = new Properties();
    try (var in = Files.newBufferedReader(appliedFile, StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return collection.equals(p.getProperty("collection"))
        ? Long.parseLong(p.getProperty("seq", "0"))
        : 0;
  }

  @Override
  public Change open() throws IOException {
    String collection = index.aliasTarget();
    if (collection == null) {
      throw new IllegalArgumentException(
          "no Solr alias "
              + index.alias()
              + "; build the collection first with: reindex --backend solr --solr-url ...");
    }
    return new Change(collection);
  }

  @Override
  public Optional<JobPosting> served(String id) throws IOException {
    JsonNode docs =
        index
            .selectJobs(List.of(id), Fields.ID + "," + Fields.SOURCE)
            .path("response")
            .path("docs");
    if (docs.isEmpty()) {
      return Optional.empty();
    }
    byte[] json = docs.get(0).path(Fields.SOURCE).asText().getBytes(StandardCharsets.UTF_8);
    return Optional.of(SourceJson.read(json, 0, json.length, JobPosting.class));
  }

  /** Upserts and deletes gathered by id (the last one wins), sent at commit. */
  final class Change implements PostingsTarget.Change {
    private final String collection;
    private final SalaryNormalizer normalizer;
    private final PlaceResolver places;

    /** The change per id: a document to upsert, or null to delete. */
    private final Map<String, Document> pending = new LinkedHashMap<>();

    private Change(String collection) {
      this.collection = collection;
      CorpusLayout layout = new CorpusLayout(corpus);
      CurrencyRates rates =
          Files.exists(layout.salariesCsv())
              ? CurrencyRates.fromReports(SalarySurveyReader.read(layout.salariesCsv()))
              : CurrencyRates.of(Map.of());
      this.normalizer = new SalaryNormalizer(rates);
      this.places = CorpusLayout.placeResolver(corpus);
    }

    @Override
    public SalaryNormalizer normalizer() {
      return normalizer;
    }

    @Override
    public long storeSeq() throws IOException {
      return appliedSeq(collection);
    }

    @Override
    public Set<String> jobsAmong(Collection<String> ids) {
      Set<String> jobs = new HashSet<>();
      List<String> all = new ArrayList<>(ids);
      for (int from = 0; from < all.size(); from += SolrIndex.BATCH) {
        List<String> part = all.subList(from, Math.min(all.size(), from + SolrIndex.BATCH));
        index
            .selectJobs(part, Fields.ID)
            .path("response")
            .path("docs")
            .forEach(d -> jobs.add(d.path(Fields.ID).asText()));
      }
      return jobs;
    }

    @Override
    public Optional<JobPosting> job(String id) throws IOException {
      return served(id);
    }

    @Override
    public void upsert(JobPosting job) {
      pending.remove(job.id());
      pending.put(job.id(), JobDocument.build(job, places.resolve(job.location())));
    }

    @Override
    public void delete(String id) {
      pending.remove(id);
      pending.put(id, null);
    }

    @Override
    public void commit(long storeSeq, long storePostings) throws IOException {
      List<String> deletes = new ArrayList<>();
      List<Document> upserts = new ArrayList<>();
      pending.forEach(
          (id, doc) -> {
            if (doc == null) {
              deletes.add(id);
            } else {
              upserts.add(doc);
            }
          });
      if (!deletes.isEmpty()) {
        index.delete(deletes);
      }
      if (!upserts.isEmpty()) {
        index.upsert(upserts);
      }
      pending.clear();
      markApplied(collection, storeSeq);
    }

    @Override
    public void close() {
      pending.clear();
    }
  }
}
