package careersearch.server;

import careersearch.indexer.PostingsIngest;
import careersearch.indexer.PostingsUpdater;
import careersearch.indexer.corpus.CorpusLayout;
import careersearch.indexer.store.PostingsStore;
import careersearch.server.http.AppServices;
import careersearch.server.http.AppSettings;
import careersearch.server.http.CareerSearchApp;
import careersearch.server.knowledge.Knowledge;
import careersearch.server.lucene.IndexSearchers;
import careersearch.server.lucene.SearchService;
import careersearch.server.lucene.SuggestService;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A real server on a random port over an index directory; close it after the tests. */
public final class ServerFixture implements AutoCloseable {
  /** The admin token of test servers. */
  public static final String ADMIN_TOKEN = "test-admin-token";

  public final IndexSearchers searchers;
  public final Path indexDir;
  public final Path storeDir;
  public final AdminService admin;
  public final Javalin app;
  public final ApiClient api;

  public ServerFixture(Path indexDir, Duration refresh) throws IOException {
    this(indexDir, refresh, new AppSettings(ADMIN_TOKEN, List.of()));
  }

  public ServerFixture(Path indexDir, Duration refresh, AppSettings settings) throws IOException {
    // a store of its own: the default beside a temporary index would be shared by all of /tmp
    this(
        indexDir,
        RealCorpus.corpusDir(),
        Files.createTempDirectory("careersearch-test-store"),
        refresh,
        settings);
  }

  /** Over an index of {@code corpusDir} (which the admin reindex rebuilds) and its store. */
  public ServerFixture(Path indexDir, Path corpusDir, Path storeDir, Duration refresh)
      throws IOException {
    this(indexDir, corpusDir, storeDir, refresh, new AppSettings(ADMIN_TOKEN, List.of()));
  }

  public ServerFixture(
      Path indexDir, Path corpusDir, Path storeDir, Duration refresh, AppSettings settings)
      throws IOException {
    this.indexDir = indexDir;
    this.storeDir = storeDir;
    searchers = new IndexSearchers(indexDir, refresh);
    admin = new AdminService(corpusDir, indexDir, storeDir);
    PostingsAdmin postings =
        new PostingsAdmin(
            new PostingsIngest(
                new PostingsUpdater(indexDir, CorpusLayout.placeResolver(corpusDir)),
                PostingsStore.open(storeDir),
                note -> {}),
            searchers,
            refresh);
    app =
        CareerSearchApp.create(
                new AppServices(
                        new SearchService(searchers),
                        new SuggestService(searchers),
                        admin,
                        settings,
                        new Knowledge(searchers))
                    .withPostings(postings))
            .start("127.0.0.1", 0);
    api = new ApiClient(app.port());
  }

  @Override
  public void close() throws IOException {
    app.stop();
    admin.close();
    searchers.close();
  }
}
