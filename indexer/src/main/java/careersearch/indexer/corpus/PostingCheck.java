package careersearch.indexer.corpus;

import careersearch.indexer.model.JobPosting;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One posting of the JSON Lines format checked as the corpus reader checks a line ({@link
 * PostingJson}), with its id (its own, or one from its content as {@link PostingIds} gives): for
 * postings that come one by one, from an ingest rather than a corpus file. Not thread-safe.
 */
public final class PostingCheck {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final PostingJson json;
  private final PostingIds ids = new PostingIds();

  public PostingCheck(SalaryNormalizer normalizer) {
    this.json = new PostingJson(normalizer);
  }

  /** A posting that is not one of the format; the message says why, naming the field. */
  public static final class InvalidPosting extends RuntimeException {
    InvalidPosting(String reason) {
      super(reason, null, false, false);
    }
  }

  /**
   * The posting of a JSON object's text, with its id.
   *
   * @param source its {@code source}, e.g. {@code my-postings.jsonl:3}
   * @throws InvalidPosting when the text is not a posting of the format
   */
  public JobPosting posting(String jsonText, String source) {
    try {
      JobPosting posting = json.parse(jsonText, source);
      return posting.id() != null ? posting : PostingIds.withId(posting, ids.contentId(posting));
    } catch (BadLine e) {
      throw new InvalidPosting(e.getMessage());
    }
  }

  /**
   * The posting's object as given, with {@code id} set: what is kept as its canonical record, and
   * reads back as the same posting.
   */
  public static ObjectNode canonical(String checkedJsonText, String id) {
    try {
      ObjectNode node = (ObjectNode) MAPPER.readTree(checkedJsonText);
      ObjectNode withId = MAPPER.createObjectNode().put("id", id);
      node.properties().forEach(e -> withId.set(e.getKey(), e.getValue()));
      withId.put("id", id);
      return withId;
    } catch (JsonProcessingException | ClassCastException e) {
      throw new IllegalArgumentException("not a checked posting object", e);
    }
  }

  /** A posting's canonical record rebuilt from what the index stored of it (its id first). */
  public static ObjectNode canonical(JobPosting posting) {
    ObjectNode node = MAPPER.createObjectNode().put("id", posting.id());
    PostingIds.canonical(posting).properties().forEach(e -> node.set(e.getKey(), e.getValue()));
    return node;
  }
}
