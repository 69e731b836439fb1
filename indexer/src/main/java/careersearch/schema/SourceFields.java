package careersearch.schema;

/**
 * The keys of a document's stored JSON source ({@link Fields#SOURCE}): what the API returns for a
 * hit or a document, and what the server reads back into the {@code indexer.model} records. Every
 * source starts with {@link #ID}, {@link #TYPE} and {@link #TITLE}; the rest depend on the type.
 * Changing one changes the API and needs a new {@link Schema} version.
 */
public final class SourceFields {
  private SourceFields() {}

  // ---- every document
  public static final String ID = "id";
  public static final String TYPE = "type";
  public static final String TITLE = "title";

  // ---- job posting
  public static final String COMPANY = "company";
  public static final String LOCATION = "location";
  public static final String REMOTE = "remote";
  public static final String EMPLOYMENT = "employment";
  public static final String SENIORITY = "seniority";
  public static final String SALARY = "salary";
  public static final String POSTED_AT = "posted_at";
  public static final String VALID_THROUGH = "valid_through";
  public static final String DESCRIPTION = "description";
  public static final String URL = "url";
  public static final String SKILLS = "skills";
  public static final String PLACE = "place";

  /** Where a posting came from (a file and line), not the stored field. */
  public static final String ORIGIN = "source";

  // ---- a posting's salary
  public static final String MIN = "min";
  public static final String MAX = "max";
  public static final String CURRENCY = "currency";
  public static final String PERIOD = "period";
  public static final String MIN_USD_YEAR = "min_usd_year";
  public static final String MAX_USD_YEAR = "max_usd_year";

  // ---- a posting's resolved place
  public static final String CITY = "city";
  public static final String CITY_KEY = "city_key";
  public static final String LAT = "lat";
  public static final String LON = "lon";
  public static final String REGION = "region";
  public static final String COUNTRY = "country";
  public static final String COUNTRY_NAME = "country_name";
  public static final String REMOTE_SCOPE = "remote_scope";
  public static final String LABEL = "label";

  // ---- occupation (and its related occupations: code, title, tier)
  public static final String CODE = "code";
  public static final String ALTERNATE_TITLES = "alternate_titles";
  public static final String REPORTED_TITLES = "reported_titles";
  public static final String TASKS = "tasks";
  public static final String JOB_ZONE = "job_zone";
  public static final String JOB_ZONE_NAME = "job_zone_name";
  public static final String RELATED = "related";
  public static final String TIER = "tier";

  // ---- tool (and the occupations using it: code, title, the two flags)
  public static final String NAME = "name";
  public static final String CATEGORIES = "categories";
  public static final String ROLES = "roles";
  public static final String HOT_TECHNOLOGY = "hot_technology";
  public static final String IN_DEMAND = "in_demand";
  public static final String ONET_NAMES = "onet_names";
  public static final String OCCUPATIONS = "occupations";

  // ---- article section and skill statement
  public static final String HEADING_PATH = "heading_path";
  public static final String ORDER = "order";
  public static final String TEXT = "text";
  public static final String ROLE = "role";
  public static final String TOOLS = "tools";

  // ---- salary report (its salary: amount, currency, period, usd_year)
  public static final String YEAR = "year";
  public static final String REMOTE_RATIO = "remote_ratio";
  public static final String EMPLOYEE_RESIDENCE = "employee_residence";
  public static final String COMPANY_LOCATION = "company_location";
  public static final String COMPANY_SIZE = "company_size";
  public static final String AMOUNT = "amount";
  public static final String USD_YEAR = "usd_year";
}
