package careersearch.schema;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.util.ResourceLoader;

/**
 * The analyzers of the index. Text is analyzed the same way at index and at query time, with the
 * same synonyms; the index side flattens synonym graphs (the index cannot store graphs).
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

  /** English text for indexing: {@link #query(String)} plus graph flattening. */
  public static Analyzer index(String synonyms) {
    return build(synonyms, true, true);
  }

  /** English text for queries: the index chain without flattening. */
  public static Analyzer query(String synonyms) {
    return build(synonyms, false, true);
  }

  /** Text without synonyms, e.g. for tests and highlighting of stored text. */
  public static Analyzer text() {
    return build("", false, true);
  }

  /**
   * Lower-cased words without stemming or synonyms: the vocabulary people type, used for spelling
   * suggestions.
   */
  public static Analyzer words() {
    return build("", false, false);
  }

  /** The per-field analyzer the index is written with. */
  public static Analyzer indexWriterAnalyzer(String synonyms) {
    return new PerFieldAnalyzerWrapper(index(synonyms), Map.of(Fields.SPELL, words()));
  }

  private static Analyzer build(String synonyms, boolean flatten, boolean stem) {
    try {
      CustomAnalyzer.Builder b =
          CustomAnalyzer.builder(new StringResources(synonyms))
              .addCharFilter("mapping", "mapping", "tech-names.txt")
              .withTokenizer("standard")
              .addTokenFilter("englishPossessive")
              .addTokenFilter("lowercase");
      if (synonyms != null && !synonyms.isBlank()) {
        // before stop words and stemming: rules are written as people write the words
        b.addTokenFilter(
            "synonymGraph", "synonyms", "synonyms.txt", "ignoreCase", "true", "expand", "true");
        if (flatten) {
          b.addTokenFilter("flattenGraph");
        }
      }
      if (stem) {
        // English stop words and Porter stemming so "engineers" finds "engineer"
        b.addTokenFilter("stop").addTokenFilter("porterStem");
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
            case "synonyms.txt" -> synonyms;
            case "tech-names.txt" -> TECH_NAME_MAPPINGS;
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
