package careersearch.places;

/** A GeoNames city of {@code cities.tsv}. */
public record City(
    long id, String name, String country, String admin1, long population, double lat, double lon) {}
