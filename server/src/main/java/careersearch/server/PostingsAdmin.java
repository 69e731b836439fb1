package careersearch.server;

import careersearch.indexer.PostingsIngest;
import careersearch.indexer.formats.FormatItem;
import careersearch.indexer.formats.FormatOptions;
import careersearch.indexer.formats.PostingFormat;
import careersearch.indexer.formats.PostingFormats;
import careersearch.indexer.store.StoreRecord;
import careersearch.schema.Schema;
import careersearch.server.api.BadRequestException;
import careersearch.server.api.NotFoundException;
import careersearch.server.lucene.IndexSearchers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The admin API's postings (README "Ingest over HTTP"): a batch of postings in, one result per item
 * out; a stored record as ingested; a deletion. Reads the body's format, hands the items to {@link
 * PostingsIngest} (which writes the store, then the index) and, when asked, waits until the serving
 * searcher sees the commit. Knows no HTTP: the routes map its answers and exceptions.
 */
public final class PostingsAdmin {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(PostingsAdmin.class);

  /** How long {@code wait=true} waits for the serving searcher before saying "not yet". */
  static final Duration WAIT_LIMIT = Duration.ofSeconds(30);

  /** The batch's name in each posting's {@code source}. */
  private static final String SOURCE = "POST /api/admin/postings";

  private final PostingsIngest ingest;
  private final IndexSearchers searchers;
  private final Duration refresh;

  /**
   * @param refresh how often the server looks for a new commit: when an item is searchable
   */
  public PostingsAdmin(PostingsIngest ingest, IndexSearchers searchers, Duration refresh) {
    this.ingest = ingest;
    this.searchers = searchers;
    this.refresh = refresh;
  }

  /**
   * A batch's answer.
   *
   * @param rejected an atomic batch with errors: nothing was applied
   */
  public record Report(boolean rejected, Map<String, Object> body) {}

  /**
   * Checks and applies a batch.
   *
   * @param atomic all or nothing
   * @param wait return once the serving searcher sees the commit
   * @throws BadRequestException when the body is not of its format at all (not a JSON array, no
   *     postings)
   */
  public Report ingest(PostingFormat format, byte[] body, boolean atomic, boolean wait)
      throws IOException {
    List<FormatItem> read =
        PostingFormats.read(format, new ByteArrayInputStream(body), FormatOptions.defaults(SOURCE));
    for (FormatItem item : read) {
      // the body as a whole is not of its format (not a JSON array, not text): nothing to apply
      if (item.where().equals("input") && read.size() == 1) {
        throw new BadRequestException("the body is not " + format.key() + ": " + item.error());
      }
    }
    if (read.isEmpty()) {
      throw new BadRequestException("the body has no postings");
    }
    PostingsIngest.AddOutcome outcome =
        ingest.add(read, new PostingsIngest.Batch(format.key(), SOURCE, atomic));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("created", outcome.created());
    answer.put("updated", outcome.updated());
    answer.put("errors", outcome.errors());
    answer.put("applied", outcome.applied());
    answer.put("seq", outcome.seq());
    answer.put("items", outcome.items().stream().map(PostingsAdmin::item).toList());
    answer.put("took_ms", outcome.took().total());
    answer.put("searchable", outcome.applied() ? searchable(outcome.seq(), wait) : false);
    LOG.info(
        "Ingested {} created, {} updated, {} errors in {}",
        outcome.created(),
        outcome.updated(),
        outcome.errors(),
        outcome.took().describe());
    return new Report(atomic && outcome.errors() > 0, answer);
  }

  private static Map<String, Object> item(PostingsIngest.ItemResult result) {
    Map<String, Object> item = new LinkedHashMap<>();
    // "line 3" -> line: 3, "item 2" -> item: 2, "row 5" -> row: 5; "input": the whole body
    String[] where = result.where().split(" ", 2);
    if (where.length == 2) {
      item.put(where[0], Long.parseLong(where[1]));
    } else {
      item.put(where[0], true);
    }
    item.put("id", result.id());
    item.put("result", result.result().name().toLowerCase(Locale.ROOT));
    if (result.reason() != null) {
      item.put("reason", result.reason());
    }
    return item;
  }

  /**
   * {@code true} once the serving searcher has the commit of {@code seq} (with {@code wait}), else
   * when it will have it.
   */
  private Object searchable(long seq, boolean wait) {
    String later = "after the next refresh (<= " + refresh.toMillis() + " ms)";
    if (!wait) {
      return later;
    }
    long deadline = System.nanoTime() + WAIT_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      searchers.refresh();
      if (servedSeq() >= seq) {
        return true;
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return "not yet after " + WAIT_LIMIT.toSeconds() + " s; " + later;
  }

  private long servedSeq() {
    return searchers.withSearcher(
        s -> {
          String seq = s.commitValue(Schema.COMMIT_STORE_SEQ);
          return seq == null ? 0L : Long.parseLong(seq);
        });
  }

  /**
   * The posting as the system of record has it: a store posting's record as ingested ({@code raw}
   * and {@code format}) with its canonical object; a corpus posting's canonical record and file.
   *
   * @throws NotFoundException when no posting has the id, or it was deleted
   */
  public Map<String, Object> posting(String id) throws IOException {
    Optional<PostingsIngest.Lookup> found = ingest.lookup(id);
    if (found.isEmpty()) {
      throw new NotFoundException("no posting with id '" + id + "'");
    }
    PostingsIngest.Lookup lookup = found.get();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("id", id);
    answer.put("origin", lookup.origin().key());
    StoreRecord record = lookup.record();
    if (record != null) {
      answer.put("seq", record.seq());
      answer.put("format", record.format());
      answer.put("source", record.source());
      answer.put("stored_at", record.at());
      answer.put("raw", record.raw());
    } else {
      answer.put("corpus_file", lookup.corpusFile());
    }
    answer.put("posting", lookup.canonical());
    return answer;
  }

  /**
   * Deletes a posting: from the store (a deletion record, which keeps hiding a corpus posting
   * through every reindex), then from the index.
   *
   * @throws NotFoundException when the index serves no posting with the id
   */
  public Map<String, Object> delete(String id, boolean wait) throws IOException {
    PostingsIngest.DeleteOutcome outcome;
    try {
      outcome = ingest.delete(List.of(id));
    } catch (PostingsIngest.UnknownPostingsException e) {
      throw new NotFoundException("no job posting with id '" + id + "'; nothing was deleted");
    }
    PostingsIngest.Deleted deleted = outcome.deleted().get(0);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("id", id);
    answer.put("result", "deleted");
    answer.put("origin", deleted.origin().key());
    answer.put("from", deleted.from());
    answer.put("message", "deleted " + deleted.describe());
    answer.put("seq", outcome.seq());
    answer.put("searchable", searchable(outcome.seq(), wait));
    return answer;
  }
}
