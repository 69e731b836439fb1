package careersearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@link SearchApiContract} on the embedded Lucene index. */
class SearchApiLuceneTest extends SearchApiContract {
  @Override
  protected BackendFixture startFixture() throws Exception {
    return new LuceneFixture();
  }

  /** The embedded index records where its postings came from (README "Postings that stay"). */
  @Test
  void healthSaysWhereThePostingsCameFrom() {
    JsonNode postings = api.ok("/api/health").get("postings");
    assertEquals(6, postings.get("from_corpus").asInt());
    assertEquals(0, postings.get("from_store").asInt());
    assertEquals(0, postings.get("store_seq").asInt());
  }
}
