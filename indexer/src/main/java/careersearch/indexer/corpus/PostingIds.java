package careersearch.indexer.corpus;

import careersearch.indexer.model.JobPosting;
import careersearch.indexer.model.Salary;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The ids of the postings one reader reads: a posting without an id gets one from its content, and
 * an id seen before, in any file this instance has read, is a {@link BadLine} that says where it
 * first was. Not thread-safe.
 */
final class PostingIds {
  /**
   * Bits of a line number in an id's packed first place (a file of 2^40 lines would be over a
   * terabyte); the file index takes the rest.
   */
  private static final int LINE_BITS = 40;

  private static final long LINE_LIMIT = 1L << LINE_BITS;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HexFormat HEX = HexFormat.of();

  private final MessageDigest sha256 = newSha256();

  /** Files read so far, in order; an id's first place refers to one by its index here. */
  private final List<Path> files = new ArrayList<>();

  /**
   * Every id read so far (over all files) to where it first appeared: {@code file index << 40 |
   * line}. One boxed long per id rather than a record with a path keeps the map lean for millions
   * of postings.
   */
  private final Map<String, Long> firstPlaceOfId = new HashMap<>();

  /** Starts a file; the returned index is what {@link #assign} takes for its lines. */
  int startFile(Path file) {
    files.add(file);
    return files.size() - 1;
  }

  /** The posting with its id (its own, or one from its content), checked to be unique. */
  JobPosting assign(JobPosting posting, int fileIndex, long line) {
    JobPosting withId = posting.id() != null ? posting : withId(posting, contentId(posting));
    checkUnique(withId.id(), fileIndex, line);
    return withId;
  }

  /**
   * Rejects an id seen before, in this file or in an earlier one: the index keys postings by id, so
   * a second posting with the same id would silently replace (or shadow) the first.
   */
  void checkUnique(String id, int fileIndex, long line) {
    Long first = firstPlaceOfId.putIfAbsent(id, ((long) fileIndex << LINE_BITS) | line);
    if (first == null) {
      return;
    }
    int firstFile = (int) (first >>> LINE_BITS);
    long firstLine = first & (LINE_LIMIT - 1);
    throw new BadLine(
        firstFile == fileIndex
            ? "duplicate id '" + id + "' (first on line " + firstLine + ")"
            : "duplicate id '"
                + id
                + "' (first in "
                + files.get(firstFile)
                + ":"
                + firstLine
                + ")");
  }

  static JobPosting withId(JobPosting p, String id) {
    return new JobPosting(
        id,
        p.title(),
        p.company(),
        p.location(),
        p.remote(),
        p.employment(),
        p.seniority(),
        p.salary(),
        p.postedAt(),
        p.validThrough(),
        p.description(),
        p.url(),
        p.skills(),
        p.source());
  }

  /**
   * {@code job:} + 16 hex chars of the SHA-256 of the posting's canonical JSON: its parsed values
   * in a fixed key order, so key order, whitespace and letter case of choices do not change it.
   */
  String contentId(JobPosting p) {
    byte[] canonical;
    try {
      canonical = MAPPER.writeValueAsBytes(canonical(p));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize a tree", e);
    }
    byte[] hash = sha256.digest(canonical);
    return "job:" + HEX.formatHex(hash, 0, 8);
  }

  /** Published salary only: the USD figures depend on the rates, not on the posting. */
  static ObjectNode canonical(JobPosting p) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("title", p.title());
    node.put("company", p.company());
    putIfNotNull(node, "location", p.location());
    putIfNotNull(node, "remote", p.remote());
    putList(node, "employment", p.employment());
    putIfNotNull(node, "seniority", p.seniority());
    if (p.salary() != null) {
      Salary s = p.salary();
      node.putObject("salary")
          .put("min", s.min())
          .put("max", s.max())
          .put("currency", s.currency())
          .put("period", s.period());
    }
    putIfNotNull(node, "posted_at", p.postedAt() == null ? null : p.postedAt().toString());
    putIfNotNull(node, "description", p.description());
    putIfNotNull(node, "url", p.url());
    putList(node, "skills", p.skills());
    // after the older fields, so a posting without it keeps the id it had before the field existed
    putIfNotNull(
        node, "valid_through", p.validThrough() == null ? null : p.validThrough().toString());
    return node;
  }

  private static void putIfNotNull(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  private static void putList(ObjectNode node, String field, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode array = node.putArray(field);
      values.forEach(array::add);
    }
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
