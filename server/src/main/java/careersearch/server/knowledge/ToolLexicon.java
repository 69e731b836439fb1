package careersearch.server.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes the index's tool names in text: a job's title, description and skills, an article
 * section, a skill statement.
 *
 * <p>Each tool is known by its names (its display name and the O*NET names merged into it) and by
 * short forms derived from O*NET's naming habits: a trailing " software" dropped from a product
 * name ("Microsoft Azure software" is also "Microsoft Azure", but "Artificial intelligence
 * software" names a kind of software and stays whole), a leading vendor dropped ("Azure", "Spark"),
 * and a trailing acronym of the words before it ("Amazon Web Services AWS software" is also "AWS",
 * but "... for Automated Inspection AI" is not "AI"). A name always wins over another tool's short
 * form; a short form shared by several tools goes to the tool that most O*NET occupations use.
 *
 * <p>Text is cut into words (letters and digits, joined by dots as in "Node.js", with a trailing
 * "++", "+" or "#" as in "C++"); the longest run of words that spells a name wins. Because tool
 * names include everyday words ("Go", "Zoom", "Project") and generic phrases ("Programming
 * languages"), free text is read strictly:
 *
 * <ul>
 *   <li>a name written as one unit ("PyTorch", "Scikit-learn", "PL/SQL") must be written exactly,
 *       case included: "Python" but not "python" or "PYTHON";
 *   <li>a one-letter name ("R", "C") must also stand alone: "R&amp;D" and "C-level" are no tools;
 *   <li>a one-word name that O*NET's own prose uses as a lower-case word (an <em>ordinary</em>
 *       word: go, zoom, puppet, spark) only counts when its spelling is distinctive (a capital or
 *       digit after the first letter, as in "TypeScript"), and a short form that is an ordinary
 *       word never counts in free text;
 *   <li>a name of several words counts, ignoring case ("apache spark"), when it reads as a name: a
 *       word after the first has a capital, a digit or a symbol ("Apache Spark", "Ruby on Rails",
 *       but not "Shell script" or "Programming languages").
 * </ul>
 *
 * A list entry (a posting's {@code skills}, a skill statement's tools) that is as a whole a name or
 * a short form counts ignoring case, ordinary words and phrases included ("Spark", "excel");
 * otherwise the entry is read as free text.
 */
final class ToolLexicon {
  /** A tool named in a text: which tool, the words as written, and where they start. */
  record Mention(String toolId, String surface, int start) {}

  /** The input for one tool: id, names (display name first) and how many occupations use it. */
  record ToolNames(String id, List<String> names, int occupations) {}

  private static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{N}]+(?:\\.[\\p{L}\\p{N}]+)*(?:\\+\\+|\\+|#)?");

  /** Vendor prefixes O*NET puts in front of product names, longest first. */
  private static final List<String> VENDORS =
      List.of(
          "Amazon Web Services",
          "The MathWorks",
          "Red Hat",
          "Amazon",
          "Apache",
          "Microsoft",
          "Google",
          "Oracle",
          "IBM",
          "Atlassian",
          "Adobe",
          "Autodesk",
          "Apple");

  private static final String SOFTWARE_SUFFIX = " software";
  private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9]+");
  private static final Set<String> SHORT_WORDS =
      Set.of("for", "of", "and", "the", "to", "in", "on");
  private static final String STANDALONE_NEIGHBOURS = "&'-/_@";

  /** A spelling of a tool: the text as known, its words, and whether it is a derived form. */
  private record Form(String toolId, String text, List<String> words, boolean derived) {}

  private final Map<String, Form> forms = new HashMap<>();
  private final Set<String> ordinaryWords;
  private final int maxWords;

  /**
   * The first word (lower-cased) of every form: a text's word that starts none is passed over
   * without building the phrases it would start, which is most words of a description.
   */
  private final Set<String> firstWords = new java.util.HashSet<>();

  /**
   * @param tools in index order (earlier tools win clashes between names)
   * @param ordinaryWords lower-case words of everyday prose (O*NET descriptions and tasks)
   */
  ToolLexicon(List<ToolNames> tools, Set<String> ordinaryWords) {
    this.ordinaryWords = ordinaryWords;
    for (ToolNames tool : tools) {
      for (String name : tool.names()) {
        Form form = form(tool.id(), name, false);
        if (form != null) {
          forms.putIfAbsent(key(form.words()), form);
        }
      }
    }
    Map<String, ToolNames> derivedOwner = new HashMap<>();
    Map<String, Form> derivedForms = new HashMap<>();
    for (ToolNames tool : tools) {
      for (String name : tool.names()) {
        for (String shortForm : derive(name)) {
          Form form = form(tool.id(), shortForm, true);
          if (form == null || forms.containsKey(key(form.words()))) {
            continue;
          }
          String key = key(form.words());
          ToolNames owner = derivedOwner.get(key);
          // the short form goes to the tool most occupations use; on a tie the earlier tool keeps
          // it
          if (owner == null || tool.occupations() > owner.occupations()) {
            derivedOwner.put(key, tool);
            derivedForms.put(key, form);
          }
        }
      }
    }
    forms.putAll(derivedForms);
    this.maxWords = forms.values().stream().mapToInt(f -> f.words().size()).max().orElse(1);
    for (String key : forms.keySet()) {
      int space = key.indexOf(' ');
      firstWords.add(space < 0 ? key : key.substring(0, space));
    }
  }

  /** Tools named in free text, in order of appearance, each tool once. */
  List<Mention> inText(String text) {
    List<Mention> mentions = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return mentions;
    }
    List<int[]> spans = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    Set<String> seen = new LinkedHashSet<>();
    int i = 0;
    while (i < spans.size()) {
      String first = text.substring(spans.get(i)[0], spans.get(i)[1]).toLowerCase(Locale.ROOT);
      if (!firstWords.contains(first)) {
        i++;
        continue;
      }
      int matched = 0;
      for (int n = Math.min(maxWords, spans.size() - i); n >= 1 && matched == 0; n--) {
        List<String> words = new ArrayList<>(n);
        for (int k = i; k < i + n; k++) {
          words.add(text.substring(spans.get(k)[0], spans.get(k)[1]));
        }
        Form form = forms.get(key(words));
        if (form != null && acceptInText(form, words, text, spans.get(i)[0], spans.get(i)[1])) {
          matched = n;
          if (seen.add(form.toolId())) {
            int start = spans.get(i)[0];
            mentions.add(
                new Mention(form.toolId(), text.substring(start, spans.get(i + n - 1)[1]), start));
          }
        }
      }
      i += Math.max(matched, 1);
    }
    return mentions;
  }

  /** Tools named by a list entry: the whole entry when it is a name, else as free text. */
  List<Mention> inEntry(String entry) {
    if (entry == null || entry.isBlank()) {
      return List.of();
    }
    List<String> words = words(entry);
    Form form = words.isEmpty() ? null : forms.get(key(words));
    if (form != null) {
      return List.of(new Mention(form.toolId(), entry.strip(), 0));
    }
    return inText(entry);
  }

  private boolean acceptInText(Form form, List<String> written, String text, int start, int end) {
    if (form.text().strip().contains(" ")) {
      // several words: a name ("Apache Spark", "Ruby on Rails"), not a phrase ("Shell script")
      return nameLike(form.text());
    }
    // one unit ("PyTorch", "Scikit-learn", "PL/SQL"): written exactly as known
    if (!written.equals(form.words())) {
      return false;
    }
    if (form.words().size() > 1) {
      return true;
    }
    String word = form.words().get(0);
    boolean ordinary = ordinaryWords.contains(word.toLowerCase(Locale.ROOT));
    if (form.derived() && ordinary) {
      return false;
    }
    if (word.length() == 1) {
      return standsAlone(text, start, end);
    }
    return !ordinary || distinctive(word);
  }

  /** A word after the first starts with a capital or digit or has a symbol. */
  private static boolean nameLike(String text) {
    String[] parts = text.strip().split("\\s+");
    for (int i = 1; i < parts.length; i++) {
      char c = parts[i].charAt(0);
      if (Character.isUpperCase(c)
          || Character.isDigit(c)
          || !parts[i].chars().allMatch(Character::isLetter)) {
        return true;
      }
    }
    return false;
  }

  /** Not glued to a neighbour by "&", "'", "-", "/" ... ("R&D", "C-level"). */
  private static boolean standsAlone(String text, int start, int end) {
    boolean before = start == 0 || STANDALONE_NEIGHBOURS.indexOf(text.charAt(start - 1)) < 0;
    boolean after = end == text.length() || STANDALONE_NEIGHBOURS.indexOf(text.charAt(end)) < 0;
    return before && after;
  }

  /** A capital or digit after the first letter, or a symbol: TypeScript, PuTTY, C++. */
  private static boolean distinctive(String word) {
    for (int i = 1; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isUpperCase(c) || Character.isDigit(c) || !Character.isLetter(c)) {
        return true;
      }
    }
    return false;
  }

  private static Form form(String toolId, String text, boolean derived) {
    List<String> words = words(text);
    return words.isEmpty() ? null : new Form(toolId, text, words, derived);
  }

  /** Short forms of an O*NET name (see the class comment). */
  static Set<String> derive(String name) {
    Set<String> out = new LinkedHashSet<>();
    String n = name.strip();
    if (n.toLowerCase(Locale.ROOT).endsWith(SOFTWARE_SUFFIX)
        && n.length() > SOFTWARE_SUFFIX.length()) {
      String product = n.substring(0, n.length() - SOFTWARE_SUFFIX.length()).strip();
      // "Microsoft Azure software" names a product; "Artificial intelligence software" a kind
      if (Arrays.stream(product.split("\\s+")).noneMatch(w -> Character.isLowerCase(w.charAt(0)))) {
        n = product;
        out.add(n);
      }
    }
    for (String vendor : VENDORS) {
      if (n.startsWith(vendor + " ")) {
        String product = n.substring(vendor.length()).strip();
        out.add(product);
        addAcronym(product, out);
        break;
      }
    }
    addAcronym(n, out);
    out.remove(name.strip());
    return out;
  }

  /**
   * "Amazon Web Services AWS" -&gt; "AWS": a final all-capitals word that is the initials of all
   * the words before it (short words such as "for" and "of" may be skipped): "Microsoft Visual
   * Basic for Applications VBA" -&gt; "VBA", but not "... for Automated Inspection AI".
   */
  private static void addAcronym(String name, Set<String> out) {
    String[] parts = name.split("\\s+");
    if (parts.length < 3 || !ACRONYM.matcher(parts[parts.length - 1]).matches()) {
      return;
    }
    StringBuilder all = new StringBuilder();
    StringBuilder skipping = new StringBuilder();
    for (int i = 0; i < parts.length - 1; i++) {
      char initial = Character.toUpperCase(parts[i].charAt(0));
      all.append(initial);
      if (!SHORT_WORDS.contains(parts[i].toLowerCase(Locale.ROOT))) {
        skipping.append(initial);
      }
    }
    String acronym = parts[parts.length - 1];
    if (acronym.contentEquals(all) || acronym.contentEquals(skipping)) {
      out.add(acronym);
    }
  }

  /** The words of a text as the lexicon cuts them. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /** Every lower-case word of a text: what counts as ordinary when the text is everyday prose. */
  static void addLowerCaseWords(String text, Set<String> out) {
    if (text == null) {
      return;
    }
    for (String word : words(text)) {
      if (word.equals(word.toLowerCase(Locale.ROOT))) {
        out.add(word);
      }
    }
  }

  private static String key(List<String> words) {
    return String.join(" ", words).toLowerCase(Locale.ROOT);
  }
}
