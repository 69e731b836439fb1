package careersearch.indexer.model;

import careersearch.schema.SourceFields;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * One O*NET occupation.
 *
 * @param code O*NET-SOC code, e.g. 15-2051.00
 * @param jobZone preparation level 1-5, or null when O*NET gives none
 * @param jobZoneName e.g. "Job Zone Four: Considerable Preparation Needed", or null
 * @param tasks task statements, core tasks first
 */
public record Occupation(
    @JsonProperty(SourceFields.CODE) String code,
    @JsonProperty(SourceFields.TITLE) String title,
    @JsonProperty(SourceFields.DESCRIPTION) String description,
    @JsonProperty(SourceFields.ALTERNATE_TITLES) List<String> alternateTitles,
    @JsonProperty(SourceFields.REPORTED_TITLES) List<String> reportedTitles,
    @JsonProperty(SourceFields.TASKS) List<String> tasks,
    @JsonProperty(SourceFields.JOB_ZONE) Integer jobZone,
    @JsonProperty(SourceFields.JOB_ZONE_NAME) String jobZoneName,
    @JsonProperty(SourceFields.RELATED) List<RelatedOccupation> related) {

  /** A related occupation with O*NET's relatedness tier (e.g. Primary-Short). */
  public record RelatedOccupation(
      @JsonProperty(SourceFields.CODE) String code,
      @JsonProperty(SourceFields.TITLE) String title,
      @JsonProperty(SourceFields.TIER) String tier) {}

  /** The id of its document. */
  public String id() {
    return "occupation:" + code;
  }

  /** Its own title, reported titles and alternate titles, in that order. */
  public List<String> allTitles() {
    List<String> all = new ArrayList<>();
    all.add(title);
    all.addAll(reportedTitles);
    all.addAll(alternateTitles);
    return all;
  }
}
