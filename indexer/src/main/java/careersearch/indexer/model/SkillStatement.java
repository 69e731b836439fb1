package careersearch.indexer.model;

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
public record SkillStatement(String id, String role, String text, List<String> tools, int order) {}
