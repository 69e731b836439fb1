package careersearch.server.api;

/**
 * A radius search: {@code near} (a place name, or {@code lat,lon}) and {@code within_km}. A place
 * name is resolved by the backend, which knows the gazetteer; coordinates are checked here.
 *
 * @param place the place name as given, or null when coordinates were given
 * @param lat latitude, when given as coordinates
 * @param lon longitude, when given as coordinates
 * @param withinKm the radius, 1-1000 km
 */
public record Near(String place, Double lat, Double lon, int withinKm) {
  public static final int DEFAULT_KM = 50;
  public static final int MIN_KM = 1;
  public static final int MAX_KM = 1000;

  /** Whether the point still needs resolving from a place name. */
  public boolean named() {
    return place != null;
  }

  /** The same radius around a resolved point. */
  public Near at(double latitude, double longitude) {
    return new Near(place, latitude, longitude, withinKm);
  }
}
