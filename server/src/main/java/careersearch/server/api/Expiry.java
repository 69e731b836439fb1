package careersearch.server.api;

import careersearch.schema.DocType;
import careersearch.schema.SourceFields;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The expiry rule of job postings, the same on every backend: a posting whose {@code valid_through}
 * is before today (the server's clock, as a UTC date) has expired. Searches leave expired postings
 * out of their hits, total and facets unless {@code include_expired=true}; every job hit and job
 * document says {@code expired}. A posting without {@code valid_through} never expires.
 */
public final class Expiry {
  /** The key of a job hit that says whether it has expired. */
  public static final String EXPIRED = "expired";

  private Expiry() {}

  /** Today as a UTC date: the first day on which a posting valid through yesterday is expired. */
  public static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  /** Whether a document's stored source is an expired posting on the given day. */
  public static boolean expired(Map<String, Object> source, LocalDate today) {
    return source.get(SourceFields.VALID_THROUGH) instanceof String validThrough
        && LocalDate.parse(validThrough).isBefore(today);
  }

  /** Adds {@link #EXPIRED} to a hit or document when it is a job posting. */
  public static void mark(Map<String, Object> hit, LocalDate today) {
    if (DocType.JOB.key().equals(hit.get(SourceFields.TYPE))) {
      hit.put(EXPIRED, expired(hit, today));
    }
  }
}
