package careersearch.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Place resolution over real-world location strings ({@code places/locations.tsv}). */
class PlaceResolverTest {
  static PlaceResolver resolver;

  @BeforeAll
  static void load() {
    Path places =
        Files.isDirectory(Path.of("../corpus"))
            ? Path.of("../corpus/places")
            : Path.of("corpus/places");
    resolver = new PlaceResolver(Gazetteer.load(places));
  }

  @Test
  void everyLocationOfTheTableResolvesAsExpected() throws IOException {
    Path table = Path.of("src/test/resources/places/locations.tsv");
    List<String> wrong = new ArrayList<>();
    int rows = 0;
    for (String line : Files.readAllLines(table, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("location\t")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      rows++;
      Place p = resolver.resolve(c[0]);
      String got =
          String.join(
              "|",
              p.city() == null ? "" : p.city().name(),
              c[2].isEmpty() ? "" : nz(p.region()),
              nz(p.country()),
              nz(p.remoteScope()));
      String expected = String.join("|", c[1], c[2], c[3], c[4]);
      if (!got.equals(expected)) {
        wrong.add(c[0] + ": expected " + expected + ", got " + got);
      }
    }
    assertTrue(rows >= 60, "the table has " + rows + " rows");
    assertTrue(
        wrong.isEmpty(), wrong.size() + " of " + rows + " wrong:\n" + String.join("\n", wrong));
  }

  @Test
  void theRegionOrCountryAfterTheCityPicksWhichCity() {
    assertEquals("US", resolver.resolve("Paris, TX").country());
    assertEquals("US-TX", resolver.resolve("Paris, TX").region());
    assertEquals("FR", resolver.resolve("Paris, France").country());
    assertEquals("CA-ON", resolver.resolve("London, ON").region());
    assertEquals("GB", resolver.resolve("London").country());
    assertEquals("US-DC", resolver.resolve("Washington, DC").region());
    assertEquals("US-WA", resolver.resolve("Seattle, Washington").region());
  }

  @Test
  void remoteWordsSetTheScope() {
    Place us = resolver.resolve("Remote (anywhere in the U.S.)");
    assertEquals("US", us.remoteScope());
    assertNull(us.city());
    assertEquals(Place.ANYWHERE, resolver.resolve("Remote").remoteScope());
    assertNull(resolver.resolve("Remote (EMEA)").remoteScope());
    assertNull(resolver.resolve("Berlin, Germany").remoteScope());
  }

  @Test
  void whatDoesNotResolveIsUnknownNotAnError() {
    assertFalse(resolver.resolve("Moon Base Alpha").resolved());
    assertFalse(resolver.resolve("").resolved());
    assertFalse(resolver.resolve(null).resolved());
  }

  @Test
  void aCityCarriesItsKeyLabelAndPoint() {
    Place seattle = resolver.resolve("Seattle, WA");
    assertEquals("Seattle, WA, US", seattle.cityKey());
    assertEquals("Seattle, Washington, United States", seattle.label());
    assertNotNull(seattle.city());
    assertEquals(47.6, seattle.city().lat(), 0.1);
    assertEquals("Munich, DE", resolver.resolve("München, Germany").cityKey());
  }

  @Test
  void everyAliasPointsAtARow() {
    // Gazetteer.load throws on an alias naming no city or region: loading is the check
    assertEquals(List.of(), resolver.gazetteer().cities("no such place"));
    assertFalse(resolver.gazetteer().cityAliases().isEmpty());
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
