package careersearch.places;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The places careersearch knows: GeoNames cities of 15,000+ people and first-level divisions
 * ({@code corpus/places/}, see its NOTICE entry), the JDK's English country names, and the
 * hand-written aliases. Names are looked up normalized ({@link PlaceNames}); a name shared by
 * several cities lists them by population, largest first.
 */
public final class Gazetteer {
  /** A metro area of the aliases: a centre and a radius, for queries such as "bay area". */
  public record Metro(String label, double lat, double lon, int radiusKm) {}

  /** A first-level division: a US state, a Canadian province, a German Land. */
  public record Region(String country, String admin1, String name) {}

  public static final Gazetteer EMPTY = new Gazetteer();

  private final Map<Long, City> citiesById = new HashMap<>();
  private final Map<String, List<City>> citiesByName = new HashMap<>();
  private final Map<String, Region> regionsByKey = new HashMap<>();
  private final Map<String, List<Region>> regionsByName = new HashMap<>();
  private final Map<String, String> abbreviationOf = new HashMap<>();
  private final Map<String, Region> regionsByAbbreviation = new HashMap<>();
  private final Map<String, String> countriesByName = new HashMap<>();
  private final Map<String, String> countryNames = new HashMap<>();
  private final Map<String, Metro> metros = new HashMap<>();
  private final Set<String> countriesWithAbbreviations = new TreeSet<>();
  private final List<String> cityAliases = new ArrayList<>();

  private Gazetteer() {
    for (String code : Locale.getISOCountries()) {
      String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
      countryNames.put(code, name);
      countriesByName.put(PlaceNames.normalize(name), code);
    }
  }

  /**
   * The gazetteer of a {@code places} directory; {@link #EMPTY} but countries when it is absent.
   */
  public static Gazetteer load(Path dir) {
    Gazetteer gazetteer = new Gazetteer();
    if (!Files.isDirectory(dir)) {
      return gazetteer;
    }
    try {
      gazetteer.readRegions(dir.resolve("regions.tsv"));
      gazetteer.readCities(dir.resolve("cities.tsv"));
      gazetteer.readAliases(dir.resolve("aliases.tsv"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    gazetteer.citiesByName.values().forEach(l -> l.sort(BY_POPULATION));
    gazetteer
        .abbreviationOf
        .keySet()
        .forEach(k -> gazetteer.countriesWithAbbreviations.add(k.substring(0, k.indexOf('.'))));
    return gazetteer;
  }

  private static final Comparator<City> BY_POPULATION =
      Comparator.comparingLong(City::population).reversed().thenComparingLong(City::id);

  private void readCities(Path file) throws IOException {
    for (String[] row : rows(file, 7)) {
      City city =
          new City(
              Long.parseLong(row[0]),
              row[1],
              row[2],
              row[3],
              Long.parseLong(row[4]),
              Double.parseDouble(row[5]),
              Double.parseDouble(row[6]));
      citiesById.put(city.id(), city);
      addCity(PlaceNames.normalize(city.name()), city);
      // "Washington, D.C." is also "Washington"
      int comma = city.name().indexOf(',');
      if (comma > 0) {
        addCity(PlaceNames.normalize(city.name().substring(0, comma)), city);
      }
    }
  }

  private void addCity(String name, City city) {
    List<City> named = citiesByName.computeIfAbsent(name, n -> new ArrayList<>(1));
    if (!named.contains(city)) {
      named.add(city);
    }
  }

  private void readRegions(Path file) throws IOException {
    for (String[] row : rows(file, 3)) {
      Region region = new Region(row[0], row[1], row[2]);
      regionsByKey.put(row[0] + "." + row[1], region);
      regionsByName
          .computeIfAbsent(PlaceNames.normalize(row[2]), n -> new ArrayList<>())
          .add(region);
      if (row[0].equals("US")) {
        // US admin1 codes are the postal abbreviations
        abbreviate(row[0], row[1], row[1]);
      }
    }
  }

  private void readAliases(Path file) throws IOException {
    for (String[] row : rows(file, 3)) {
      switch (row[0]) {
        case "country" -> countriesByName.put(PlaceNames.normalize(row[1]), row[2]);
        case "region" -> abbreviate(row[1], row[3], row[2]);
        case "city" -> {
          City city = citiesById.get(Long.parseLong(row[2]));
          if (city == null) {
            throw new IllegalStateException(file + ": alias '" + row[1] + "' names no city");
          }
          addCity(PlaceNames.normalize(row[1]), city);
          cityAliases.add(PlaceNames.normalize(row[1]));
        }
        case "metro" -> {
          String[] at = row[2].split(",");
          metros.put(
              PlaceNames.normalize(row[1]),
              new Metro(
                  row[4],
                  Double.parseDouble(at[0]),
                  Double.parseDouble(at[1]),
                  Integer.parseInt(row[3])));
        }
        default -> throw new IllegalStateException(file + ": unknown kind '" + row[0] + "'");
      }
    }
  }

  private void abbreviate(String country, String admin1, String abbreviation) {
    Region region = regionsByKey.get(country + "." + admin1);
    if (region == null) {
      throw new IllegalStateException(
          "no region " + country + "." + admin1 + " for " + abbreviation);
    }
    abbreviationOf.put(country + "." + admin1, abbreviation);
    regionsByAbbreviation.put(country + "." + abbreviation.toUpperCase(Locale.ROOT), region);
  }

  private static List<String[]> rows(Path file, int columns) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] row = line.split("\t", -1);
      if (row.length < columns) {
        throw new IllegalStateException(file + ": expected " + columns + " columns: " + line);
      }
      rows.add(row);
    }
    return rows;
  }

  /** The cities of a name (normalized), largest first; empty when none. */
  public List<City> cities(String name) {
    return citiesByName.getOrDefault(name, List.of());
  }

  /** Every city, in no particular order. */
  public Collection<City> allCities() {
    return java.util.Collections.unmodifiableCollection(citiesById.values());
  }

  /** Every country name and alias (normalized) with its ISO code. */
  public Map<String, String> countryNames() {
    return java.util.Collections.unmodifiableMap(countriesByName);
  }

  /** Every division that has a postal abbreviation (US states, Canadian provinces, ...). */
  public List<Region> abbreviatedRegions() {
    return regionsByAbbreviation.values().stream().distinct().toList();
  }

  /** A division's postal abbreviation ("WA"), or null. */
  public String abbreviation(Region region) {
    return abbreviationOf.get(region.country() + "." + region.admin1());
  }

  /** The hand-written names of cities ("nyc", "bangalore"), normalized. */
  public List<String> cityAliases() {
    return java.util.Collections.unmodifiableList(cityAliases);
  }

  /** Every metro area by its name (normalized). */
  public Map<String, Metro> metros() {
    return java.util.Collections.unmodifiableMap(metros);
  }

  public Optional<City> city(long id) {
    return Optional.ofNullable(citiesById.get(id));
  }

  /** The ISO code of a country's English name or alias (normalized), or null. */
  public String country(String name) {
    return countriesByName.get(name);
  }

  /** A country's English name, or the code when it is not a country. */
  public String countryName(String code) {
    return countryNames.getOrDefault(code, code);
  }

  public boolean isCountryCode(String code) {
    return countryNames.containsKey(code);
  }

  /** The divisions of a name (normalized) in any country: "washington", "ontario". */
  public List<Region> regions(String name) {
    return regionsByName.getOrDefault(name, List.of());
  }

  /** A division of a country by its postal abbreviation ("WA", "ON"), or null. */
  public Region regionByAbbreviation(String country, String abbreviation) {
    return regionsByAbbreviation.get(country + "." + abbreviation.toUpperCase(Locale.ROOT));
  }

  /** The countries with postal abbreviations of their divisions. */
  public Set<String> countriesWithAbbreviations() {
    return countriesWithAbbreviations;
  }

  public Region region(String country, String admin1) {
    return regionsByKey.get(country + "." + admin1);
  }

  /** "US-WA", "CA-ON" where a postal abbreviation exists, else country-admin1 ("DE-02"). */
  public String regionCode(String country, String admin1) {
    if (admin1 == null || admin1.isEmpty()) {
      return null;
    }
    return country + "-" + abbreviationOf.getOrDefault(country + "." + admin1, admin1);
  }

  public Optional<Metro> metro(String name) {
    return Optional.ofNullable(metros.get(name));
  }

  /** Every name a city, region, country or metro is known by (normalized), for suggestions. */
  public Collection<String> names() {
    Set<String> names = new TreeSet<>(citiesByName.keySet());
    names.addAll(regionsByName.keySet());
    names.addAll(countriesByName.keySet());
    names.addAll(metros.keySet());
    return names;
  }

  /** "Seattle, WA, US", "Berlin, DE": a city's facet value, unique enough to filter by. */
  public String cityKey(City city) {
    String abbreviation = abbreviationOf.get(city.country() + "." + city.admin1());
    return abbreviation == null || !city.country().matches("US|CA")
        ? city.name() + ", " + city.country()
        : city.name() + ", " + abbreviation + ", " + city.country();
  }

  /** "Seattle, Washington, United States": how a card shows a city. */
  public String cityLabel(City city) {
    Region region = region(city.country(), city.admin1());
    String country = countryName(city.country());
    return region == null || region.name().equals(city.name())
        ? city.name() + ", " + country
        : city.name() + ", " + region.name() + ", " + country;
  }
}
