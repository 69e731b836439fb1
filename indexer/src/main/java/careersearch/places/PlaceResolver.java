package careersearch.places;

import careersearch.places.Gazetteer.Region;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Resolves a posting's location as written ("Seattle, WA", "Remote (Canada)", "München, Germany")
 * to a {@link Place}. The first part names the city; the parts after it (region, country) narrow
 * which city it is, so "Paris, TX" is not Paris, France and "London, ON" is not London, England.
 * Without them the most populous city of the name wins. Words of remote work set the remote scope:
 * the country named, else anywhere.
 */
public final class PlaceResolver {
  private static final Pattern REMOTE =
      Pattern.compile(
          "\\b(remote|anywhere|worldwide|work from home|wfh|telecommute|distributed)\\b");

  /** Words of large areas that are not one country: remote there has no country scope. */
  private static final Pattern AREAS =
      Pattern.compile(
          "\\b(emea|europe|eu|apac|asia pacific|latam|latin america|americas|north america|global)\\b");

  /** Parts of a location: "City, Region (Country)", "Hybrid - London", "Berlin / Remote". */
  private static final Pattern PARTS = Pattern.compile("[,;/|()\\[\\]]|\\s[-–—]\\s|^[-–—]|[-–—]$");

  /** Words that say how or where around a place, dropped when a part names nothing as written. */
  private static final Set<String> FILLER =
      Set.of(
          "hybrid",
          "onsite",
          "on",
          "site",
          "in",
          "office",
          "the",
          "based",
          "only",
          "or",
          "and",
          "friendly",
          "first",
          "greater",
          "area",
          "metro",
          "metropolitan",
          "region",
          "hq",
          "headquarters",
          "city",
          "of",
          "downtown",
          "near",
          "located",
          "usa only");

  /** Distinct location texts are few even among millions of postings. */
  private static final int MAX_CACHED = 200_000;

  private final Gazetteer gazetteer;
  private final Map<String, Place> cache = new ConcurrentHashMap<>();

  public PlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** The place of a location text; {@link Place#UNKNOWN} when nothing in it is known. */
  public Place resolve(String location) {
    if (location == null || location.isBlank()) {
      return Place.UNKNOWN;
    }
    Place cached = cache.get(location);
    if (cached == null) {
      cached = resolveText(location);
      if (cache.size() < MAX_CACHED) {
        cache.put(location, cached);
      }
    }
    return cached;
  }

  private Place resolveText(String location) {
    String whole = PlaceNames.normalize(location);
    boolean remote = REMOTE.matcher(whole).find();
    List<String> parts = new ArrayList<>();
    for (String part : PARTS.split(location)) {
      String normal = REMOTE.matcher(PlaceNames.normalize(part)).replaceAll(" ").trim();
      boolean filler = FILLER.containsAll(Arrays.asList(normal.split(" ")));
      if (!normal.isEmpty() && !(filler && readings(normal).isEmpty())) {
        parts.add(normal);
      }
    }
    Place place = parts.isEmpty() ? Place.UNKNOWN : place(parts);
    if (!remote) {
      return place;
    }
    String scope = place.country();
    if (scope == null) {
      scope = AREAS.matcher(whole).find() ? null : Place.ANYWHERE;
    }
    return place.withRemoteScope(scope);
  }

  /** The place of the parts: the first a city, the others what narrows it. */
  private Place place(List<String> parts) {
    if (parts.size() == 1) {
      return alone(parts.get(0));
    }
    List<Context> contexts = contexts(parts.subList(1, parts.size()));
    City best = null;
    Context bestContext = null;
    for (Context context : contexts) {
      City city = largest(cities(parts.get(0)), context);
      if (city != null && (best == null || city.population() > best.population())) {
        best = city;
        bestContext = context;
      }
    }
    if (best != null) {
      return of(best);
    }
    // no city of that name there: "Bavaria, Germany", "Silicon Valley, CA", or a part unknown
    Context context = contexts.isEmpty() ? null : contexts.get(0);
    Place first = alone(parts.get(0));
    if (context == null) {
      return first;
    }
    if (context.region == null) {
      // "Ontario, Canada", "Bavaria, Germany": the first part is a region of that country
      for (Region region : regions(parts.get(0))) {
        if (region.country().equals(context.country)) {
          return area(context.country, region);
        }
      }
    }
    return area(context.country, context.region);
  }

  /** A location of one part: a country, a city, or a region, in that order. */
  private Place alone(String part) {
    String country = country(part);
    if (country != null) {
      // a city-state ("Singapore") is its city too
      return cities(part).stream()
          .filter(c -> c.country().equals(country))
          .findFirst()
          .map(this::of)
          .orElse(area(country, null));
    }
    List<City> cities = cities(part);
    if (!cities.isEmpty()) {
      return of(cities.get(0));
    }
    List<Region> regions = regions(part);
    if (!regions.isEmpty()) {
      return area(regions.get(0).country(), regions.get(0));
    }
    return Place.UNKNOWN;
  }

  private Place of(City city) {
    return new Place(
        city,
        gazetteer.cityKey(city),
        gazetteer.regionCode(city.country(), city.admin1()),
        city.country(),
        null,
        gazetteer.cityLabel(city));
  }

  /** A country, or a region of it, without a city. */
  private Place area(String country, Region region) {
    String name = gazetteer.countryName(country);
    return region == null
        ? new Place(null, null, null, country, null, name)
        : new Place(
            null,
            null,
            gazetteer.regionCode(country, region.admin1()),
            country,
            null,
            region.name() + ", " + name);
  }

  /** What the parts after the city may mean together: a country, a region of it, or both. */
  private record Context(String country, Region region) {}

  private List<Context> contexts(List<String> parts) {
    List<Context> contexts = List.of(new Context(null, null));
    for (String part : parts) {
      List<Context> next = new ArrayList<>();
      for (Context context : contexts) {
        for (Context reading : readings(part)) {
          Context merged = merge(context, reading);
          if (merged != null) {
            next.add(merged);
          }
        }
      }
      if (!next.isEmpty()) {
        contexts = next; // a part that means nothing, or nothing consistent, narrows nothing
      }
    }
    return contexts.get(0).country == null ? List.of() : contexts;
  }

  /** The countries and regions a part may name: "de" is Germany or Delaware, "wa" Washington. */
  private List<Context> readings(String part) {
    List<Context> readings = new ArrayList<>();
    String country = country(part);
    if (country != null) {
      readings.add(new Context(country, null));
    }
    for (Region region : regions(part)) {
      readings.add(new Context(region.country(), region));
    }
    return readings;
  }

  private static Context merge(Context a, Context b) {
    if (a.country != null && !a.country.equals(b.country)) {
      return null;
    }
    if (a.region != null && b.region != null && !a.region.equals(b.region)) {
      return null;
    }
    return new Context(b.country, a.region != null ? a.region : b.region);
  }

  private static City largest(List<City> cities, Context context) {
    for (City city : cities) { // largest first
      if (city.country().equals(context.country)
          && (context.region == null || city.admin1().equals(context.region.admin1()))) {
        return city;
      }
    }
    return null;
  }

  /** A part's cities as written, else without its filler words ("Greater London"). */
  private List<City> cities(String part) {
    List<City> cities = gazetteer.cities(part);
    return cities.isEmpty() ? gazetteer.cities(withoutFiller(part)) : cities;
  }

  private String country(String part) {
    String country = gazetteer.country(part);
    if (country == null && part.length() == 2 && gazetteer.isCountryCode(part.toUpperCase())) {
      country = part.toUpperCase();
    }
    return country != null ? country : gazetteer.country(withoutFiller(part));
  }

  private List<Region> regions(String part) {
    List<Region> regions = new ArrayList<>(gazetteer.regions(part));
    if (part.length() <= 3) {
      for (String country : gazetteer.countriesWithAbbreviations()) {
        Region region = gazetteer.regionByAbbreviation(country, part.replace(" ", ""));
        if (region != null) {
          regions.add(region);
        }
      }
    }
    return regions;
  }

  private static String withoutFiller(String part) {
    List<String> words = new ArrayList<>(Arrays.asList(part.split(" ")));
    words.removeIf(FILLER::contains);
    return String.join(" ", words);
  }
}
