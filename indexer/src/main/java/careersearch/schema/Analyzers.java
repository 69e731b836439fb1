package careersearch.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;

/** The analyzers of the index, used the same way at index and at query time. */
public final class Analyzers {
  private Analyzers() {}

  /**
   * English text: standard tokens, lower case, English stop words, possessives and plurals folded
   * by the Porter stemmer so "engineers" finds "engineer".
   */
  public static Analyzer text() {
    try {
      return CustomAnalyzer.builder()
          // UAX#29 keeps "title:senior" as one word (':' joins letters); people mean two words
          .addCharFilter("patternReplace", "pattern", ":", "replacement", " ")
          .withTokenizer("standard")
          .addTokenFilter("englishPossessive")
          .addTokenFilter("lowercase")
          .addTokenFilter("stop")
          .addTokenFilter("porterStem")
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
