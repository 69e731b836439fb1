package careersearch.schema;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.util.ResourceLoader;

/**
 * The analyzers of the index. Text is analyzed the same way at index and at query time, except that
 * synonyms apply at query time only: a query expands to every form of its words, which matches the
 * same documents as expanding them in the index too, and a rebuild does not pay for a synonym graph
 * over every token (nor synonym changes need one).
 */
public final class Analyzers {
  private Analyzers() {}

  /**
   * Names that tokenizers would break: "C++" and "C#" would become "c" (and match the C language),
   * ".NET" would become "net". Mapped to single words before tokenizing, case variants listed.
   */
  static final String TECH_NAME_MAPPINGS =
      String.join(
          "\n",
          "\"C++\" => \"cplusplus\"",
          "\"c++\" => \"cplusplus\"",
          "\"C#\" => \"csharp\"",
          "\"c#\" => \"csharp\"",
          "\"F#\" => \"fsharp\"",
          "\"f#\" => \"fsharp\"",
          "\"ASP.NET\" => \"ASP dotnet\"",
          "\".NET\" => \"dotnet\"",
          "\".net\" => \"dotnet\"",
          "\".Net\" => \"dotnet\"",
          "\"Node.js\" => \"nodejs\"",
          "\"node.js\" => \"nodejs\"",
          "\"NodeJS\" => \"nodejs\"",
          // UAX#29 keeps "title:senior" as one word (':' joins letters); people mean two words
          "\":\" => \" \"");

  /** English text for queries: the index chain plus synonyms. */
  public static Analyzer query(String synonyms) {
    return build(synonyms, true, false);
  }

  /** English text without synonyms: what the index holds, and for highlighting stored text. */
  public static Analyzer text() {
    return build("", true, false);
  }

  /**
   * Pairs of adjacent words of {@link #text()}, each one term ("machin learn"), no single words:
   * the {@link Fields#TITLE_PAIRS} fields. A stop word's place is {@link #PAIR_FILLER}.
   */
  public static Analyzer pairs() {
    return build("", true, true);
  }

  /** Joins the two words of a pair term. */
  public static final String PAIR_SEPARATOR = " ";

  /** Stands for a removed stop word in a pair ("head _" for "head of"). */
  public static final String PAIR_FILLER = "_";

  /**
   * Lower-cased words without stemming or synonyms: the vocabulary people type, used for spelling
   * suggestions.
   */
  public static Analyzer words() {
    return build("", false, false);
  }

  /** The per-field analyzer the index is written with. */
  public static Analyzer indexWriterAnalyzer() {
    Analyzer pairs = pairs();
    return new PerFieldAnalyzerWrapper(
        text(), Map.of(Fields.SPELL, words(), Fields.TITLE_PAIRS, pairs, Fields.TAGS_PAIRS, pairs));
  }

  /**
   * One step of an analysis chain, by its factory SPI name ({@code mapping}, {@code standard},
   * {@code synonymGraph}, ...) and parameters: the one declaration that builds our Lucene analyzers
   * and the field types of the Solr configset ({@link SolrConfigset}).
   */
  public record Step(Kind kind, String name, Map<String, String> params) {
    /** Where a step goes in the chain. */
    public enum Kind {
      CHAR_FILTER,
      TOKENIZER,
      TOKEN_FILTER
    }
  }

  /** The resource names the chains refer to. */
  public static final String TECH_NAMES_FILE = "tech-names.txt";

  public static final String SYNONYMS_FILE = "synonyms.txt";

  /**
   * The analysis chain.
   *
   * @param synonymFiles comma-separated synonym resources (query side), or null for none
   * @param stem English stop words and Porter stemming
   */
  public static java.util.List<Step> chain(String synonymFiles, boolean stem) {
    return chain(synonymFiles, stem, false);
  }

  /**
   * The analysis chain, optionally ending in word pairs.
   *
   * @param pairs emit pairs of adjacent words instead of words ({@link #pairs()})
   */
  public static java.util.List<Step> chain(String synonymFiles, boolean stem, boolean pairs) {
    java.util.List<Step> steps = new java.util.ArrayList<>();
    steps.add(new Step(Step.Kind.CHAR_FILTER, "mapping", Map.of("mapping", TECH_NAMES_FILE)));
    steps.add(new Step(Step.Kind.TOKENIZER, "standard", Map.of()));
    steps.add(new Step(Step.Kind.TOKEN_FILTER, "englishPossessive", Map.of()));
    steps.add(new Step(Step.Kind.TOKEN_FILTER, "lowercase", Map.of()));
    if (synonymFiles != null) {
      // before stop words and stemming: rules are written as people write the words
      Map<String, String> params = new java.util.LinkedHashMap<>();
      params.put("synonyms", synonymFiles);
      params.put("ignoreCase", "true");
      params.put("expand", "true");
      steps.add(new Step(Step.Kind.TOKEN_FILTER, "synonymGraph", params));
    }
    if (stem) {
      // English stop words and Porter stemming so "engineers" finds "engineer"
      steps.add(new Step(Step.Kind.TOKEN_FILTER, "stop", Map.of()));
      steps.add(new Step(Step.Kind.TOKEN_FILTER, "porterStem", Map.of()));
    }
    if (pairs) {
      Map<String, String> params = new java.util.LinkedHashMap<>();
      params.put("minShingleSize", "2");
      params.put("maxShingleSize", "2");
      params.put("outputUnigrams", "false");
      params.put("tokenSeparator", PAIR_SEPARATOR);
      params.put("fillerToken", PAIR_FILLER);
      steps.add(new Step(Step.Kind.TOKEN_FILTER, "shingle", params));
    }
    return steps;
  }

  /** The char filter mappings (Lucene's mapping format) that keep C++, C#, .NET as words. */
  public static String techNameMappings() {
    return TECH_NAME_MAPPINGS;
  }

  private static Analyzer build(String synonyms, boolean stem, boolean pairs) {
    try {
      boolean withSynonyms = synonyms != null && !synonyms.isBlank();
      CustomAnalyzer.Builder b = CustomAnalyzer.builder(new StringResources(synonyms));
      for (Step step : chain(withSynonyms ? SYNONYMS_FILE : null, stem, pairs)) {
        String[] params =
            step.params().entrySet().stream()
                .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                .toArray(String[]::new);
        switch (step.kind()) {
          case CHAR_FILTER ->
              // the same mapping, skipped for texts it cannot change (Solr uses the plain one)
              b.addCharFilter(
                  step.name().equals("mapping")
                      ? TechNamesCharFilterFactory.class
                      : CharFilterFactory.lookupClass(step.name()),
                  params);
          case TOKENIZER -> b.withTokenizer(step.name(), params);
          case TOKEN_FILTER -> b.addTokenFilter(step.name(), params);
        }
      }
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Serves the two rule files from strings, so synonyms can come from a commit's metadata. */
  private record StringResources(String synonyms) implements ResourceLoader {
    @Override
    public InputStream openResource(String resource) throws IOException {
      String text =
          switch (resource) {
            case SYNONYMS_FILE -> synonyms;
            case TECH_NAMES_FILE -> TECH_NAME_MAPPINGS;
            default -> throw new IOException("no resource " + resource);
          };
      return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public <T> Class<? extends T> findClass(String cname, Class<T> expectedType) {
      try {
        return Class.forName(cname).asSubclass(expectedType);
      } catch (ClassNotFoundException e) {
        throw new IllegalArgumentException(e);
      }
    }
  }
}
