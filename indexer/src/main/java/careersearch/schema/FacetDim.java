package careersearch.schema;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.facet.FacetsConfig;

/**
 * Facet dimensions. Each is a doc-values (SortedSet) facet field, so no taxonomy index is needed;
 * {@link #param()} is the HTTP filter parameter and the key in the response's {@code facets}.
 */
public enum FacetDim {
  /** Document type ({@link DocType}). */
  TYPE("type"),
  /** entry | mid | senior | executive. */
  SENIORITY("seniority"),
  /** full_time | part_time | contract | freelance | internship; a job may have several. */
  EMPLOYMENT("employment"),
  /** remote | hybrid | onsite. */
  REMOTE("remote"),
  /** Hiring company of a job posting. */
  COMPANY("company"),
  /** Job location as written; a salary report's company country (ISO 3166 alpha-2). */
  LOCATION("location"),
  /** Role an article section or skill is about (e.g. Machine Learning Engineer). */
  ROLE("role"),
  /** Tool category (article's, e.g. Machine Learning Frameworks, and O*NET commodity title). */
  CATEGORY("category"),
  /** ISO 3166-1 code of a posting's resolved place (or its remote scope), a report's company. */
  COUNTRY("country"),
  /** A posting's resolved city, "Seattle, WA, US" ({@code Gazetteer#cityKey}). */
  CITY("city"),
  /** {@link SalaryBand} keys that a salary range overlaps. */
  SALARY_BAND("salary_band");

  private final String param;

  FacetDim(String param) {
    this.param = param;
  }

  public String param() {
    return param;
  }

  public static Optional<FacetDim> fromParam(String param) {
    return Arrays.stream(values()).filter(d -> d.param.equals(param)).findFirst();
  }

  public static List<String> params() {
    return Arrays.stream(values()).map(FacetDim::param).toList();
  }

  /** The one facets configuration used to index and to count. */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (FacetDim dim : values()) {
      // any document may carry several values of a dimension (a job's employment types, the
      // roles of a section, the bands a range overlaps)
      config.setMultiValued(dim.param, true);
    }
    return config;
  }
}
