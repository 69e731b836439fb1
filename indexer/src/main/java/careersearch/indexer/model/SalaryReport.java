package careersearch.indexer.model;

/**
 * One row of the aijobs.net salary survey, with codes expanded to the index's vocabulary.
 *
 * @param id {@code salary_report:<data row number>}
 * @param seniority entry | mid | senior | executive (from EN, MI, SE, EX)
 * @param employment full_time | part_time | contract | freelance (from FT, PT, CT, FL)
 * @param remote onsite | hybrid | remote (from remote_ratio 0, 50, 100)
 * @param residence employee residence, ISO 3166 alpha-2
 * @param companyLocation ISO 3166 alpha-2
 * @param companySize S | M | L
 */
public record SalaryReport(
    String id,
    int year,
    String title,
    String seniority,
    String employment,
    String remote,
    int remoteRatio,
    String residence,
    String companyLocation,
    String companySize,
    long salary,
    String currency,
    long salaryUsd) {}
