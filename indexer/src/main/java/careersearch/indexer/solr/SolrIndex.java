package careersearch.indexer.solr;

import static careersearch.indexer.solr.SolrHttp.enc;

import careersearch.indexer.CorpusIndexer;
import careersearch.schema.SolrConfigset;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The careersearch collection on SolrCloud, written through Solr's HTTP APIs: full rebuilds into a
 * new collection behind an alias (no downtime), and add/update/delete by id through the alias.
 */
public final class SolrIndex {
  private static final Logger LOG = LoggerFactory.getLogger(SolrIndex.class);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'_'HHmmss'_'SSS").withZone(ZoneOffset.UTC);

  /** Documents sent per update request. */
  static final int BATCH = 1000;

  private final SolrHttp solr;
  private final String alias;

  /**
   * @param alias the name clients search (default {@code careersearch}); collections behind it are
   *     named {@code <alias>_<timestamp>}
   */
  public SolrIndex(SolrHttp solr, String alias) {
    this.solr = solr;
    this.alias = alias;
  }

  public String alias() {
    return alias;
  }

  /** Feeds documents to a collection in batches. */
  public final class Writer implements CorpusIndexer.Sink {
    private final String collection;
    private final List<Map<String, Object>> batch = new ArrayList<>();
    private long sent;

    Writer(String collection) {
      this.collection = collection;
    }

    @Override
    public void add(Document doc) {
      batch.add(SolrDocuments.toSolr(doc));
      if (batch.size() >= BATCH) {
        flush();
      }
    }

    void flush() {
      if (!batch.isEmpty()) {
        solr.postJson("/" + collection + "/update", batch);
        sent += batch.size();
        batch.clear();
      }
    }

    public long sent() {
      return sent;
    }
  }

  /** Fills a new collection: gets a {@link Writer}, adds documents; may throw. */
  public interface Feed {
    void feed(Writer writer) throws IOException;
  }

  /** What a rebuild did. */
  public record Rebuilt(String collection, String previous, long documents) {}

  /**
   * Builds a new collection {@code <alias>_<timestamp>} with the configset (uploaded under the
   * collection's name), feeds it, commits, points the alias at it and deletes the collection the
   * alias pointed at before. Searches go to the old collection until the alias switches; a failed
   * rebuild deletes its new collection and leaves the alias alone.
   */
  public Rebuilt rebuild(Map<String, String> configset, int shards, int replicas, Feed feed)
      throws IOException {
    String collection = alias + "_" + STAMP.format(Instant.now());
    uploadConfigset(collection, configset);
    try {
      solr.get(
          "/admin/collections?action=CREATE&wt=json&name="
              + enc(collection)
              + "&collection.configName="
              + enc(collection)
              + "&numShards="
              + shards
              + "&replicationFactor="
              + replicas);
      Writer writer = new Writer(collection);
      feed.feed(writer);
      writer.flush();
      commit(collection);
      String previous = aliasTarget();
      solr.get(
          "/admin/collections?action=CREATEALIAS&wt=json&name="
              + enc(alias)
              + "&collections="
              + enc(collection));
      LOG.info("Alias {} now points at {} (was {})", alias, collection, previous);
      if (previous != null && !previous.equals(collection)) {
        dropQuietly(previous);
      }
      return new Rebuilt(collection, previous, writer.sent());
    } catch (IOException | RuntimeException e) {
      dropQuietly(collection);
      throw e;
    }
  }

  /** The collection the alias points at, or null. */
  public String aliasTarget() {
    JsonNode aliases = solr.get("/admin/collections?action=LISTALIASES&wt=json").path("aliases");
    String target = aliases.path(alias).asText(null);
    return target == null || target.isBlank() ? null : target.split(",")[0];
  }

  /** Adds or replaces documents by id, through the alias, and commits. */
  public long upsert(Collection<Document> docs) {
    Writer writer = new Writer(alias);
    docs.forEach(writer::add);
    writer.flush();
    commit(alias);
    return writer.sent();
  }

  /** Deletes documents by id through the alias and commits. */
  public void delete(Collection<String> ids) {
    solr.postJson("/" + alias + "/update", Map.of("delete", List.copyOf(ids)));
    commit(alias);
  }

  /** Separates the ids of a terms query: a character no posting id has in practice. */
  private static final String ID_SEPARATOR = "\u001f";

  /**
   * The job postings among these ids (at most {@link #BATCH}), with the fields {@code fl}: one
   * terms query through the alias.
   */
  public JsonNode selectJobs(Collection<String> ids, String fl) {
    return solr.postJson(
        "/" + alias + "/select",
        Map.of(
            "query",
            "{!terms f=id separator='" + ID_SEPARATOR + "' v=$ids}",
            "filter",
            "type:job",
            "fields",
            fl,
            "limit",
            ids.size(),
            "params",
            Map.of("ids", String.join(ID_SEPARATOR, ids))));
  }

  private void commit(String collection) {
    solr.postJson("/" + collection + "/update?commit=true&waitSearcher=true", Map.of());
  }

  private void uploadConfigset(String name, Map<String, String> files) {
    solr.post(
        "/admin/configs?action=UPLOAD&wt=json&overwrite=true&name=" + enc(name),
        SolrConfigset.zip(files),
        "application/octet-stream");
  }

  private void dropQuietly(String collection) {
    try {
      solr.get("/admin/collections?action=DELETE&wt=json&name=" + enc(collection));
    } catch (RuntimeException e) {
      LOG.warn("Could not delete collection {}: {}", collection, e.getMessage());
    }
    try {
      solr.get("/admin/configs?action=DELETE&wt=json&name=" + enc(collection));
    } catch (RuntimeException e) {
      LOG.debug("No configset {} to delete: {}", collection, e.getMessage());
    }
  }
}
