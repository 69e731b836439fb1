package careersearch.server.knowledge;

import careersearch.indexer.model.ArticleSection;
import careersearch.indexer.model.SkillStatement;
import careersearch.server.knowledge.ToolLexicon.Mention;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seed article as the linkers see it: its sections and skill statements in article order, each
 * with the tools it names; the roles it is about and the categories of its tool lists.
 */
final class Article {
  /** A section and the tools its text names. */
  record Section(ArticleSection section, List<Mention> tools) {}

  /** A skill statement: the tools it gives as examples, then any other tool it names. */
  record Skill(SkillStatement skill, List<Mention> tools) {}

  // "- Programming Languages: Python, R" in the article's tool lists
  private static final Pattern CATEGORY_LINE = Pattern.compile("^-\\s+([^:]+):");

  private final List<Section> sections = new ArrayList<>();
  private final List<Skill> skills = new ArrayList<>();
  private final Set<String> roles = new LinkedHashSet<>();
  private final Set<String> categories = new LinkedHashSet<>();

  Article(List<ArticleSection> sections, List<SkillStatement> skills, ToolLexicon lexicon) {
    for (ArticleSection s : sections) {
      // a section without text is stored without it
      ArticleSection section =
          s.text() != null
              ? s
              : new ArticleSection(s.id(), s.headingPath(), s.roles(), s.order(), "");
      roles.addAll(section.roles());
      addCategories(section);
      this.sections.add(new Section(section, lexicon.inText(s.text())));
    }
    this.sections.sort(Comparator.comparingInt(s -> s.section().order()));
    for (SkillStatement s : skills) {
      if (s.role() != null) {
        roles.add(s.role());
      }
      Map<String, Mention> mentions = new LinkedHashMap<>();
      for (String name : s.tools()) {
        lexicon.inEntry(name).forEach(m -> mentions.putIfAbsent(m.toolId(), m));
      }
      lexicon.inText(s.text()).forEach(m -> mentions.putIfAbsent(m.toolId(), m));
      this.skills.add(new Skill(s, List.copyOf(mentions.values())));
    }
    this.skills.sort(Comparator.comparingInt(s -> s.skill().order()));
  }

  private void addCategories(ArticleSection s) {
    List<String> path = s.headingPath();
    if (!s.roles().isEmpty() && path.size() > 1 && path.get(0).startsWith("Tools")) {
      for (String line : s.text().split("\n")) {
        Matcher m = CATEGORY_LINE.matcher(line);
        if (m.find()) {
          categories.add(m.group(1).strip());
        }
      }
    }
  }

  /** In article order. */
  List<Section> sections() {
    return Collections.unmodifiableList(sections);
  }

  Optional<Section> section(String id) {
    return sections.stream().filter(s -> s.section().id().equals(id)).findFirst();
  }

  /** In article order. */
  List<Skill> skills() {
    return Collections.unmodifiableList(skills);
  }

  Optional<Skill> skill(String id) {
    return skills.stream().filter(s -> s.skill().id().equals(id)).findFirst();
  }

  /** Roles the article is about (role facet of sections and skills), in article order. */
  Set<String> roles() {
    return Collections.unmodifiableSet(roles);
  }

  /** A category name of the article's tool lists. */
  boolean isCategory(String category) {
    return categories.contains(category);
  }
}
