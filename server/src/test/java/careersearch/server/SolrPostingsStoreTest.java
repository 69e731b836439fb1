package careersearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.indexer.cli.IndexerCli;
import careersearch.indexer.solr.SolrIndex;
import careersearch.indexer.solr.SolrPostings;
import careersearch.indexer.store.PostingsStore;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The postings store with the SolrCloud backend (issue 21): {@code add} and {@code delete} write
 * the store before the collection, a rebuild serves corpus + store - deletions, and store records
 * the collection missed (a crash between the store's fsync and Solr's commit) are replayed by the
 * next write.
 */
class SolrPostingsStoreTest {
  private static final String ALIAS = "store_test";

  @Test
  void addedAndDeletedPostingsSurviveARebuildAndMissedRecordsAreReplayed(@TempDir Path dir)
      throws Exception {
    SolrTestCloud cloud = SolrTestCloud.get();
    Path corpus = SmallCorpus.create(dir.resolve("corpus"), 20);
    Path store = dir.resolve("store");
    String[] solr = {
      "--backend",
      "solr",
      "--solr-url",
      cloud.urls(),
      "--collection",
      ALIAS,
      "--store",
      store.toString(),
      "--corpus",
      corpus.toString()
    };
    assertEquals(0, run("reindex", solr, "--no-progress", "--index", dir.resolve("i").toString()));
    SolrIndex index = new SolrIndex(cloud.http(), ALIAS);
    // the small corpus's 20 postings and the seed document's 5
    assertEquals(25, jobIds(cloud).size());

    Path added = dir.resolve("added.jsonl");
    SmallCorpus.writePostings(added, "added", 3);
    assertEquals(0, run("add", solr, added.toString()));
    assertEquals(3, PostingsStore.open(store).livePuts());
    assertEquals(28, jobIds(cloud).size());

    // a corpus posting and an added one deleted: recorded in the store, gone from the collection
    assertEquals(0, run("delete", solr, "synthetic-1", "added-2"));
    assertEquals(
        Set.of("synthetic-1", "added-2"), Set.copyOf(PostingsStore.open(store).deletedIds()));
    assertEquals(26, jobIds(cloud).size());

    // a rebuild serves corpus + store - deletions: the same ids as before it
    Set<String> before = jobIds(cloud);
    assertEquals(0, run("reindex", solr, "--no-progress", "--index", dir.resolve("i").toString()));
    Set<String> after = jobIds(cloud);
    assertEquals(before, after);
    assertTrue(after.containsAll(List.of("added-0", "added-1", "synthetic-0")), after.toString());
    assertFalse(after.contains("synthetic-1"));
    assertFalse(after.contains("added-2"));

    // the collection loses a posting the store holds, as when a process dies after the store's
    // fsync and before Solr's commit: the next write replays what the collection has not applied
    index.delete(List.of("added-0"));
    new SolrPostings(index, corpus, store).markApplied(index.aliasTarget(), 0);
    assertFalse(jobIds(cloud).contains("added-0"));
    Path more = dir.resolve("more.jsonl");
    SmallCorpus.writePostings(more, "more", 1);
    StringWriter err = new StringWriter();
    assertEquals(
        0,
        IndexerCli.run(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err, true),
            concat("add", solr, more.toString())));
    assertTrue(err.toString().contains("replayed"), err.toString());
    Set<String> replayed = jobIds(cloud);
    assertTrue(replayed.containsAll(List.of("added-0", "more-0")), replayed.toString());
    assertFalse(replayed.contains("synthetic-1"), "a replayed deletion stays applied");
    assertEquals(27, replayed.size());
  }

  private static int run(String command, String[] options, String... rest) {
    return IndexerCli.run(concat(command, options, rest));
  }

  private static String[] concat(String command, String[] options, String... rest) {
    List<String> all = new ArrayList<>();
    all.add(command);
    all.addAll(List.of(options));
    all.addAll(List.of(rest));
    return all.toArray(String[]::new);
  }

  private static Set<String> jobIds(SolrTestCloud cloud) {
    JsonNode docs =
        cloud
            .http()
            .get("/" + ALIAS + "/select?q=type:job&fl=id&rows=1000&wt=json")
            .path("response")
            .path("docs");
    Set<String> ids = new TreeSet<>();
    docs.forEach(d -> ids.add(d.path("id").asText()));
    return ids;
  }
}
