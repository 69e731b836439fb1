package careersearch.indexer.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * One record of the postings log: a posting put (added or replaced) or deleted, or the checkpoint a
 * compaction leaves so that sequence numbers never go back.
 *
 * @param seq the record's sequence number, increasing through the log
 * @param id the posting's id (null for a checkpoint)
 * @param origin for a put always {@link Origin#STORE}; for a delete where the deleted posting came
 *     from
 * @param posting a put's canonical JSON Lines object (with its id), null otherwise
 * @param raw a put's item as it was ingested, in {@code format}
 * @param format the format it came in: jsonl, json, jsonld, csv
 * @param source where it came from, e.g. {@code my-postings.jsonl:3} or {@code POST item 2}
 * @param at when it was written (ISO-8601)
 */
public record StoreRecord(
    long seq,
    Op op,
    String id,
    Origin origin,
    ObjectNode posting,
    String raw,
    String format,
    String source,
    String at) {

  /** What a record does. */
  public enum Op {
    PUT,
    DELETE,
    /** Written last by a compaction: the highest sequence number the log had reached. */
    CHECKPOINT;

    String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Where a posting lives: in the store, or in the corpus files (the seed or corpus/postings). */
  public enum Origin {
    STORE,
    CORPUS;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  static final String SEQ = "seq";
  static final String OP = "op";
  static final String ID = "id";
  static final String ORIGIN = "origin";
  static final String POSTING = "posting";
  static final String RAW = "raw";
  static final String FORMAT = "format";
  static final String SOURCE = "source";
  static final String AT = "at";

  /** The same record with another sequence number (the log assigns them on append). */
  StoreRecord withSeq(long newSeq) {
    return new StoreRecord(newSeq, op, id, origin, posting, raw, format, source, at);
  }

  /** The record as the JSON object of its frame. */
  ObjectNode toJson(ObjectMapper mapper) {
    ObjectNode node = mapper.createObjectNode();
    node.put(SEQ, seq);
    node.put(OP, op.key());
    if (id != null) {
      node.put(ID, id);
    }
    if (origin != null) {
      node.put(ORIGIN, origin.key());
    }
    if (posting != null) {
      node.set(POSTING, posting);
    }
    putIfNotNull(node, RAW, raw);
    putIfNotNull(node, FORMAT, format);
    putIfNotNull(node, SOURCE, source);
    putIfNotNull(node, AT, at);
    return node;
  }

  /**
   * The record of a frame's JSON object.
   *
   * @throws IllegalArgumentException when it is not a record
   */
  static StoreRecord fromJson(JsonNode node) {
    if (!node.isObject() || !node.path(SEQ).canConvertToLong() || !node.path(OP).isTextual()) {
      throw new IllegalArgumentException("not a store record (needs seq and op)");
    }
    Op op = Op.valueOf(node.get(OP).textValue().toUpperCase(Locale.ROOT));
    String id = text(node, ID);
    if (op != Op.CHECKPOINT && id == null) {
      throw new IllegalArgumentException("a " + op.key() + " record needs an id");
    }
    JsonNode posting = node.get(POSTING);
    if (op == Op.PUT && (posting == null || !posting.isObject())) {
      throw new IllegalArgumentException("a put record needs a posting object");
    }
    String origin = text(node, ORIGIN);
    return new StoreRecord(
        node.get(SEQ).longValue(),
        op,
        id,
        origin == null ? null : Origin.valueOf(origin.toUpperCase(Locale.ROOT)),
        op == Op.PUT ? (ObjectNode) posting : null,
        text(node, RAW),
        text(node, FORMAT),
        text(node, SOURCE),
        text(node, AT));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || !value.isTextual() ? null : value.textValue();
  }

  private static void putIfNotNull(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }
}
