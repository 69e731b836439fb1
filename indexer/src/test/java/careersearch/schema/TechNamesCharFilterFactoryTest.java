package careersearch.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ResourceLoader;
import org.junit.jupiter.api.Test;

/** Skipping the mapping must never change a token, a position or an offset. */
class TechNamesCharFilterFactoryTest {
  private static final List<String> PIECES =
      List.of(
          "C++",
          "c++",
          "C#",
          "f#",
          ".NET",
          "ASP.NET",
          "Node.js",
          "NodeJS",
          "title:senior",
          "a:b",
          "do:\n",
          "Tools: ",
          ": ",
          "10:30",
          "data",
          "Engineer",
          "scientist's",
          " ",
          "  ",
          "\n",
          ".",
          ",",
          "-",
          "+",
          "#",
          "net",
          "js",
          "ML",
          "über",
          "naïve",
          "x",
          "2024");

  @Test
  void skipsOnlyTextsNoRuleChanges() {
    assertTrue(TechNamesCharFilterFactory.mayChange("we use C++ daily"));
    assertTrue(TechNamesCharFilterFactory.mayChange("search title:senior"));
    assertTrue(TechNamesCharFilterFactory.mayChange("Microsoft ASP.NET"));
    assertFalse(TechNamesCharFilterFactory.mayChange("What you will do:\n- plan"));
    assertFalse(TechNamesCharFilterFactory.mayChange("Tools: Python, Java."));
    assertFalse(TechNamesCharFilterFactory.mayChange("plain text"));
    // a rule with none of the characters the first pass looks for
    assertTrue(TechNamesCharFilterFactory.mayChange("we use NodeJS"));
    // a rule's character as the text's last one
    assertTrue(TechNamesCharFilterFactory.mayChange("C#"));
  }

  @Test
  void theOnePassCheckAgreesWithCheckingEveryRule() {
    Random random = new Random(7);
    for (int i = 0; i < 5000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(8); n >= 0; n--) {
        text.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      String t = text.toString();
      assertEquals(
          TechNamesCharFilterFactory.mayChangeAnyRule(t),
          TechNamesCharFilterFactory.mayChange(t),
          t);
    }
  }

  @Test
  void givesTheSameTokensAsThePlainMappingFilter() throws IOException {
    Analyzer fast = Analyzers.text();
    Analyzer plain = plainMapping();
    Random random = new Random(42);
    List<String> texts = new ArrayList<>(PIECES);
    texts.add("What you will do:\n- Build C# and .NET services.\nYou have worked with Node.js.");
    for (int i = 0; i < 2000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(12); n >= 0; n--) {
        text.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      texts.add(text.toString());
    }
    for (String text : texts) {
      assertEquals(tokens(plain, text), tokens(fast, text), text);
    }
  }

  /** The text analyzer's chain with Lucene's own mapping filter. */
  private static Analyzer plainMapping() throws IOException {
    CustomAnalyzer.Builder b =
        CustomAnalyzer.builder(
            new ResourceLoader() {
              @Override
              public InputStream openResource(String resource) {
                return new ByteArrayInputStream(
                    Analyzers.TECH_NAME_MAPPINGS.getBytes(StandardCharsets.UTF_8));
              }

              @Override
              public <T> Class<? extends T> findClass(String cname, Class<T> expectedType) {
                throw new UnsupportedOperationException(cname);
              }
            });
    for (Analyzers.Step step : Analyzers.chain(null, true)) {
      String[] params =
          step.params().entrySet().stream()
              .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
              .toArray(String[]::new);
      switch (step.kind()) {
        case CHAR_FILTER -> b.addCharFilter(step.name(), params);
        case TOKENIZER -> b.withTokenizer(step.name(), params);
        case TOKEN_FILTER -> b.addTokenFilter(step.name(), params);
      }
    }
    return b.build();
  }

  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(
            term
                + "@"
                + offset.startOffset()
                + "-"
                + offset.endOffset()
                + "+"
                + inc.getPositionIncrement());
      }
      ts.end();
    }
    return out;
  }
}
