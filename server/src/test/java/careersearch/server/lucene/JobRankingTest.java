package careersearch.server.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.embed.Embedders;
import careersearch.indexer.CorpusIndexer;
import careersearch.server.SmallCorpus;
import careersearch.server.api.SearchResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Job-intent ranking over the small corpus (its real O*NET tools: SQL, Python, AWS) and invented
 * postings that each miss one part of a query: a recognized tool is met by its names among the
 * skills, not by a skill sharing a word; a level word typed meets the seniority part in a title; a
 * kindred role word counts half; a lone amount is a salary.
 */
class JobRankingTest {
  @TempDir static Path dir;
  static IndexSearchers searchers;
  static SearchService service;

  @BeforeAll
  static void index() throws Exception {
    Path corpus = SmallCorpus.create(dir.resolve("corpus"), 0);
    List<String> lines = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (Map<String, Object> p : postings()) {
      lines.add(json.writeValueAsString(p));
    }
    Path postings = Files.write(dir.resolve("ranking.jsonl"), lines);
    new CorpusIndexer(corpus, List.of(postings), false, CorpusIndexer.Progress.NONE)
        .embeddingWith(Embedders.named("none"))
        .reindex(dir.resolve("index"));
    searchers = new IndexSearchers(dir.resolve("index"), Duration.ofHours(1));
    service = new SearchService(searchers);
  }

  @AfterAll
  static void close() throws Exception {
    searchers.close();
  }

  static List<Map<String, Object>> postings() {
    List<Map<String, Object>> out = new ArrayList<>();
    // the posting that should rank second comes first: ties keep the order of indexing
    out.add(posting("tsql", "Senior Data Analyst", "senior", "remote", 0, "Transact-SQL", "Excel"));
    out.add(posting("sql", "Senior Data Analyst", "senior", "remote", 0, "SQL", "Excel"));
    out.add(
        posting(
            "cfn",
            "Senior Cloud Engineer",
            "senior",
            "remote",
            0,
            "Amazon Web Services AWS CloudFormation"));
    out.add(posting("aws", "Senior Cloud Engineer", "senior", "remote", 0, "AWS", "Linux"));
    out.add(posting("senior", "Senior Engineer", "senior", "onsite", 250_000, "Go"));
    out.add(posting("principal", "Principal Engineer", "executive", "onsite", 250_000, "Go"));
    out.add(posting("db-dev", "Senior Database Developer", "senior", "remote", 0, "Oracle"));
    out.add(posting("py-eng", "Senior Platform Engineer", "senior", "remote", 0, "Python"));
    out.add(posting("mle-90", "Machine Learning Engineer", "mid", "onsite", 90_000, "PyTorch"));
    out.add(posting("mle-200", "Machine Learning Engineer", "mid", "onsite", 210_000, "PyTorch"));
    // postings enough for a page of them, meeting fewer parts
    for (int i = 0; i < 8; i++) {
      out.add(posting("filler-" + i, "Senior Analyst", "senior", "remote", 120_000, "Excel"));
    }
    return out;
  }

  static Map<String, Object> posting(
      String id, String title, String seniority, String remote, long pay, String... skills) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("id", id);
    p.put("title", title);
    p.put("company", "Invented Co");
    p.put("location", remote.equals("remote") ? "Remote (US)" : "Austin, TX");
    p.put("remote", remote);
    p.put("employment", List.of("full_time"));
    p.put("seniority", seniority);
    if (pay > 0) {
      p.put("salary", Map.of("min", pay - 20_000, "max", pay, "currency", "USD", "period", "year"));
    }
    p.put("posted_at", "2026-09-01");
    p.put("description", "An invented posting for the ranking test: " + title + ".");
    p.put("url", "https://jobs.example.com/" + id);
    p.put("skills", List.of(skills));
    p.put("_synthetic", true);
    return p;
  }

  static List<String> jobIds(String q) {
    SearchResponse r = Searches.search(service, "q", q, "size", "20", "mode", "lexical");
    return r.hits().stream()
        .filter(h -> "job".equals(h.get("type")))
        .map(h -> (String) h.get("id"))
        .toList();
  }

  static void before(List<String> ids, String first, String second) {
    assertTrue(ids.contains(first) && ids.contains(second), ids.toString());
    assertTrue(ids.indexOf(first) < ids.indexOf(second), first + " before " + second + ": " + ids);
  }

  @Test
  void aToolIsMetByItsNameAmongTheSkillsNotByASkillSharingAWord() {
    before(jobIds("senior sql analyst remote"), "sql", "tsql");
    // "aws" names the tool "Amazon Web Services AWS software"; "AWS CloudFormation" is another
    before(jobIds("senior aws engineer remote"), "aws", "cfn");
  }

  @Test
  void theLevelWordTypedMeetsTheSeniorityPartInATitle() {
    // "principal" reads senior; the Principal Engineer is labelled executive
    before(jobIds("principal jobs over 200k"), "principal", "senior");
  }

  @Test
  void aKindredRoleWordCountsForTheRoleTyped() {
    // python, senior, remote and an engineer, before a developer without Python
    before(jobIds("senior python developer remote"), "py-eng", "db-dev");
  }

  @Test
  void aLoneAmountIsWhatThePostingPays() {
    SearchResponse r = Searches.search(service, "q", "machine learning engineer 200k");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> chips = (List<Map<String, Object>>) r.query().get("interpreted");
    assertEquals(
        List.of("salary=200000-"),
        chips.stream().map(c -> c.get("dimension") + "=" + c.get("value")).toList());
    before(jobIds("machine learning engineer 200k"), "mle-200", "mle-90");
  }
}
