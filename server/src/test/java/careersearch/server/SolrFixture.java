package careersearch.server;

import careersearch.indexer.CorpusIndexer;
import careersearch.indexer.generator.JobDocument;
import careersearch.indexer.generator.SalaryReportDocument;
import careersearch.indexer.generator.SectionDocument;
import careersearch.indexer.generator.ToolDocument;
import careersearch.indexer.model.JobPosting;
import careersearch.indexer.model.SalaryReport;
import careersearch.indexer.solr.SolrIndex;
import careersearch.schema.SolrConfigset;
import careersearch.server.api.Capability;
import careersearch.server.http.AppServices;
import careersearch.server.http.AppSettings;
import careersearch.server.http.CareerSearchApp;
import careersearch.server.solr.SolrBackend;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The Solr backend over {@link TestIndex}: the documents are indexed once per JVM into the shared
 * {@link SolrTestCloud} by the same rebuild the CLI runs (new collection, alias switch, old one
 * dropped); each test class gets its own server on a random port.
 */
public final class SolrFixture implements BackendFixture {
  /** What the collection holds, each behind its own alias, indexed once per JVM. */
  public enum Dataset {
    TEST_INDEX(SolrTestCloud.ALIAS),
    /** {@link TestIndex} with the postings of {@link ExpiryIndex} instead of its own. */
    EXPIRY(SolrTestCloud.ALIAS + "_expiry"),
    REAL_CORPUS(SolrTestCloud.ALIAS + "_realcorpus");

    final String alias;

    Dataset(String alias) {
      this.alias = alias;
    }
  }

  private static final java.util.Set<Dataset> indexed = java.util.EnumSet.noneOf(Dataset.class);

  private final SolrBackend backend;
  private final Javalin app;
  private final ApiClient api;

  public SolrFixture() throws Exception {
    this(Dataset.TEST_INDEX);
  }

  public SolrFixture(Dataset dataset) throws Exception {
    SolrTestCloud cloud = SolrTestCloud.get();
    ensureIndexed(cloud, dataset);
    String synonyms =
        Files.readString(SolrTestCloud.configsetDir().resolve("synonyms.txt"))
            + "\n"
            + Files.readString(SolrTestCloud.configsetDir().resolve("query-synonyms.txt"));
    backend =
        new SolrBackend(
            cloud.http(), dataset.alias, synonyms, RealCorpus.gazetteer(), Duration.ofSeconds(5));
    app =
        CareerSearchApp.create(
                new AppServices(
                    backend, null, new AppSettings(ServerFixture.ADMIN_TOKEN, List.of())))
            .start("127.0.0.1", 0);
    api = new ApiClient(app.port());
  }

  private static synchronized void ensureIndexed(SolrTestCloud cloud, Dataset dataset)
      throws Exception {
    if (indexed.contains(dataset)) {
      return;
    }
    SolrIndex index = new SolrIndex(cloud.http(), dataset.alias);
    if (dataset == Dataset.REAL_CORPUS) {
      CorpusIndexer indexer =
          new CorpusIndexer(RealCorpus.corpusDir(), false, CorpusIndexer.Progress.NONE);
      index.rebuild(
          SolrConfigset.forCorpus(RealCorpus.corpusDir()),
          2,
          1,
          writer -> indexer.feed(writer, rates -> {}));
      indexed.add(dataset);
      return;
    }
    index.rebuild(
        SolrConfigset.read(SolrTestCloud.configsetDir()),
        2,
        1,
        writer -> {
          for (JobPosting job : dataset == Dataset.EXPIRY ? ExpiryIndex.JOBS : TestIndex.JOBS) {
            writer.add(JobDocument.build(job));
          }
          writer.add(ToolDocument.build(TestIndex.PYTORCH));
          writer.add(SectionDocument.build(TestIndex.SECTION));
          for (SalaryReport report : TestIndex.REPORTS) {
            writer.add(SalaryReportDocument.build(report));
          }
        });
    indexed.add(dataset);
  }

  @Override
  public ApiClient api() {
    return api;
  }

  @Override
  public Set<Capability> capabilities() {
    return backend.capabilities();
  }

  @Override
  public String name() {
    return "solr";
  }

  @Override
  public void close() {
    app.stop();
    backend.close();
  }
}
