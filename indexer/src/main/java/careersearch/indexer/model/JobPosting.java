package careersearch.indexer.model;

import careersearch.schema.SourceFields;
import com.fasterxml.jackson.annotation.JsonProperty;
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
 * @param validThrough the last day the posting is open (it has expired after it), or null when it
 *     does not say
 * @param source where it came from, e.g. {@code seed/000_3dbff80adbe6cf2d.txt:54}
 */
public record JobPosting(
    @JsonProperty(SourceFields.ID) String id,
    @JsonProperty(SourceFields.TITLE) String title,
    @JsonProperty(SourceFields.COMPANY) String company,
    @JsonProperty(SourceFields.LOCATION) String location,
    @JsonProperty(SourceFields.REMOTE) String remote,
    @JsonProperty(SourceFields.EMPLOYMENT) List<String> employment,
    @JsonProperty(SourceFields.SENIORITY) String seniority,
    @JsonProperty(SourceFields.SALARY) Salary salary,
    @JsonProperty(SourceFields.POSTED_AT) LocalDate postedAt,
    @JsonProperty(SourceFields.VALID_THROUGH) LocalDate validThrough,
    @JsonProperty(SourceFields.DESCRIPTION) String description,
    @JsonProperty(SourceFields.URL) String url,
    @JsonProperty(SourceFields.SKILLS) List<String> skills,
    @JsonProperty(SourceFields.ORIGIN) String source) {}
