package careersearch.server.lucene;

import careersearch.places.Gazetteer;
import careersearch.places.NearWords;
import careersearch.places.Place;
import careersearch.places.PlaceNames;
import careersearch.places.PlaceResolver;
import careersearch.schema.FacetDim;
import careersearch.schema.Fields;
import careersearch.server.api.BadRequestException;
import careersearch.server.api.Near;
import careersearch.server.api.SearchRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.util.SloppyMath;

/**
 * A radius search ({@code near}, {@code within_km}, {@code sort=distance}) over the postings'
 * resolved points. Remote postings have no place to be near, so they are left out unless the
 * request asks for remote work too (a remote filter or the word "remote"), when they are added.
 */
public final class Radius {
  /** Most close names an unknown {@code near} suggests. */
  static final int MAX_SUGGESTIONS = 5;

  private Radius() {}

  /** The request's radius around a point: a named place resolved to its city, or a 400. */
  public static Near resolve(Near near, Gazetteer gazetteer) {
    if (near == null || !near.named()) {
      return near;
    }
    Place place = new PlaceResolver(gazetteer).resolve(near.place());
    if (place.city() == null) {
      String why =
          place.resolved()
              ? "is a country or region, not a city: give a city, or lat,lon"
              : "is not a place careersearch knows";
      List<String> close = suggestions(near.place(), gazetteer);
      throw new BadRequestException(
          "near '"
              + near.place()
              + "' "
              + why
              + (close.isEmpty() ? "" : "; did you mean: " + String.join(", ", close) + "?"));
    }
    return near.at(place.city().lat(), place.city().lon());
  }

  /** Known place names one or two typos from the given one, first part only ("Seatle, WA"). */
  static List<String> suggestions(String name, Gazetteer gazetteer) {
    String first = PlaceNames.normalize(name.split(",")[0]);
    if (first.isEmpty()) {
      return List.of();
    }
    NearWords near = new NearWords(first);
    return gazetteer.names().stream()
        .filter(near::matches)
        .flatMap(n -> gazetteer.cities(n).stream().limit(1).map(gazetteer::cityKey))
        .distinct()
        .limit(MAX_SUGGESTIONS)
        .toList();
  }

  /**
   * The documents within the request's radius (and the remote postings when remote is asked), found
   * once for the searcher and kept ({@link RadiusSets}): every search of the request, and the next
   * request around the same point, filters by the same bit sets instead of walking the points again
   * for each; null without {@code near}.
   */
  static DocBits within(CareerSearcher searcher, SearchRequest request, boolean remoteAsked)
      throws IOException {
    Near near = request.near();
    if (near == null) {
      return null;
    }
    Around around = new Around(near.lat(), near.lon(), near.withinKm(), remoteAsked);
    return searcher.radiusSets().get(around, () -> DocBits.of(around, searcher, around.query()));
  }

  /** A radius as a key: its point, its size, and whether remote postings join it. */
  record Around(double lat, double lon, double km, boolean remote) {
    Query query() {
      Query within = PlaceQueries.within(lat, lon, km);
      if (!remote) {
        return within;
      }
      return new BooleanQuery.Builder()
          .add(within, Occur.SHOULD)
          .add(ValuesOrQuery.has(FacetDim.REMOTE.param(), "remote"), Occur.SHOULD)
          .build();
    }
  }

  /** The query restricted to the radius's documents ({@link #within}), or as it is for none. */
  static Query restrict(Query query, DocBits within) {
    if (within == null) {
      return query;
    }
    return new BooleanQuery.Builder().add(query, Occur.MUST).add(within, Occur.FILTER).build();
  }

  /**
   * Nearest first, postings without a point last; ties broken by relevance, then index order, as
   * the other sorts ({@code SortOrder}), so hits keep their scores and pages are stable.
   */
  static Sort nearestFirst(Near near) {
    return new Sort(
        LatLonDocValuesField.newDistanceSort(Fields.GEO, near.lat(), near.lon()),
        org.apache.lucene.search.SortField.FIELD_SCORE,
        org.apache.lucene.search.SortField.FIELD_DOC);
  }

  /** A hit's distance from the point in km (one decimal), or null when it has no place. */
  @SuppressWarnings("unchecked")
  static Double distanceKm(Near near, Map<String, Object> source) {
    if (!(source.get("place") instanceof Map<?, ?> place)
        || !(place.get("lat") instanceof Number lat)
        || !(place.get("lon") instanceof Number lon)) {
      return null;
    }
    double meters =
        SloppyMath.haversinMeters(near.lat(), near.lon(), lat.doubleValue(), lon.doubleValue());
    return Math.round(meters / 100.0) / 10.0;
  }
}
