package careersearch.server.query;

import careersearch.places.City;
import careersearch.places.Gazetteer;
import careersearch.places.Gazetteer.Metro;
import careersearch.places.Gazetteer.Region;
import careersearch.places.PlaceNames;
import careersearch.schema.FacetDim;
import careersearch.server.query.QueryVocabulary.Entry;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The place words a query may contain: countries ("canada", "uk"), US states and Canadian provinces
 * ("texas", "ontario"), metro areas ("bay area"), and cities, each also with its region or country
 * ("seattle wa", "paris france"). A city is known when postings are there or when it is large (a
 * common word such as "nice" or "mobile" is a city too, so small ones are left out).
 */
final class PlaceVocabulary {
  /** Cities this large are known even with no posting there. */
  static final long LARGE_CITY = 300_000;

  /** City names that are more often ordinary words in a career query. */
  private static final Set<String> ORDINARY =
      Set.of("nice", "mobile", "reading", "split", "orange", "victoria", "sale", "energy", "hope");

  static final String COUNTRY = FacetDim.COUNTRY.param();
  static final String CITY = FacetDim.CITY.param();
  static final String REGION = "region";
  static final String METRO = "metro";

  /** The dimensions of place chips. */
  static final Set<String> DIMENSIONS = Set.of(COUNTRY, CITY, REGION, METRO);

  private PlaceVocabulary() {}

  /** Adds the place phrases that are not already something else (a tool, a company, a word). */
  static void addTo(Map<String, Entry> phrases, Gazetteer gazetteer, Set<String> indexedCities) {
    gazetteer.metros().forEach((name, metro) -> phrases.putIfAbsent(name, metroEntry(name, metro)));
    addCities(phrases, gazetteer, indexedCities);
    for (Region region : gazetteer.abbreviatedRegions()) {
      String code = gazetteer.regionCode(region.country(), region.admin1());
      Entry entry =
          new Entry(REGION, code, region.name() + ", " + gazetteer.countryName(region.country()));
      phrases.putIfAbsent(PlaceNames.normalize(region.name()), entry);
    }
    gazetteer
        .countryNames()
        .forEach(
            (name, code) -> {
              // "us" is a word; "usa", "uk" and the full names are not
              if (!name.equals("us")) {
                phrases.putIfAbsent(name, new Entry(COUNTRY, code, gazetteer.countryName(code)));
              }
            });
  }

  private static void addCities(
      Map<String, Entry> phrases, Gazetteer gazetteer, Set<String> indexedCities) {
    List<City> known =
        gazetteer.allCities().stream()
            .filter(
                c -> c.population() >= LARGE_CITY || indexedCities.contains(gazetteer.cityKey(c)))
            .sorted(Comparator.comparingLong(City::population).reversed())
            .toList();
    for (City city : known) {
      Entry entry = new Entry(CITY, gazetteer.cityKey(city), gazetteer.cityLabel(city));
      String name = PlaceNames.normalize(city.name());
      Region region = gazetteer.region(city.country(), city.admin1());
      String abbreviation = region == null ? null : gazetteer.abbreviation(region);
      // a state's name alone is the state ("washington"), not its largest namesake city
      boolean isRegionName = !gazetteer.regions(name).isEmpty();
      if (name.length() > 2 && !ORDINARY.contains(name) && !isRegionName) {
        phrases.putIfAbsent(name, entry);
      }
      if (abbreviation != null) {
        phrases.putIfAbsent(name + " " + PlaceNames.normalize(abbreviation), entry);
      }
      if (region != null) {
        phrases.putIfAbsent(name + " " + PlaceNames.normalize(region.name()), entry);
      }
      phrases.putIfAbsent(
          name + " " + PlaceNames.normalize(gazetteer.countryName(city.country())), entry);
    }
    // the aliases: "nyc", "bangalore", "münchen"
    for (String alias : gazetteer.cityAliases()) {
      List<City> cities = gazetteer.cities(alias);
      if (!cities.isEmpty() && alias.length() > 2) {
        City city = cities.get(0);
        phrases.putIfAbsent(
            alias, new Entry(CITY, gazetteer.cityKey(city), gazetteer.cityLabel(city)));
      }
    }
  }

  private static Entry metroEntry(String name, Metro metro) {
    return new Entry(
        METRO, metro.lat() + "," + metro.lon() + "," + metro.radiusKm(), metro.label());
  }
}
