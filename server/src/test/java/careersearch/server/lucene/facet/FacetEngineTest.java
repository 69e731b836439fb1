package careersearch.server.lucene.facet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which counting {@code -Dcareersearch.facets} selects, and a clear message for a bad value. */
class FacetEngineTest {
  @AfterEach
  void clear() {
    System.clearProperty(FacetEngine.PROPERTY);
  }

  @Test
  void everyModeHasItsKey() {
    assertEquals("engine", FacetEngine.Mode.ENGINE.key());
    assertEquals("one-pass", FacetEngine.Mode.ONE_PASS.key());
    assertEquals("stock", FacetEngine.Mode.STOCK.key());
    for (String key : new String[] {"engine", " One-Pass ", "stock"}) {
      System.setProperty(FacetEngine.PROPERTY, key);
      assertNotNull(FacetEngine.selected());
    }
  }

  @Test
  void unknownModeNamesTheAllowedOnes() {
    System.setProperty(FacetEngine.PROPERTY, "fast");
    IllegalStateException e = assertThrows(IllegalStateException.class, FacetEngine::selected);
    assertEquals(
        "-Dcareersearch.facets is 'fast'; allowed: engine, one-pass, stock", e.getMessage());
  }
}
