package careersearch.indexer.model;

import careersearch.schema.SourceFields;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One section of the seed article.
 *
 * @param id stable id, e.g. {@code section:required-skills/machine-learning-engineer-skills}
 * @param headingPath headings from the top, e.g. [Required Skills, Machine Learning Engineer
 *     Skills]
 * @param roles roles the section is about (empty when it is about both or neither)
 * @param order position in the article, from 1
 * @param text the section's text, list items one per line
 */
public record ArticleSection(
    @JsonProperty(SourceFields.ID) String id,
    @JsonProperty(SourceFields.HEADING_PATH) List<String> headingPath,
    @JsonProperty(SourceFields.ROLES) List<String> roles,
    @JsonProperty(SourceFields.ORDER) int order,
    @JsonProperty(SourceFields.TEXT) String text) {
  public String title() {
    return headingPath.get(headingPath.size() - 1);
  }
}
