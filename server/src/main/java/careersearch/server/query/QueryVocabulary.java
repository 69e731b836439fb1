package careersearch.server.query;

import careersearch.places.Gazetteer;
import careersearch.schema.DocType;
import careersearch.schema.FacetDim;
import careersearch.schema.Fields;
import careersearch.schema.NameKeys;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * What the query interpreter can recognize, taken from the index it serves (tools, companies,
 * locations), its synonyms (k8s is Kubernetes) and fixed words (sr is senior). Keys are {@link
 * #normalize normalized} phrases.
 */
public final class QueryVocabulary {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LEGAL_SUFFIX =
      Pattern.compile("(?i)(\\.com|,?\\s+(inc|llc|ltd|gmbh|corp|corporation|co|plc|sa|ag)\\.?)$");

  /** A recognizable phrase: the dimension and value it stands for, and a label. */
  public record Entry(String dimension, String value, String label) {}

  private final Map<String, Entry> phrases;
  private final Set<String> synonymWords;
  private final int longestPhrase;
  private final Map<String, Set<String>> toolNames = new HashMap<>();

  QueryVocabulary(Map<String, Entry> phrases, Set<String> synonymWords) {
    this(phrases, synonymWords, Map.of());
  }

  /**
   * @param toolFullNames each tool's own names, normalized, also those too short to recognize
   */
  QueryVocabulary(
      Map<String, Entry> phrases,
      Set<String> synonymWords,
      Map<String, Set<String>> toolFullNames) {
    toolFullNames.forEach((tool, names) -> toolNames.put(tool, new HashSet<>(names)));
    this.phrases = phrases;
    this.synonymWords = synonymWords;
    this.longestPhrase =
        phrases.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    phrases.forEach(
        (phrase, e) -> {
          if (e.dimension().equals("tool")) {
            toolNames.computeIfAbsent(e.value(), v -> new HashSet<>()).add(phrase);
          }
        });
  }

  public Entry lookup(String normalizedPhrase) {
    return phrases.get(normalizedPhrase);
  }

  /**
   * Every normalized name a tool is recognized by ("kubernetes", "k8s"), as a posting's skills are
   * keyed in {@code Fields.SKILL}; empty for a value that is not a tool.
   */
  public Set<String> toolNames(String toolValue) {
    return toolNames.getOrDefault(toolValue, Set.of());
  }

  /** Longest phrase in words, to bound the matching window. */
  public int longestPhrase() {
    return longestPhrase;
  }

  /** Words the synonym rules know (k8s, sr, wfh): never "misspelled". */
  public boolean isSynonymWord(String word) {
    return synonymWords.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Lower case, punctuation to spaces (keeping + # . that names like C++ and .NET need). */
  public static String normalize(String text) {
    return NameKeys.of(text);
  }

  /** Fixed words for the closed vocabularies. */
  static Map<String, Entry> fixedWords() {
    Map<String, Entry> m = new HashMap<>();
    for (String w : List.of("senior", "sr", "snr", "lead", "principal", "staff")) {
      m.put(w, new Entry("seniority", "senior", "Senior"));
    }
    for (String w : List.of("junior", "jr", "entry", "entry level", "intern", "graduate")) {
      m.put(w, new Entry("seniority", "entry", "Entry"));
    }
    for (String w : List.of("mid", "mid level", "intermediate")) {
      m.put(w, new Entry("seniority", "mid", "Mid"));
    }
    for (String w : List.of("executive", "director")) {
      m.put(w, new Entry("seniority", "executive", "Executive"));
    }
    for (String w : List.of("remote", "wfh", "work from home", "fully remote")) {
      m.put(w, new Entry("remote", "remote", "Remote"));
    }
    m.put("hybrid", new Entry("remote", "hybrid", "Hybrid"));
    for (String w : List.of("onsite", "on site", "in office", "in person")) {
      m.put(w, new Entry("remote", "onsite", "Onsite"));
    }
    for (String w : List.of("full time", "fulltime", "permanent")) {
      m.put(w, new Entry("employment", "full_time", "Full time"));
    }
    for (String w : List.of("part time", "parttime")) {
      m.put(w, new Entry("employment", "part_time", "Part time"));
    }
    for (String w : List.of("contract", "contractor", "contracting")) {
      m.put(w, new Entry("employment", "contract", "Contract"));
    }
    for (String w : List.of("freelance", "freelancer")) {
      m.put(w, new Entry("employment", "freelance", "Freelance"));
    }
    for (String w : List.of("internship", "internships")) {
      m.put(w, new Entry("employment", "internship", "Internship"));
    }
    for (String w : List.of("job", "jobs", "posting", "postings", "opening", "openings")) {
      m.put(w, new Entry("type", "job", "Job postings"));
    }
    return m;
  }

  /** Builds the vocabulary of one searcher. */
  public static QueryVocabulary build(
      IndexSearcher searcher,
      SortedSetDocValuesReaderState facets,
      String synonyms,
      Gazetteer gazetteer)
      throws IOException {
    Map<String, Entry> phrases = new HashMap<>();
    Set<String> cities = new HashSet<>();
    addFacetValues(phrases, facets, cities);
    ToolNames shortNames = new ToolNames();
    return assemble(phrases, tools(searcher, shortNames), shortNames, synonyms, gazetteer, cities);
  }

  /**
   * Builds a vocabulary from values another engine reports (SolrCloud): facet values per dimension
   * and each tool as id, name and O*NET names.
   */
  public static QueryVocabulary fromValues(
      Map<String, List<String>> facetValues,
      List<List<String>> tools,
      String synonyms,
      Gazetteer gazetteer) {
    Map<String, Entry> phrases = new HashMap<>();
    Set<String> cities = new HashSet<>();
    facetValues.forEach(
        (dim, values) -> values.forEach(v -> addFacetValue(phrases, dim, v, cities)));
    Map<String, Entry> toolEntries = new HashMap<>();
    ToolNames shortNames = new ToolNames();
    for (List<String> tool : tools) {
      Entry entry = new Entry("tool", tool.get(0), tool.get(1));
      for (String name : tool.subList(1, tool.size())) {
        addTool(toolEntries, shortNames, name, entry);
      }
    }
    return assemble(phrases, toolEntries, shortNames, synonyms, gazetteer, cities);
  }

  private static QueryVocabulary assemble(
      Map<String, Entry> phrases,
      Map<String, Entry> tools,
      ToolNames shortNames,
      String synonyms,
      Gazetteer gazetteer,
      Set<String> indexedCities) {
    tools.forEach(phrases::putIfAbsent);
    PlaceVocabulary.addTo(phrases, gazetteer, indexedCities);
    // "aws", "spark": after the places and full names, so they never shadow one
    shortNames.unambiguous().forEach(phrases::putIfAbsent);
    Set<String> synonymWords = new HashSet<>();
    for (List<String> group : synonymGroups(synonyms)) {
      group.forEach(t -> synonymWords.addAll(List.of(t.split(" "))));
      // a nickname of a tool names the tool: k8s -> Kubernetes
      Entry tool = group.stream().map(tools::get).filter(e -> e != null).findFirst().orElse(null);
      if (tool != null) {
        group.forEach(t -> phrases.putIfAbsent(t, tool));
      }
    }
    // fixed words win over tools and facet values that happen to share the word
    phrases.putAll(fixedWords());
    return new QueryVocabulary(phrases, synonymWords, shortNames.fullNames());
  }

  private static Map<String, Entry> tools(IndexSearcher searcher, ToolNames shortNames)
      throws IOException {
    Map<String, Entry> tools = new HashMap<>();
    IndexReader reader = searcher.getIndexReader();
    TermQuery isTool = new TermQuery(new Term(Fields.TYPE, DocType.TOOL.key()));
    ScoreDoc[] docs = searcher.search(isTool, Math.max(1, reader.maxDoc())).scoreDocs;
    var stored = reader.storedFields();
    for (ScoreDoc sd : docs) {
      var doc = stored.document(sd.doc, Set.of(Fields.ID, Fields.SOURCE));
      BytesRef json = doc.getBinaryValue(Fields.SOURCE);
      JsonNode source = JSON.readTree(json.bytes, json.offset, json.length);
      String name = source.path("title").asText();
      Entry entry = new Entry("tool", doc.get(Fields.ID), name);
      addTool(tools, shortNames, name, entry);
      source.path("onet_names").forEach(n -> addTool(tools, shortNames, n.asText(), entry));
    }
    return tools;
  }

  private static void addTool(
      Map<String, Entry> tools, ToolNames shortNames, String name, Entry entry) {
    shortNames.add(name, entry);
    String key = normalize(name);
    // one- and two-letter names (R, C, Go) are too easily ordinary words to recognize
    if (key.length() > 2) {
      tools.putIfAbsent(key, entry);
    }
  }

  /** Companies as they appear in the index; the cities that have postings. */
  private static void addFacetValues(
      Map<String, Entry> phrases, SortedSetDocValuesReaderState state, Set<String> cities)
      throws IOException {
    SortedSetDocValues values = state.getDocValues();
    for (long ord = 0; ord < values.getValueCount(); ord++) {
      String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
      if (path.length != 2) {
        continue;
      }
      addFacetValue(phrases, path[0], path[1], cities);
    }
  }

  /**
   * A company by its name and short name. Places are the gazetteer's ({@link PlaceVocabulary}), so
   * "canada" means the country of every posting there, not one facet string.
   */
  private static void addFacetValue(
      Map<String, Entry> phrases, String dim, String value, Set<String> cities) {
    if (dim.equals(FacetDim.COMPANY.param())) {
      Entry company = new Entry("company", value, value);
      phrases.putIfAbsent(normalize(value), company);
      // people type "amazon" for Amazon.com and "acme" for Acme Inc.
      String shortName = normalize(LEGAL_SUFFIX.matcher(value).replaceAll(""));
      if (shortName.length() > 2) {
        phrases.putIfAbsent(shortName, company);
      }
    } else if (dim.equals(FacetDim.CITY.param())) {
      cities.add(value);
    }
  }

  /** Groups of equivalent terms from the synonym rules, normalized. */
  static List<List<String>> synonymGroups(String synonyms) {
    if (synonyms == null) {
      return List.of();
    }
    return synonyms
        .lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .map(l -> l.replace("=>", ","))
        .map(
            l ->
                java.util.Arrays.stream(l.split(","))
                    .map(QueryVocabulary::normalize)
                    .filter(t -> !t.isEmpty())
                    .toList())
        .toList();
  }
}
