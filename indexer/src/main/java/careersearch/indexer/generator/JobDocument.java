package careersearch.indexer.generator;

import careersearch.embed.Meaning;
import careersearch.indexer.model.JobPosting;
import careersearch.places.City;
import careersearch.places.Place;
import careersearch.schema.DocType;
import careersearch.schema.FacetDim;
import careersearch.schema.Fields;
import careersearch.schema.NameKeys;
import careersearch.schema.SourceFields;
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
            .bodyInSource(SourceFields.DESCRIPTION)
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
            .put(SourceFields.COMPANY, job.company())
            .put(SourceFields.LOCATION, job.location())
            .put(SourceFields.REMOTE, job.remote())
            .put(SourceFields.EMPLOYMENT, job.employment())
            .put(SourceFields.SENIORITY, job.seniority())
            .put(SourceFields.SALARY, job.salary() == null ? null : SourceJson.map(job.salary()))
            .put(SourceFields.POSTED_AT, job.postedAt() == null ? null : job.postedAt().toString())
            .put(
                SourceFields.VALID_THROUGH,
                job.validThrough() == null ? null : job.validThrough().toString())
            .put(SourceFields.DESCRIPTION, job.description())
            .put(SourceFields.URL, job.url())
            .put(SourceFields.SKILLS, job.skills())
            .put(SourceFields.PLACE, place(place))
            .put(SourceFields.ORIGIN, job.source());
    base.facet(FacetDim.COUNTRY, place.country())
        .facet(FacetDim.CITY, place.cityKey())
        .keyword(Fields.REGION, place.region());
    if (job.skills() != null) {
      job.skills().forEach(skill -> base.keyword(Fields.SKILL, NameKeys.of(skill)));
    }
    if (place.city() != null) {
      base.geo(place.city().lat(), place.city().lon());
    }
    if (job.salary() != null) {
      base.salaryUsd(job.salary().minUsdYear(), job.salary().maxUsdYear());
    }
    if (job.postedAt() != null) {
      base.postedDay(job.postedAt().toEpochDay());
    }
    if (job.validThrough() != null) {
      base.validThrough(job.validThrough().toEpochDay());
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
        SourceFields.CITY, city == null ? null : city.name(),
        SourceFields.CITY_KEY, place.cityKey(),
        SourceFields.LAT, city == null ? null : city.lat(),
        SourceFields.LON, city == null ? null : city.lon(),
        SourceFields.REGION, place.region(),
        SourceFields.COUNTRY, place.country(),
        SourceFields.COUNTRY_NAME, place.countryName(),
        SourceFields.REMOTE_SCOPE, place.remoteScope(),
        SourceFields.LABEL, place.label());
  }

  /** The title's share of a posting's meaning; its skills share the rest. */
  private static final float TITLE_WEIGHT = 0.6f;

  /**
   * The title and each skill, embedded apart: titles and skills recur across postings, so a million
   * postings need tens of thousands of embeddings, not a million (see {@code Meaning}).
   */
  public static Meaning meaning(JobPosting job) {
    return Meaning.of(job.title(), TITLE_WEIGHT, job.skills());
  }
}
