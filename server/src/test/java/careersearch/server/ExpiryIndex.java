package careersearch.server;

import careersearch.indexer.model.JobPosting;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Postings around the expiry rule, for {@link ExpiryContract}: an old and a yesterday's
 * valid_through (expired), today's and a future one (open), and one without (never expires).
 */
final class ExpiryIndex {
  private ExpiryIndex() {}

  static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

  static final List<JobPosting> JOBS =
      List.of(
          job("x1", "Acme", LocalDate.of(2020, 6, 30)),
          job("x2", "Acme", LocalDate.of(2099, 12, 31)),
          job("x3", "Beta", null),
          job("x4", "Beta", TODAY),
          job("x5", "Gamma", TODAY.minusDays(1)));

  private static JobPosting job(String id, String company, LocalDate validThrough) {
    return TestIndex.POSTINGS.job(
        id,
        "Data Engineer " + id,
        company,
        "Berlin",
        "onsite",
        List.of("full_time"),
        "mid",
        TestPostings.usd(80_000, 90_000),
        "2020-01-15",
        validThrough,
        "Maintain data pipelines in Spark.",
        List.of("Spark"));
  }
}
