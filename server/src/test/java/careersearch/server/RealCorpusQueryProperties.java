package careersearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Queries over the real corpus index, whose synonyms and vocabulary make queries expand: many
 * abbreviations with multi-word synonyms ("ml ai dl nlp ..."), tools, salary expressions and stray
 * syntax, up to the 64-word limit. Every one answers 200 (or a 400 that says the query is too long
 * or too complex), never 500.
 */
class RealCorpusQueryProperties {
  private static ServerFixture server;

  @BeforeContainer
  static void start() throws IOException {
    server = new ServerFixture(RealCorpus.index(), Duration.ofMinutes(10));
  }

  @AfterContainer
  static void stop() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  /** Words that expand: multi-word synonyms, tools, recognized values, salary words, syntax. */
  private static final List<String> WORDS =
      List.of(
          "ml",
          "ai",
          "dl",
          "nlp",
          "cv",
          "llm",
          "mle",
          "swe",
          "sde",
          "ds",
          "bi",
          "etl",
          "k8s",
          "sklearn",
          "mlops",
          "devops",
          "pyspark",
          "sr",
          "jr",
          "senior",
          "remote",
          "wfh",
          "contract",
          "pytorch",
          "python",
          "tensorflow",
          "C++",
          "C#",
          ".NET",
          "node.js",
          "data",
          "engineer",
          "scientist",
          "machine",
          "learning",
          "over",
          "150k",
          "100-150k",
          "$200k+",
          "under",
          "90k",
          "jobs",
          "da*",
          "ma*",
          "\"machine learning\"",
          "-intern",
          "*",
          "~",
          "title:",
          "(",
          ")",
          "AND",
          "OR",
          "\\",
          "\"");

  @Provide
  Arbitrary<String> queries() {
    return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(70).map(w -> String.join(" ", w));
  }

  @Property(tries = 120)
  void expandingQueriesAnswerWithoutServerErrors(
      @ForAll("queries") String q, @ForAll boolean strict, @ForAll("sorts") String sort) {
    ApiClient.Response r =
        server.api.get(
            "/api/search?q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8)
                + "&strict="
                + strict
                + "&sort="
                + sort);
    int words = q.split("\\s+").length;
    if (words > 64) {
      assertEquals(400, r.status(), r.body());
      return;
    }
    if (r.status() == 400) {
      // the one 400 a query within the limits may get
      assertTrue(
          r.json().get("error").get("message").asText().startsWith("the query expands to more"),
          r.body());
      return;
    }
    assertEquals(200, r.status(), q + " -> " + r.body());
    assertFalse(r.body().contains("<"), r.body());
    for (JsonNode hit : r.json().get("hits")) {
      String snippet = hit.get("snippet").asText("");
      String text = snippet.replace("<mark>", "").replace("</mark>", "");
      assertFalse(text.contains("<") || text.contains(">"), snippet);
    }
  }

  @Provide
  Arbitrary<String> sorts() {
    return Arbitraries.of("relevance", "salary_desc", "salary_asc", "date_desc");
  }

  /** Found by the property: 12 x "ml" is 4096 sloppy phrases; it was a 500 (TooManyClauses). */
  @Example
  void repeatedAbbreviationsWithSynonymsAreSearched() {
    JsonNode ml = server.api.ok("/api/search?q=" + "ml+".repeat(12).strip());
    assertTrue(ml.get("total").asLong() > 0);
    JsonNode many =
        server.api.ok("/api/search?q=ml+ai+dl+nlp+cv+llm+mle+swe+sde+ds+bi+etl+ml+ai+dl+nlp");
    assertTrue(many.get("total").asLong() > 0);
  }
}
