package careersearch.server;

import careersearch.indexer.model.JobPosting;
import careersearch.indexer.model.Salary;
import java.time.LocalDate;
import java.util.List;

/**
 * Job postings for the test indexes ({@link TestIndex}, the UI tests' index), each index with its
 * own source name and URL prefix.
 */
public record TestPostings(String source, String urlPrefix) {
  public JobPosting job(
      String id,
      String title,
      String company,
      String location,
      String remote,
      List<String> employment,
      String seniority,
      Salary salary,
      String postedAt,
      String description,
      List<String> skills) {
    return job(
        id,
        title,
        company,
        location,
        remote,
        employment,
        seniority,
        salary,
        postedAt,
        null,
        description,
        skills);
  }

  /** A posting open until validThrough (null: no end). */
  public JobPosting job(
      String id,
      String title,
      String company,
      String location,
      String remote,
      List<String> employment,
      String seniority,
      Salary salary,
      String postedAt,
      LocalDate validThrough,
      String description,
      List<String> skills) {
    return new JobPosting(
        id,
        title,
        company,
        location,
        remote,
        employment,
        seniority,
        salary,
        LocalDate.parse(postedAt),
        validThrough,
        description,
        urlPrefix + id,
        skills,
        source);
  }

  /** A salary published in USD per year, so its normalized figures are the same. */
  public static Salary usd(long min, long max) {
    return new Salary(min, max, "USD", "year", min, max);
  }
}
