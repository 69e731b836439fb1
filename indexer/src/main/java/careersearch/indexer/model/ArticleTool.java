package careersearch.indexer.model;

/**
 * A tool named in the article's "Tools and Software Used" section.
 *
 * @param name as written (e.g. PyTorch)
 * @param category the list it is in (e.g. Machine Learning Frameworks)
 * @param role the role whose list it is in
 */
public record ArticleTool(String name, String category, String role) {}
