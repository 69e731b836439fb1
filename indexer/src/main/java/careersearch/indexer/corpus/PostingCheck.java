package careersearch.indexer.corpus;

import careersearch.indexer.model.JobPosting;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One posting object of the JSON Lines format (as every format reads to, {@code
 * careersearch.indexer.formats}) checked as the corpus reader checks a line ({@link PostingJson}),
 * with its id (its own, or one from its content as {@link PostingIds} gives): for postings that
 * come one by one, from an ingest rather than a corpus file. Not thread-safe.
 */
public final class PostingCheck {
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
   * The posting of an object, with its id.
   *
   * @param source its {@code source}, e.g. {@code my-postings.jsonl:3}
   * @throws InvalidPosting when the object is not a posting of the format
   */
  public JobPosting posting(ObjectNode object, String source) {
    try {
      JobPosting posting = json.parse(object, source);
      return posting.id() != null ? posting : PostingIds.withId(posting, ids.contentId(posting));
    } catch (BadLine e) {
      throw new InvalidPosting(e.getMessage());
    }
  }

  /**
   * The posting's object with {@code id} first and set: what is kept as its canonical record, and
   * reads back as the same posting.
   */
  public static ObjectNode canonical(ObjectNode object, String id) {
    ObjectNode withId = JsonNodeFactory.instance.objectNode().put("id", id);
    object.properties().forEach(e -> withId.set(e.getKey(), e.getValue()));
    return withId.put("id", id);
  }

  /** A posting's canonical record rebuilt from what the index stored of it (its id first). */
  public static ObjectNode canonical(JobPosting posting) {
    return canonical(PostingIds.canonical(posting), posting.id());
  }
}
