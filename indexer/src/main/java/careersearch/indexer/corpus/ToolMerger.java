package careersearch.indexer.corpus;

import careersearch.indexer.model.ArticleTool;
import careersearch.indexer.model.OnetTechnology;
import careersearch.indexer.model.Tool;
import careersearch.indexer.model.Tool.ToolOccupation;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Merges the article's tool lists with O*NET Technology Skills into one {@link Tool} per distinct
 * tool. O*NET examples are grouped by name ignoring case; an article tool joins the group named by
 * its alias, else by its own name; article tools O*NET does not know become tools of their own.
 */
public final class ToolMerger {
  private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private ToolMerger() {}

  /**
   * @param occupationTitlesByCode O*NET occupation titles, to label each tool's occupations
   * @return article tools first in article order, then the other O*NET tools by name
   */
  public static List<Tool> merge(
      List<ArticleTool> articleTools,
      List<OnetTechnology> technologies,
      Map<String, String> occupationTitlesByCode,
      ToolAliases aliases) {
    Map<String, OnetGroup> onet = groupOnet(technologies);
    Map<String, Draft> drafts = new LinkedHashMap<>();
    for (ArticleTool tool : articleTools) {
      // Keys of unmatched article tools cannot clash with O*NET keys: they are not O*NET names.
      String key = onetKey(tool.name(), aliases, onet).orElse(key(tool.name()));
      drafts.computeIfAbsent(key, k -> new Draft(tool.name(), onet.get(k))).add(tool);
    }
    onet.entrySet().stream()
        .filter(e -> !drafts.containsKey(e.getKey()))
        .map(e -> new Draft(e.getValue().displayName(), e.getValue()))
        .sorted(
            Comparator.comparing((Draft d) -> d.name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(d -> d.name))
        .forEach(d -> drafts.put(key(d.name), d));
    Set<String> usedIds = new HashSet<>();
    List<Tool> tools = new ArrayList<>(drafts.size());
    for (Draft d : drafts.values()) {
      tools.add(d.toTool(uniqueId(d.name, usedIds), occupationTitlesByCode));
    }
    return tools;
  }

  /**
   * URL-safe form of a tool name: lower case, '+' as "p" and '#' as "sharp" (so C++ is "cpp" and C#
   * is "csharp" rather than both "c"), other runs of non-alphanumerics as '-'.
   */
  static String slug(String name) {
    String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    String lower = plain.toLowerCase(Locale.ROOT).replace("+", "p").replace("#", "sharp");
    String slug = NON_SLUG.matcher(lower).replaceAll("-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "unnamed" : slug;
  }

  /** {@code tool:<slug>}, suffixed -2, -3, ... when an earlier tool already has that id. */
  private static String uniqueId(String name, Set<String> usedIds) {
    String base = "tool:" + slug(name);
    String id = base;
    for (int n = 2; !usedIds.add(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  private static Map<String, OnetGroup> groupOnet(List<OnetTechnology> technologies) {
    Map<String, OnetGroup> groups = new HashMap<>();
    for (OnetTechnology t : technologies) {
      groups.computeIfAbsent(key(t.example()), k -> new OnetGroup()).add(t);
    }
    return groups;
  }

  private static Optional<String> onetKey(
      String articleName, ToolAliases aliases, Map<String, OnetGroup> onet) {
    return aliases
        .onetName(articleName)
        .map(ToolMerger::key)
        .filter(onet::containsKey)
        .or(() -> Optional.of(key(articleName)).filter(onet::containsKey));
  }

  /** All O*NET rows for one tool name (ignoring case). */
  private static final class OnetGroup {
    // Insertion order breaks ties between equally frequent spellings: first seen wins.
    private final Map<String, Integer> spellingCounts = new LinkedHashMap<>();
    private final Map<String, Set<String>> codesByCommodity = new HashMap<>();
    private final Map<String, Flags> flagsByCode = new HashMap<>();

    void add(OnetTechnology t) {
      spellingCounts.merge(t.example(), 1, Integer::sum);
      codesByCommodity
          .computeIfAbsent(t.commodityTitle(), c -> new HashSet<>())
          .add(t.occupationCode());
      flagsByCode.merge(t.occupationCode(), new Flags(t.hotTechnology(), t.inDemand()), Flags::or);
    }

    /** Spellings, most frequent first. */
    List<String> spellings() {
      return spellingCounts.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
          .map(Map.Entry::getKey)
          .toList();
    }

    String displayName() {
      return spellings().get(0);
    }

    /** Commodity titles, the one most occupations list the tool under first. */
    List<String> commodities() {
      return codesByCommodity.entrySet().stream()
          .sorted(
              Comparator.comparing((Map.Entry<String, Set<String>> e) -> -e.getValue().size())
                  .thenComparing(Map.Entry::getKey))
          .map(Map.Entry::getKey)
          .toList();
    }

    /** Occupations using the tool: hot first, then in demand, then by code. */
    List<ToolOccupation> occupations(Map<String, String> titlesByCode) {
      return flagsByCode.entrySet().stream()
          .map(
              e ->
                  new ToolOccupation(
                      e.getKey(),
                      titlesByCode.get(e.getKey()),
                      e.getValue().hot(),
                      e.getValue().inDemand()))
          .sorted(
              Comparator.comparing((ToolOccupation o) -> !o.hotTechnology())
                  .thenComparing(o -> !o.inDemand())
                  .thenComparing(ToolOccupation::code))
          .toList();
    }
  }

  /** An occupation's flags for a tool; a tool listed twice for one occupation keeps any flag. */
  private record Flags(boolean hot, boolean inDemand) {
    Flags or(Flags other) {
      return new Flags(hot || other.hot, inDemand || other.inDemand);
    }
  }

  /** A tool being assembled from its article entries and its O*NET group (null when none). */
  private static final class Draft {
    private final String name;
    private final OnetGroup onet;
    private final Set<String> categories = new LinkedHashSet<>();
    private final Set<String> roles = new LinkedHashSet<>();

    Draft(String name, OnetGroup onet) {
      this.name = name;
      this.onet = onet;
    }

    void add(ArticleTool tool) {
      addIfPresent(categories, tool.category());
      addIfPresent(roles, tool.role());
    }

    Tool toTool(String id, Map<String, String> titlesByCode) {
      Set<String> allCategories = new LinkedHashSet<>(categories);
      List<ToolOccupation> occupations = List.of();
      List<String> onetNames = List.of();
      if (onet != null) {
        allCategories.addAll(onet.commodities());
        occupations = onet.occupations(titlesByCode);
        onetNames = onet.spellings();
      }
      return new Tool(
          id, name, List.copyOf(allCategories), List.copyOf(roles), occupations, onetNames);
    }

    private static void addIfPresent(Set<String> set, String value) {
      if (value != null && !value.isBlank()) {
        set.add(value.strip());
      }
    }
  }
}
