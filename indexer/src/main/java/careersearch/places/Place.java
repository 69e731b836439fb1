package careersearch.places;

import java.util.Locale;

/**
 * Where a posting is, as resolved from its location text. Every part may be null: "Remote" has only
 * a remote scope, "Canada" only a country, "Moon Base" nothing.
 *
 * @param city the GeoNames city, or null
 * @param cityKey the city's facet value, "Seattle, WA, US" ({@link Gazetteer#cityKey})
 * @param region ISO 3166-2 style code ("US-WA", "CA-ON"; GeoNames admin1 elsewhere: "DE-02")
 * @param country ISO 3166-1 alpha-2
 * @param remoteScope the country remote work is limited to, {@link #ANYWHERE}, or null when the
 *     location does not say remote
 * @param label how a card shows it: "Seattle, Washington, United States", "Canada"
 */
public record Place(
    City city, String cityKey, String region, String country, String remoteScope, String label) {
  /** Remote scope of "Remote", "Anywhere", "Worldwide". */
  public static final String ANYWHERE = "*";

  public static final Place UNKNOWN = new Place(null, null, null, null, null, null);

  /** Whether anything was understood. */
  public boolean resolved() {
    return city != null || region != null || country != null || remoteScope != null;
  }

  /** The country's English name, or null. */
  public String countryName() {
    return country == null ? null : new Locale("", country).getDisplayCountry(Locale.ENGLISH);
  }

  Place withRemoteScope(String scope) {
    return new Place(city, cityKey, region, country, scope, label);
  }
}
