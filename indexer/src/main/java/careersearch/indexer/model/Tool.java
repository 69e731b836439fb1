package careersearch.indexer.model;

import java.util.List;

/**
 * One distinct tool or piece of software, merged from the article and O*NET Technology Skills.
 *
 * @param id e.g. {@code tool:pytorch}
 * @param name display name (the article's spelling when the article names it)
 * @param categories article categories first, then O*NET commodity titles, no duplicates
 * @param roles article roles whose tool lists name it
 * @param occupations O*NET occupations that use it, hot/in-demand first
 * @param onetNames the O*NET example names merged into this tool
 */
public record Tool(
    String id,
    String name,
    List<String> categories,
    List<String> roles,
    List<ToolOccupation> occupations,
    List<String> onetNames) {

  /** Hot Technology for at least one occupation. */
  public boolean hotTechnology() {
    return occupations.stream().anyMatch(ToolOccupation::hotTechnology);
  }

  /** In Demand for at least one occupation. */
  public boolean inDemand() {
    return occupations.stream().anyMatch(ToolOccupation::inDemand);
  }

  /** An occupation that uses a tool, with that occupation's O*NET flags for it. */
  public record ToolOccupation(
      String code, String title, boolean hotTechnology, boolean inDemand) {}
}
