package careersearch.schema;

import java.util.List;

/** Closed value sets of the corpus and the API; labels are for people. */
public final class Vocabulary {
  private Vocabulary() {}

  /** Seniority levels, junior to senior. */
  public static final List<String> SENIORITY = List.of("entry", "mid", "senior", "executive");

  /** Employment types. */
  public static final List<String> EMPLOYMENT =
      List.of("full_time", "part_time", "contract", "freelance", "internship");

  /** Where the work happens. */
  public static final List<String> REMOTE = List.of("remote", "hybrid", "onsite");

  /** The allowed values of a dimension, or null when its values are open (company, location). */
  public static List<String> allowed(FacetDim dim) {
    return switch (dim) {
      case TYPE -> DocType.keys();
      case SENIORITY -> SENIORITY;
      case EMPLOYMENT -> EMPLOYMENT;
      case REMOTE -> REMOTE;
      case SALARY_BAND -> SalaryBand.keys();
      case COMPANY, LOCATION, ROLE, CATEGORY, COUNTRY, CITY -> null;
    };
  }

  /** A label for a facet value: "full_time" reads "Full time", a band key its band label. */
  public static String label(FacetDim dim, String value) {
    return switch (dim) {
      case TYPE -> DocType.fromKey(value).map(DocType::label).orElse(value);
      case SALARY_BAND -> SalaryBand.fromKey(value).map(SalaryBand::label).orElse(value);
      case SENIORITY, EMPLOYMENT, REMOTE -> humanize(value);
      case LOCATION -> countryName(value);
      case COUNTRY -> new java.util.Locale("", value).getDisplayCountry(java.util.Locale.ENGLISH);
      case COMPANY, ROLE, CATEGORY, CITY -> value;
    };
  }

  private static String humanize(String value) {
    String words = value.replace('_', ' ');
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** Salary reports carry ISO country codes; show "Germany (DE)" rather than "DE". */
  private static String countryName(String value) {
    if (value.length() == 2 && value.chars().allMatch(Character::isUpperCase)) {
      String name = new java.util.Locale("", value).getDisplayCountry(java.util.Locale.ENGLISH);
      if (!name.isEmpty() && !name.equals(value)) {
        return name + " (" + value + ")";
      }
    }
    return value;
  }
}
