package careersearch.server.solr;

import careersearch.schema.FacetDim;
import careersearch.schema.Fields;
import careersearch.schema.SalaryBand;
import careersearch.server.query.Exclusions;
import careersearch.server.query.Interpretation;
import careersearch.server.query.QueryVocabulary;
import careersearch.server.query.TextWeights;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds Solr (standard parser) query strings the way the embedded backend builds Lucene queries,
 * with the same {@link TextWeights}: every word OR-ed over title^3 tags^2 body, "quoted phrases",
 * trailing prefix*, -exclusion, a phrase boost over title and tags, and the interpretations as
 * constant-score boosts. Every piece of user input is escaped, so no input is Solr syntax and no
 * input makes the parser fail; the analysis (mappings, synonyms, stemming) is Solr's, from the same
 * generated configset.
 */
public final class SolrQueryText {
  private SolrQueryText() {}

  private static final List<String> FIELDS = List.of(Fields.TITLE, Fields.TAGS, Fields.BODY);

  /** Matches every document. */
  static final String ALL = "*:*";

  /** One unit of what was typed: a word, a phrase or a prefix, maybe negated. */
  record Unit(String text, boolean phrase, boolean prefix, boolean negated) {}

  /**
   * Splits text like {@link org.apache.lucene.queryparser.simple.SimpleQueryParser} with our flags.
   */
  static List<Unit> units(String text) {
    List<Unit> units = new ArrayList<>();
    String s = TextWeights.boundPrefixes(text);
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      boolean negated = false;
      while (i < n && s.charAt(i) == '-') {
        negated = !negated;
        i++;
      }
      if (i >= n) {
        break;
      }
      if (s.charAt(i) == '"') {
        int end = s.indexOf('"', i + 1);
        if (end < 0) {
          i++; // an unbalanced quote is read as a space
          continue;
        }
        String phrase = s.substring(i + 1, end);
        if (!phrase.isBlank()) {
          units.add(new Unit(phrase, true, false, negated));
        }
        i = end + 1;
        continue;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '"') {
        i++;
      }
      String word = s.substring(start, i);
      boolean prefix = word.endsWith("*");
      String stem = prefix ? word.replaceAll("\\*+$", "") : word;
      if (!stem.isEmpty()) {
        units.add(new Unit(stem, false, prefix, negated));
      }
    }
    return units;
  }

  /** The words of a text OR-ed (or AND-ed), over the weighted fields; blank text matches all. */
  static String words(String text, boolean all) {
    if (text == null || text.isBlank()) {
      return ALL;
    }
    List<String> clauses = new ArrayList<>();
    for (Unit unit : units(text)) {
      String fields = overFields(unit);
      clauses.add((unit.negated() ? "-" : all ? "+" : "") + fields);
    }
    // nothing searchable (only operators or punctuation): Lucene's side matches nothing too
    return clauses.isEmpty() ? "-" + ALL : String.join(" ", clauses);
  }

  private static String overFields(Unit unit) {
    List<String> perField = new ArrayList<>();
    for (String field : FIELDS) {
      String term =
          unit.phrase()
              ? '"' + inPhrase(unit.text()) + '"'
              : escape(unit.text()) + (unit.prefix() ? "*" : "");
      float weight = TextWeights.FIELD_WEIGHTS.get(field);
      perField.add(field + ":" + term + (weight == 1f ? "" : "^" + weight(weight)));
    }
    return "(" + String.join(" ", perField) + ")";
  }

  /** Default mode: words required (any of them), phrase and interpretation boosts optional. */
  static String boosted(String text, List<Interpretation> interpreted) {
    StringBuilder q = new StringBuilder("+(").append(words(text, false)).append(")");
    if (text != null && text.strip().split("\\s+").length >= 2) {
      for (String field : List.of(Fields.TITLE, Fields.TAGS)) {
        q.append(' ')
            .append(field)
            .append(":\"")
            .append(inPhrase(text))
            .append("\"~1^")
            .append(weight(TextWeights.FIELD_WEIGHTS.get(field)));
      }
    }
    for (Interpretation i : interpreted) {
      String boost = boostFor(i);
      if (boost != null) {
        q.append(' ').append(boost);
      }
    }
    return q.toString();
  }

  /** A filter that removes the documents matching any excluded clause or the value it names. */
  static String excluding(Exclusions exclusions, QueryVocabulary vocabulary) {
    List<String> any = new ArrayList<>();
    for (String clause : exclusions.excluded()) {
      String words = words(clause, false);
      if (!words.equals("-" + ALL)) {
        any.add("(" + words + ")");
      }
      for (Interpretation value : Exclusions.values(clause, vocabulary)) {
        String field = value.dimension().equals("tool") ? Fields.ID : value.dimension();
        any.add(field + ":" + quoted(value.value()));
      }
    }
    return any.isEmpty() ? ALL : "*:* -(" + String.join(" ", any) + ")";
  }

  /** Strict mode: the free words, and every recognized tool's words, required. */
  static String strict(String freeText, List<Interpretation> tools) {
    List<String> required = new ArrayList<>();
    if (!freeText.isBlank()) {
      required.add("+(" + words(freeText, false) + ")");
    }
    for (Interpretation tool : tools) {
      required.add("+(" + words(tool.text(), true) + ")");
    }
    return required.isEmpty() ? ALL : String.join(" ", required);
  }

  private static String boostFor(Interpretation i) {
    return switch (i.dimension()) {
      case "tool" -> Fields.ID + ":" + quoted(i.value()) + "^=" + weight(TextWeights.TOOL_BOOST);
      case "salary" ->
          "("
              + overlapping(i.salaryMin(), i.salaryMax())
              + ")^="
              + weight(TextWeights.SALARY_BOOST);
      default ->
          FacetDim.fromParam(i.dimension())
              .map(
                  d -> d.param() + ":" + quoted(i.value()) + "^=" + weight(TextWeights.FACET_BOOST))
              .orElse(null);
    };
  }

  /**
   * Every document but the postings that expired before today: a purely negative filter, which Solr
   * reads as all documents minus the range, so documents without the field stay.
   */
  static String notExpired(LocalDate today) {
    return "-" + Fields.VALID_THROUGH + ":[* TO " + (today.toEpochDay() - 1) + "]";
  }

  /** Documents whose salary range overlaps [min, max]; null ends are open. */
  static String overlapping(Long min, Long max) {
    return "+"
        + Fields.SALARY_MIN_USD
        + ":[* TO "
        + (max == null ? "*" : max)
        + "] +"
        + Fields.SALARY_MAX_USD
        + ":["
        + (min == null ? "*" : min)
        + " TO *]";
  }

  /** A band by the overlap rule: {@code min < to && max >= from}. */
  static String band(SalaryBand band) {
    String upper =
        band.to() == Long.MAX_VALUE
            ? "+" + Fields.SALARY_MIN_USD + ":[* TO *]"
            : "+" + Fields.SALARY_MIN_USD + ":[* TO " + (band.to() - 1) + "]";
    return upper + " +" + Fields.SALARY_MAX_USD + ":[" + band.from() + " TO *]";
  }

  /**
   * A filter: any of the values of one field, tagged with the dimension for multi-select facets.
   */
  static String anyOf(String tag, String field, List<String> values) {
    List<String> terms = values.stream().map(SolrQueryText::quoted).toList();
    return "{!tag=" + tag + "}" + field + ":(" + String.join(" OR ", terms) + ")";
  }

  /** A term in quotes, for string fields: only {@code "} and {@code \} need escaping. */
  static String quoted(String value) {
    return '"' + inPhrase(value) + '"';
  }

  private static String inPhrase(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  /** Escapes every character the standard query parser gives a meaning. */
  static String escape(String word) {
    StringBuilder out = new StringBuilder();
    for (char c : word.toCharArray()) {
      if ("\\+-!():^[]\"{}~*?|&;/=<>".indexOf(c) >= 0 || Character.isWhitespace(c)) {
        out.append('\\');
      }
      out.append(c);
    }
    String escaped = out.toString();
    // the operators spelled in letters would be read as operators
    return switch (escaped) {
      case "AND", "OR", "NOT", "TO" -> "\\" + escaped;
      default -> escaped;
    };
  }

  private static String weight(float w) {
    return w == Math.rint(w) ? Integer.toString((int) w) : Float.toString(w);
  }
}
