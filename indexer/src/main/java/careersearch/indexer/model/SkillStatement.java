package careersearch.indexer.model;

import careersearch.schema.SourceFields;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One required-skill statement of the article.
 *
 * @param id stable id, e.g. {@code skill:machine-learning-engineer-2}
 * @param role the role the statement belongs to
 * @param text the statement as written
 * @param tools tool names the statement mentions, as written in the article
 * @param order position within the article's skill lists, from 1
 */
public record SkillStatement(
    @JsonProperty(SourceFields.ID) String id,
    @JsonProperty(SourceFields.ROLE) String role,
    // the statement is its document's title
    @JsonProperty(SourceFields.TITLE) String text,
    @JsonProperty(SourceFields.TOOLS) List<String> tools,
    @JsonProperty(SourceFields.ORDER) int order) {}
