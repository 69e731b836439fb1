package careersearch.indexer.corpus;

import careersearch.indexer.model.ArticleSection;
import careersearch.indexer.model.ArticleTool;
import careersearch.indexer.model.SkillStatement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the seed article into sections, required-skill statements and the tools it lists.
 *
 * <p>The article is plain text without markup, so structure is inferred from the lines: a top-level
 * heading is a short line without final punctuation that is followed by content; a role sub-heading
 * is a {@code Role ...:} line (or a {@code Role: text} paragraph) whose text starts with one of the
 * two roles the article compares.
 */
public final class SeedArticleParser {
  /** The roles the article compares; a sub-heading belongs to the role it starts with. */
  public static final List<String> ROLES =
      List.of("Machine Learning Engineer", "Data Science Engineer");

  static final String SKILLS_HEADING = "Required Skills";
  static final String TOOLS_HEADING = "Tools and Software Used";
  private static final String INTRODUCTION = "Introduction";
  private static final String CONCLUSION = "Conclusion";
  private static final String CONCLUSION_OPENING = "in conclusion";
  private static final String TABLE_OF_CONTENTS = "Table of contents";

  // Headings are short; anything longer is a sentence even without a full stop.
  private static final int MAX_HEADING_CHARS = 80;
  private static final int MAX_HEADING_WORDS = 10;
  private static final String FINAL_PUNCTUATION = ".,;:!?";

  // "Role Skills:" or "Role: definition text"; the prefix limit keeps sentences out.
  private static final Pattern SUB_HEADING = Pattern.compile("^([^:]{1,80}):(?:\\s+(.*))?$");
  private static final Pattern TOOL_ITEM = Pattern.compile("^-\\s+([^:]+):\\s*(.+)$");

  // Tool mentions: "(e.g., A, B)", "such as A, B, or C", "like A and B" ...
  private static final Pattern EXAMPLES = Pattern.compile("\\(\\s*e\\.g\\.,?\\s*([^)]*)\\)");
  private static final Pattern SUCH_AS = Pattern.compile("\\b(?:such as|like)\\s+([^.;()]+)");
  // ... and, failing those, a closing list of names: "skills in Python or R."
  private static final Pattern CLOSING_IN = Pattern.compile("\\bin\\s+([^.;()]+)\\.?$");
  private static final Pattern LIST_SEPARATOR =
      Pattern.compile("\\s*,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+");

  private final List<ArticleSection> sections = new ArrayList<>();
  private final List<SkillStatement> skills = new ArrayList<>();
  private final List<ArticleTool> tools = new ArrayList<>();

  private SeedArticleParser(List<String> lines) {
    List<RawSection> raw = new Splitter(lines).split();
    for (RawSection r : raw) {
      if (!r.lines.isEmpty()) {
        addSection(r);
      }
    }
    raw.stream().filter(r -> isUnder(r, SKILLS_HEADING)).forEach(this::addSkills);
    raw.stream().filter(r -> isUnder(r, TOOLS_HEADING)).forEach(this::addTools);
  }

  /** Parses the article part of a seed document. */
  public static SeedArticleParser parse(SeedDocument doc) {
    return parse(doc.articleLines());
  }

  /** Parses article lines (no posting lines). */
  public static SeedArticleParser parse(List<String> articleLines) {
    return new SeedArticleParser(articleLines);
  }

  public List<ArticleSection> sections() {
    return List.copyOf(sections);
  }

  public List<SkillStatement> skills() {
    return List.copyOf(skills);
  }

  public List<ArticleTool> tools() {
    return List.copyOf(tools);
  }

  /** {@code section:} + the slugged heading path, e.g. {@code section:required-skills/x}. */
  static String sectionId(List<String> headingPath) {
    List<String> slugs = headingPath.stream().map(SeedArticleParser::slug).toList();
    return "section:" + String.join("/", slugs);
  }

  /** Lower case, runs of non-alphanumerics to '-', no leading or trailing '-'. */
  static String slug(String text) {
    String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return s.replaceAll("^-+|-+$", "");
  }

  private void addSection(RawSection r) {
    sections.add(
        new ArticleSection(
            sectionId(r.headingPath),
            List.copyOf(r.headingPath),
            r.role == null ? List.of() : List.of(r.role),
            sections.size() + 1,
            String.join("\n", r.lines)));
  }

  private static boolean isUnder(RawSection r, String heading) {
    return r.role != null && r.headingPath.get(0).equalsIgnoreCase(heading);
  }

  private void addSkills(RawSection r) {
    int perRole = 0;
    for (String line : r.lines) {
      if (line.startsWith("- ")) {
        String text = line.substring(2).trim();
        String id = "skill:" + slug(r.role) + "-" + (++perRole);
        skills.add(new SkillStatement(id, r.role, text, mentionedTools(text), skills.size() + 1));
      }
    }
  }

  private void addTools(RawSection r) {
    for (String line : r.lines) {
      Matcher m = TOOL_ITEM.matcher(line);
      if (m.matches()) {
        String category = m.group(1).trim();
        for (String name : m.group(2).split(",")) {
          if (!name.isBlank()) {
            tools.add(new ArticleTool(name.trim(), category, r.role));
          }
        }
      }
    }
  }

  /** Tool names a skill statement gives as examples, in order of appearance. */
  static List<String> mentionedTools(String statement) {
    Set<String> names = new LinkedHashSet<>();
    for (Pattern p : List.of(EXAMPLES, SUCH_AS)) {
      Matcher m = p.matcher(statement);
      while (m.find()) {
        names.addAll(splitNames(m.group(1)));
      }
    }
    if (names.isEmpty()) {
      names.addAll(closingNameList(statement));
    }
    return List.copyOf(names);
  }

  /** "Python, Java, or C++" -> [Python, Java, C++]; trailing lower-case words are dropped. */
  private static List<String> splitNames(String list) {
    List<String> names = new ArrayList<>();
    for (String item : LIST_SEPARATOR.split(list.trim())) {
      String name = leadingName(item);
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }

  /** The words of an item up to the first lower-case one: "Pandas for ETL" -> "Pandas". */
  private static String leadingName(String item) {
    List<String> words = new ArrayList<>();
    for (String word : item.trim().split("\\s+")) {
      if (word.isEmpty() || Character.isLowerCase(word.charAt(0))) {
        break;
      }
      words.add(word);
    }
    return String.join(" ", words);
  }

  /**
   * "skills in Python or R." -> [Python, R]; only when every item is a name, so that prose such as
   * "degree in computer science" does not count.
   */
  private static List<String> closingNameList(String statement) {
    Matcher m = CLOSING_IN.matcher(statement);
    if (!m.find()) {
      return List.of();
    }
    String[] items = LIST_SEPARATOR.split(m.group(1).trim());
    List<String> names = new ArrayList<>();
    for (String item : items) {
      String name = leadingName(item);
      if (name.isEmpty() || !name.equals(item.trim())) {
        return List.of();
      }
      names.add(name);
    }
    return names;
  }

  /** A section before ids and order are assigned. */
  private static final class RawSection {
    final List<String> headingPath;
    final String role;
    final List<String> lines = new ArrayList<>();

    RawSection(List<String> headingPath, String role) {
      this.headingPath = headingPath;
      this.role = role;
    }
  }

  /** One pass over the lines, opening a new section at each heading. */
  private static final class Splitter {
    private final List<String> lines;
    private final List<RawSection> out = new ArrayList<>();
    private RawSection top; // the current top-level section (or intro / conclusion)
    private RawSection current; // where text lines go

    Splitter(List<String> lines) {
      this.lines = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    List<RawSection> split() {
      open(List.of(INTRODUCTION), null, true);
      boolean introHasParagraph = false;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (top.headingPath.get(0).equals(INTRODUCTION) && !introHasParagraph) {
          // The article opens with title lines (which look like headings) and a paragraph;
          // headings only count once that paragraph has been seen.
          if (!line.equalsIgnoreCase(TABLE_OF_CONTENTS)) {
            current.lines.add(line);
            introHasParagraph = !looksLikeHeading(line);
          }
        } else if (line.toLowerCase(Locale.ROOT).startsWith(CONCLUSION_OPENING)) {
          open(List.of(CONCLUSION), null, true);
          current.lines.add(line);
        } else if (isHeading(i)) {
          open(List.of(line), null, true);
        } else if (!acceptSubHeading(line)) {
          i = addText(i);
        }
      }
      return out;
    }

    private boolean isHeading(int i) {
      return looksLikeHeading(lines.get(i)) && i + 1 < lines.size();
    }

    /** A line of the form of a heading; whether content follows is checked separately. */
    private static boolean looksLikeHeading(String line) {
      char last = line.charAt(line.length() - 1);
      return !line.startsWith("-")
          && line.length() <= MAX_HEADING_CHARS
          && line.split("\\s+").length <= MAX_HEADING_WORDS
          && FINAL_PUNCTUATION.indexOf(last) < 0;
    }

    /** Opens a role sub-section for "Role Skills:" or "Role: text"; false if not one. */
    private boolean acceptSubHeading(String line) {
      if (line.startsWith("-") || top.headingPath.get(0).equals(CONCLUSION)) {
        return false;
      }
      Matcher m = SUB_HEADING.matcher(line);
      if (!m.matches()) {
        return false;
      }
      String heading = m.group(1).strip();
      Optional<String> role = ROLES.stream().filter(heading::startsWith).findFirst();
      if (role.isEmpty()) {
        return false;
      }
      open(List.of(top.headingPath.get(0), heading), role.get(), false);
      if (m.group(2) != null && !m.group(2).isBlank()) {
        current.lines.add(m.group(2).strip());
      }
      return true;
    }

    /** Adds a text line; a lone "-" is a list marker whose item is on the next line. */
    private int addText(int i) {
      String line = lines.get(i);
      if (line.equals("-") && i + 1 < lines.size()) {
        current.lines.add("- " + lines.get(i + 1));
        return i + 1;
      }
      current.lines.add(line);
      return i;
    }

    private void open(List<String> headingPath, String role, boolean topLevel) {
      current = new RawSection(headingPath, role);
      if (topLevel) {
        top = current;
      }
      out.add(current);
    }
  }
}
