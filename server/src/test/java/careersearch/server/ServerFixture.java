package careersearch.server;

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
  public final Path storeDir;
  public final AdminService admin;
  public final Javalin app;
  public final ApiClient api;

  public ServerFixture(Path indexDir, Duration refresh) throws IOException {
    this(indexDir, refresh, new AppSettings(ADMIN_TOKEN, List.of()));
  }

  public ServerFixture(Path indexDir, Duration refresh, AppSettings settings) throws IOException {
    searchers = new IndexSearchers(indexDir, refresh);
    // a store of its own: the default beside a temporary index would be shared by all of /tmp
    storeDir = Files.createTempDirectory("careersearch-test-store");
    admin = new AdminService(RealCorpus.corpusDir(), indexDir, storeDir);
    app =
        CareerSearchApp.create(
                new AppServices(
                    new SearchService(searchers),
                    new SuggestService(searchers),
                    admin,
                    settings,
                    new Knowledge(searchers)))
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
