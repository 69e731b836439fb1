package careersearch.server;

import java.util.concurrent.Callable;

/**
 * Builds a fixture whose server counts through stock Lucene ({@code -Dcareersearch.facets=stock}).
 */
final class StockFacets {
  private static final String PROPERTY = "careersearch.facets";

  private StockFacets() {}

  /** The search service reads the property once, when it is made: only this fixture counts so. */
  static <T> T building(Callable<T> fixture) throws Exception {
    String before = System.getProperty(PROPERTY);
    System.setProperty(PROPERTY, "stock");
    try {
      return fixture.call();
    } finally {
      if (before == null) {
        System.clearProperty(PROPERTY);
      } else {
        System.setProperty(PROPERTY, before);
      }
    }
  }
}
