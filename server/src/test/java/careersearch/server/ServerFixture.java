package careersearch.server;

import careersearch.server.http.CareerSearchApp;
import careersearch.server.search.IndexSearchers;
import careersearch.server.search.SearchService;
import careersearch.server.search.SuggestService;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/** A real server on a random port over an index directory; close it after the tests. */
public final class ServerFixture implements AutoCloseable {
  public final IndexSearchers searchers;
  public final Javalin app;
  public final ApiClient api;

  public ServerFixture(Path indexDir, Duration refresh) throws IOException {
    searchers = new IndexSearchers(indexDir, refresh);
    app =
        CareerSearchApp.create(new SearchService(searchers), new SuggestService(searchers))
            .start("127.0.0.1", 0);
    api = new ApiClient(app.port());
  }

  @Override
  public void close() throws IOException {
    app.stop();
    searchers.close();
  }
}
