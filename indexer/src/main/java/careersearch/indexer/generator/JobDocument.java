package careersearch.indexer.generator;

import careersearch.indexer.model.JobPosting;
import careersearch.indexer.model.Salary;
import careersearch.places.City;
import careersearch.places.Place;
import careersearch.schema.DocType;
import careersearch.schema.FacetDim;
import careersearch.schema.Fields;
import java.util.Map;
import org.apache.lucene.document.Document;

/** Builds the document of one job posting. */
public final class JobDocument {
  private JobDocument() {}

  /** A posting whose location is not resolved (tests, and callers without a gazetteer). */
  public static Document build(JobPosting job) {
    return build(job, Place.UNKNOWN);
  }

  /** A posting with its location resolved: country and city facets, region, point, place. */
  public static Document build(JobPosting job, Place place) {
    DocumentBase base =
        new DocumentBase(job.id(), DocType.JOB, job.title(), job.description())
            .bodyInSource("description")
            .facet(FacetDim.COMPANY, job.company())
            .facet(FacetDim.LOCATION, job.location())
            .facet(FacetDim.REMOTE, job.remote())
            .facet(FacetDim.SENIORITY, job.seniority())
            .facets(FacetDim.EMPLOYMENT, job.employment())
            // words people search with: company, place, "remote", "senior", the skills asked for
            .tag(job.company())
            .tag(job.location())
            .tag(job.remote())
            .tag(job.seniority())
            .tags(job.employment())
            .tags(job.skills())
            .put("company", job.company())
            .put("location", job.location())
            .put("remote", job.remote())
            .put("employment", job.employment())
            .put("seniority", job.seniority())
            .put("salary", salary(job.salary()))
            .put("posted_at", job.postedAt() == null ? null : job.postedAt().toString())
            .put("description", job.description())
            .put("url", job.url())
            .put("skills", job.skills())
            .put("place", place(place))
            .put("source", job.source());
    base.facet(FacetDim.COUNTRY, place.country())
        .facet(FacetDim.CITY, place.cityKey())
        .keyword(Fields.REGION, place.region());
    if (place.city() != null) {
      base.geo(place.city().lat(), place.city().lon());
    }
    if (job.salary() != null) {
      base.salaryUsd(job.salary().minUsdYear(), job.salary().maxUsdYear());
    }
    if (job.postedAt() != null) {
      base.postedDay(job.postedAt().toEpochDay());
    }
    return base.build();
  }

  /** The resolved place as the API shows it, beside the location as written. */
  static Map<String, Object> place(Place place) {
    if (!place.resolved()) {
      return null;
    }
    City city = place.city();
    return DocumentBase.object(
        "city", city == null ? null : city.name(),
        "city_key", place.cityKey(),
        "lat", city == null ? null : city.lat(),
        "lon", city == null ? null : city.lon(),
        "region", place.region(),
        "country", place.country(),
        "country_name", place.countryName(),
        "remote_scope", place.remoteScope(),
        "label", place.label());
  }

  /** The salary as the API shows it: published figures and USD per year. */
  static Map<String, Object> salary(Salary salary) {
    if (salary == null) {
      return null;
    }
    return DocumentBase.object(
        "min", salary.min(),
        "max", salary.max(),
        "currency", salary.currency(),
        "period", salary.period(),
        "min_usd_year", salary.minUsdYear(),
        "max_usd_year", salary.maxUsdYear());
  }
}
