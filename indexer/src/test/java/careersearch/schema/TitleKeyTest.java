package careersearch.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleKeyTest {
  @Test
  void pluralsCaseAndPunctuationFold() {
    assertEquals("data scientist", TitleKey.of("Data Scientists"));
    assertEquals("data scientist", TitleKey.of("  data-SCIENTIST "));
    assertEquals(
        "research and development engineer", TitleKey.of("Research & Development Engineer"));
    assertEquals("c++ developer", TitleKey.of("C++ Developers"));
    assertEquals("c# developer", TitleKey.of("C# Developer"));
    assertEquals("cafe manager", TitleKey.of("Café Managers"));
  }

  @Test
  void shortWordsAndSsUsIsEndingsKeepTheirS() {
    assertEquals(
        List.of("business", "analytic", "technology", "status", "analysis", "gas"),
        TitleKey.words("Business Analytics Technologies Status Analysis Gas"));
  }

  @Test
  void emptyTitleHasNoKey() {
    assertEquals("", TitleKey.of(" / - "));
    assertEquals(List.of(), TitleKey.words(null));
  }
}
