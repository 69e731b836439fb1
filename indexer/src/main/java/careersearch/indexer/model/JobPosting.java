package careersearch.indexer.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One job posting, from the seed document or a JSONL file.
 *
 * @param remote remote | hybrid | onsite, or null when unknown
 * @param employment full_time | part_time | contract | freelance | internship
 * @param seniority entry | mid | senior | executive, or null when unknown
 * @param salary null when the posting gives none
 * @param postedAt null when unknown
 * @param source where it came from, e.g. {@code seed/000_3dbff80adbe6cf2d.txt:54}
 */
public record JobPosting(
    String id,
    String title,
    String company,
    String location,
    String remote,
    List<String> employment,
    String seniority,
    Salary salary,
    LocalDate postedAt,
    String description,
    String url,
    List<String> skills,
    String source) {}
