package careersearch.server.lucene;

import careersearch.schema.FacetDim;
import careersearch.schema.Fields;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The documents of a place chip, by the resolved fields rather than the location as written: a
 * country (remote postings scoped to it included), a city, a region, or a metro's radius.
 */
public final class PlaceQueries {
  private PlaceQueries() {}

  /** The documents of a place chip's dimension and value, or null when it is no place chip. */
  public static Query of(String dimension, String value) {
    return switch (dimension) {
      case "country" -> ValuesOrQuery.has(FacetDim.COUNTRY.param(), value);
      case "city" -> ValuesOrQuery.has(FacetDim.CITY.param(), value);
      case "region" -> new TermQuery(new Term(Fields.REGION, value));
      case "metro" -> metro(value);
      default -> null;
    };
  }

  /** Postings within a radius of a point. */
  public static Query within(double lat, double lon, double km) {
    return LatLonPoint.newDistanceQuery(Fields.GEO, lat, lon, km * 1000);
  }

  /** A metro chip's value: "lat,lon,km". */
  private static Query metro(String value) {
    String[] parts = value.split(",");
    return within(
        Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]));
  }
}
