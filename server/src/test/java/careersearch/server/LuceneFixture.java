package careersearch.server;

import careersearch.indexer.model.JobPosting;
import careersearch.server.api.Capability;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The embedded Lucene backend over {@link TestIndex} in a temporary directory. */
public final class LuceneFixture implements BackendFixture {
  private final ServerFixture server;

  public LuceneFixture() throws Exception {
    this(TestIndex.JOBS);
  }

  /** {@link TestIndex} with other postings. */
  public LuceneFixture(List<JobPosting> jobs) throws Exception {
    Path dir = Files.createTempDirectory("careersearch-test-index");
    TestIndex.build(dir, jobs);
    server = new ServerFixture(dir, Duration.ofSeconds(1));
  }

  /**
   * The same, with the server counting through stock Lucene ({@code -Dcareersearch.facets=stock}).
   */
  public static LuceneFixture stockFacets() throws Exception {
    return StockFacets.building(LuceneFixture::new);
  }

  public ServerFixture server() {
    return server;
  }

  @Override
  public ApiClient api() {
    return server.api;
  }

  @Override
  public Set<Capability> capabilities() {
    return EnumSet.allOf(Capability.class);
  }

  @Override
  public String name() {
    return "lucene";
  }

  @Override
  public void close() throws Exception {
    server.close();
  }
}
