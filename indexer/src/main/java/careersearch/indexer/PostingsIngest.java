package careersearch.indexer;

import careersearch.indexer.corpus.CorpusException;
import careersearch.indexer.corpus.PostingCheck;
import careersearch.indexer.formats.FormatItem;
import careersearch.indexer.model.JobPosting;
import careersearch.indexer.store.PostingsStore;
import careersearch.indexer.store.StoreRecord;
import careersearch.indexer.store.StoreRecord.Op;
import careersearch.indexer.store.StoreRecord.Origin;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Adds and deletes postings by id, for the CLI and the HTTP API alike (it knows neither): every
 * item is checked, the valid ones are written to the {@link PostingsStore} and forced to disk, then
 * applied to the index in one commit that records the store's sequence number. Before each write
 * the index catches up with store records it has not applied (a process killed between the store's
 * fsync and the index commit loses nothing). One batch at a time per instance.
 */
public final class PostingsIngest {
  private final PostingsTarget index;
  private final PostingsStore store;
  private final Consumer<String> notes;

  /**
   * @param notes told what recovery did ("replayed N store records ..."), for the log or stderr
   */
  public PostingsIngest(PostingsTarget index, PostingsStore store, Consumer<String> notes) {
    this.index = index;
    this.store = store;
    this.notes = notes;
  }

  public PostingsStore store() {
    return store;
  }

  /**
   * How a batch is written.
   *
   * @param format the format its items came in (kept with each record): jsonl, json, ...
   * @param sourceName where it came from, the prefix of each posting's {@code source}
   * @param atomic all or nothing: one bad item and nothing is written
   */
  public record Batch(String format, String sourceName, boolean atomic) {}

  /** What became of an item. */
  public enum Result {
    CREATED,
    UPDATED,
    ERROR
  }

  /** An item's outcome; {@code id} null when it has none, {@code reason} only for errors. */
  public record ItemResult(String where, String id, Result result, String reason) {}

  /**
   * Records of the store the index had not applied, replayed into it before a write.
   *
   * @param records how many (0: the index was up to date)
   */
  public record Replay(int records, long fromSeq, long toSeq) {
    static final Replay NONE = new Replay(0, 0, 0);

    public String describe() {
      return "replayed "
          + records
          + " store records (seq "
          + fromSeq
          + ".."
          + toSeq
          + ") into the index";
    }
  }

  /**
   * A batch's outcome.
   *
   * @param applied false when nothing was written (an atomic batch with errors, or no valid item)
   * @param seq the store's sequence number after the batch: the commit that makes it searchable
   *     records it
   * @param took where the batch's time went
   */
  public record AddOutcome(
      List<ItemResult> items, boolean applied, long seq, Replay replay, IngestTook took) {
    public long created() {
      return count(Result.CREATED);
    }

    public long updated() {
      return count(Result.UPDATED);
    }

    public long errors() {
      return count(Result.ERROR);
    }

    private long count(Result result) {
      return items.stream().filter(i -> i.result() == result).count();
    }
  }

  /**
   * Checks every item, writes the valid ones to the store (one fsync), then to the index (one
   * commit). Ids must be unique within a batch; an id the index already serves is an update.
   *
   * @throws careersearch.indexer.store.StoreBusyException when another process writes the store
   * @throws IndexSession.IndexBusyException when another process writes the index
   */
  public synchronized AddOutcome add(List<FormatItem> items, Batch batch) throws IOException {
    IngestTook.Laps laps = new IngestTook.Laps();
    try (PostingsTarget.Change change = index.open();
        PostingsStore.Writer writer = store.lockForWriting()) {
      Replay replay = catchUp(writer, change);
      long open = laps.lap();
      PostingCheck check = new PostingCheck(change.normalizer());
      // results in item order: the errors found while checking, then the valid items' outcomes
      ItemResult[] results = new ItemResult[items.size()];
      Map<String, String> firstPlace = new HashMap<>();
      Map<Integer, JobPosting> valid = new LinkedHashMap<>();
      for (int i = 0; i < items.size(); i++) {
        FormatItem item = items.get(i);
        if (item.error() != null || item.posting() == null) {
          results[i] = error(item, null, item.error() == null ? "empty item" : item.error());
          continue;
        }
        JobPosting posting;
        try {
          posting = check.posting(item.posting(), source(batch, item));
        } catch (PostingCheck.InvalidPosting e) {
          results[i] = error(item, null, e.getMessage());
          continue;
        }
        String first = firstPlace.putIfAbsent(posting.id(), item.where());
        if (first != null) {
          results[i] =
              error(
                  item,
                  posting.id(),
                  "duplicate id '" + posting.id() + "' (first at " + first + ")");
          continue;
        }
        valid.put(i, posting);
      }
      Set<String> served = change.jobsAmong(firstPlace.keySet());
      List<StoreRecord> drafts = new ArrayList<>();
      valid.forEach(
          (i, posting) -> {
            FormatItem item = items.get(i);
            Result result = served.contains(posting.id()) ? Result.UPDATED : Result.CREATED;
            results[i] = new ItemResult(item.where(), posting.id(), result, null);
            drafts.add(
                new StoreRecord(
                    0,
                    Op.PUT,
                    posting.id(),
                    Origin.STORE,
                    PostingCheck.canonical(item.posting(), posting.id()),
                    item.raw() != null ? item.raw() : item.posting().toString(),
                    batch.format(),
                    posting.source(),
                    null));
          });
      long checked = laps.lap();
      boolean hasErrors = valid.size() < items.size();
      if ((batch.atomic() && hasErrors) || drafts.isEmpty()) {
        if (replay.records() > 0) {
          change.commit(store.lastSeq(), store.livePuts());
        }
        return new AddOutcome(
            List.of(results),
            false,
            store.lastSeq(),
            replay,
            new IngestTook(open, checked, 0, 0, laps.lap()));
      }
      writer.append(drafts);
      long stored = laps.lap();
      // the postings just checked are what the records hold: no second check
      for (JobPosting posting : valid.values()) {
        change.upsert(posting);
      }
      long indexed = laps.lap();
      change.commit(store.lastSeq(), store.livePuts());
      return new AddOutcome(
          List.of(results),
          true,
          store.lastSeq(),
          replay,
          new IngestTook(open, checked, stored, indexed, laps.lap()));
    }
  }

  private static ItemResult error(FormatItem item, String id, String reason) {
    return new ItemResult(item.where(), id, Result.ERROR, reason);
  }

  /** A posting's {@code source}: {@code my.jsonl:3} for a line, else {@code name (item 2)}. */
  private static String source(Batch batch, FormatItem item) {
    String where = item.where();
    return where.startsWith("line ")
        ? batch.sourceName() + ":" + where.substring(5)
        : batch.sourceName() + " (" + where + ")";
  }

  /**
   * A stored put's posting, checked again with the rates at hand (the index's, or a rebuild's).
   *
   * @throws CorpusException when it no longer is a valid posting (the format changed under it)
   */
  static JobPosting storedPosting(PostingCheck check, StoreRecord put, java.nio.file.Path log) {
    try {
      return check.posting(put.posting(), put.source());
    } catch (PostingCheck.InvalidPosting e) {
      throw new CorpusException(
          log,
          "record seq "
              + put.seq()
              + " ("
              + put.id()
              + ") is not a valid posting: "
              + e.getMessage());
    }
  }

  /**
   * A deleted posting and where it came from.
   *
   * @param from its {@code source}: a corpus file and line, or where it was ingested from
   */
  public record Deleted(String id, Origin origin, String from) {
    /** The deletion and where the posting came from, as the CLI and the API say it. */
    public String describe() {
      return origin == Origin.CORPUS
          ? id
              + " (from corpus file "
              + from
              + ": the deletion is kept in the store and survives reindex)"
          : id + " (from the postings store, added from " + from + ")";
    }
  }

  /** Ids to delete that the index serves no job posting with. */
  public static final class UnknownPostingsException extends IllegalArgumentException {
    private final List<String> ids;

    UnknownPostingsException(List<String> ids, String target) {
      super("no job posting with id " + ids + " in " + target + "; nothing was deleted");
      this.ids = List.copyOf(ids);
    }

    public List<String> ids() {
      return ids;
    }
  }

  /** The deletions, and the store's sequence number after them. */
  public record DeleteOutcome(List<Deleted> deleted, long seq, Replay replay) {}

  /**
   * Deletes job postings by id, all or nothing: a deletion record per id in the store (which keeps
   * hiding a corpus posting through every reindex), then from the index.
   *
   * @throws UnknownPostingsException naming the ids that are not postings in the index
   */
  public synchronized DeleteOutcome delete(List<String> ids) throws IOException {
    Set<String> unique = new LinkedHashSet<>(ids);
    try (PostingsTarget.Change change = index.open();
        PostingsStore.Writer writer = store.lockForWriting()) {
      Replay replay = catchUp(writer, change);
      List<String> unknown = new ArrayList<>();
      List<Deleted> deleted = new ArrayList<>();
      for (String id : unique) {
        Optional<JobPosting> job = change.job(id);
        if (job.isEmpty()) {
          unknown.add(id);
        } else {
          deleted.add(
              new Deleted(id, store.holds(id) ? Origin.STORE : Origin.CORPUS, job.get().source()));
        }
      }
      if (!unknown.isEmpty()) {
        if (replay.records() > 0) {
          change.commit(store.lastSeq(), store.livePuts());
        }
        throw new UnknownPostingsException(unknown, index.describe());
      }
      List<StoreRecord> drafts = new ArrayList<>();
      for (Deleted d : deleted) {
        drafts.add(
            new StoreRecord(0, Op.DELETE, d.id(), d.origin(), null, null, null, d.from(), null));
      }
      writer.append(drafts);
      for (Deleted d : deleted) {
        change.delete(d.id());
      }
      change.commit(store.lastSeq(), store.livePuts());
      return new DeleteOutcome(deleted, store.lastSeq(), replay);
    }
  }

  /**
   * Replays into the index the store records it has not applied, in one commit.
   *
   * @return what was replayed ({@link Replay#records()} 0: nothing to do)
   */
  public synchronized Replay recover() throws IOException {
    try (PostingsTarget.Change change = index.open();
        PostingsStore.Writer writer = store.lockForWriting()) {
      Replay replay = catchUp(writer, change);
      if (replay.records() > 0) {
        change.commit(store.lastSeq(), store.livePuts());
      }
      return replay;
    }
  }

  /** Applies the records after the index's store seq (each id's latest); commits nothing. */
  private Replay catchUp(PostingsStore.Writer writer, PostingsTarget.Change change)
      throws IOException {
    long indexSeq = change.storeSeq();
    if (store.lastSeq() <= indexSeq) {
      return Replay.NONE;
    }
    List<StoreRecord> records = store.latestSince(indexSeq);
    PostingCheck check = new PostingCheck(change.normalizer());
    for (StoreRecord record : records) {
      if (record.op() == Op.PUT) {
        change.upsert(storedPosting(check, record, store.logFile()));
      } else if (record.op() == Op.DELETE) {
        change.delete(record.id());
      }
    }
    Replay replay =
        records.isEmpty()
            ? new Replay(0, indexSeq + 1, store.lastSeq())
            : new Replay(
                records.size(), records.get(0).seq(), records.get(records.size() - 1).seq());
    if (replay.records() > 0) {
      notes.accept(replay.describe());
    }
    return replay;
  }

  /**
   * A posting as the system of record has it.
   *
   * @param record its latest store record (a put), or null for a posting of the corpus files
   * @param canonical its canonical JSON Lines object
   * @param corpusFile for a corpus posting, the corpus file (and line) it came from
   */
  public record Lookup(
      Origin origin, StoreRecord record, ObjectNode canonical, String corpusFile) {}

  /**
   * The posting with this id: its store record as ingested, or its corpus record; empty when no
   * posting has the id (or it is deleted).
   */
  public Optional<Lookup> lookup(String id) throws IOException {
    Optional<StoreRecord> latest = store.latest(id);
    if (latest.isPresent()) {
      StoreRecord record = latest.get();
      return record.op() == Op.PUT
          ? Optional.of(new Lookup(Origin.STORE, record, record.posting(), null))
          : Optional.empty();
    }
    Optional<JobPosting> job = index.served(id);
    return job.map(j -> new Lookup(Origin.CORPUS, null, PostingCheck.canonical(j), j.source()));
  }
}
