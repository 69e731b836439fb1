package careersearch.indexer.model;

import careersearch.schema.SourceFields;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
@JsonPropertyOrder({
  SourceFields.ID,
  SourceFields.NAME,
  SourceFields.CATEGORIES,
  SourceFields.ROLES,
  SourceFields.HOT_TECHNOLOGY,
  SourceFields.IN_DEMAND,
  SourceFields.ONET_NAMES,
  SourceFields.OCCUPATIONS
})
public record Tool(
    @JsonProperty(SourceFields.ID) String id,
    @JsonProperty(SourceFields.NAME) String name,
    @JsonProperty(SourceFields.CATEGORIES) List<String> categories,
    @JsonProperty(SourceFields.ROLES) List<String> roles,
    @JsonProperty(SourceFields.OCCUPATIONS) List<ToolOccupation> occupations,
    @JsonProperty(SourceFields.ONET_NAMES) List<String> onetNames) {

  /** Hot Technology for at least one occupation. */
  @JsonProperty(value = SourceFields.HOT_TECHNOLOGY, access = JsonProperty.Access.READ_ONLY)
  public boolean hotTechnology() {
    return occupations.stream().anyMatch(ToolOccupation::hotTechnology);
  }

  /** In Demand for at least one occupation. */
  @JsonProperty(value = SourceFields.IN_DEMAND, access = JsonProperty.Access.READ_ONLY)
  public boolean inDemand() {
    return occupations.stream().anyMatch(ToolOccupation::inDemand);
  }

  /** An occupation that uses a tool, with that occupation's O*NET flags for it. */
  public record ToolOccupation(
      @JsonProperty(SourceFields.CODE) String code,
      @JsonProperty(SourceFields.TITLE) String title,
      @JsonProperty(SourceFields.HOT_TECHNOLOGY) boolean hotTechnology,
      @JsonProperty(SourceFields.IN_DEMAND) boolean inDemand) {}

  /** Its name, then the O*NET names merged into it, without repeats. */
  public List<String> allNames() {
    Set<String> names = new LinkedHashSet<>();
    names.add(name);
    names.addAll(onetNames);
    return List.copyOf(names);
  }
}
