package careersearch.indexer.model;

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
    String code,
    String title,
    String description,
    List<String> alternateTitles,
    List<String> reportedTitles,
    List<String> tasks,
    Integer jobZone,
    String jobZoneName,
    List<RelatedOccupation> related) {

  /** A related occupation with O*NET's relatedness tier (e.g. Primary-Short). */
  public record RelatedOccupation(String code, String title, String tier) {}
}
