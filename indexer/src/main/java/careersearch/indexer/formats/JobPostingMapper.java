package careersearch.indexer.formats;

import static careersearch.indexer.formats.JsonLdValues.each;
import static careersearch.indexer.formats.JsonLdValues.first;
import static careersearch.indexer.formats.JsonLdValues.nameOrText;
import static careersearch.indexer.formats.JsonLdValues.number;
import static careersearch.indexer.formats.JsonLdValues.scalar;
import static careersearch.indexer.formats.JsonLdValues.text;
import static careersearch.indexer.formats.JsonLdValues.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A schema.org {@code JobPosting} (JSON-LD) to the object of the JSONL format. Each property is
 * read in the shapes schema.org allows for it (text, a typed object, an array); a property that is
 * absent, unknown or whose value cannot be mapped is left out, so only a missing title or company
 * (or a salary in a currency without a rate) fails a posting, in {@code PostingJson}. The README's
 * JSON-LD section is the mapping table.
 */
final class JobPostingMapper {
  private JobPostingMapper() {}

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final Map<String, String> EMPLOYMENT =
      Map.of(
          "FULL_TIME", "full_time",
          "PART_TIME", "part_time",
          "CONTRACTOR", "contract",
          "TEMPORARY", "contract",
          "INTERN", "internship");

  private static final Map<String, String> PERIODS =
      Map.of("HOUR", "hour", "DAY", "day", "WEEK", "week", "MONTH", "month", "YEAR", "year");

  /** Months of experience at most which a posting is entry level, and from which it is senior. */
  static final int ENTRY_MONTHS = 24;

  static final int SENIOR_MONTHS = 60;

  private static final Pattern DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})([T ].*)?$");
  private static final Pattern HTTP_URL = Pattern.compile("(?i)^https?://\\S+$");

  /** "3 years", "5+ years", "2-3 yrs": the one figure of years a requirement text states. */
  private static final Pattern YEARS =
      Pattern.compile(
          "(?i)\\b(\\d{1,2})(?:\\s*(?:\\+|-|–|to)\\s*\\d{0,2})?\\+?\\s*(?:years?|yrs?)\\b");

  static ObjectNode map(JsonNode posting) {
    ObjectNode out = NODES.objectNode();
    putText(out, "id", identifier(posting.get("identifier")));
    putText(out, "title", inline(text(posting.get("title"))));
    putText(out, "company", inline(organization(posting.get("hiringOrganization"))));
    List<String> locations = locations(posting.get("jobLocation"));
    boolean telecommute =
        texts(posting.get("jobLocationType")).stream()
            .anyMatch(t -> t.equalsIgnoreCase("TELECOMMUTE"));
    if (!locations.isEmpty()) {
      putText(out, "location", locations.get(0));
    } else if (telecommute) {
      List<String> where = names(posting.get("applicantLocationRequirements"));
      putText(
          out,
          "location",
          where.isEmpty() ? "Remote" : "Remote (" + String.join(", ", where) + ")");
    }
    if (telecommute) {
      out.put("remote", "remote");
    }
    putList(out, "employment", employment(posting.get("employmentType")));
    Experience experience = experience(posting.get("experienceRequirements"));
    putText(out, "seniority", experience.seniority());
    ObjectNode salary = salary(posting.get("baseSalary"), text(posting.get("salaryCurrency")));
    if (salary != null) {
      out.set("salary", salary);
    }
    putText(out, "posted_at", date(posting.get("datePosted")));
    putText(out, "valid_through", date(posting.get("validThrough")));
    putText(out, "description", description(posting, locations, experience));
    putText(out, "url", url(text(posting.get("url"))));
    putList(out, "skills", skills(posting.get("skills")));
    return out;
  }

  // ---- the properties

  private static String identifier(JsonNode value) {
    JsonNode first = first(value);
    if (first != null && first.isObject()) {
      return scalar(first.get("value"));
    }
    return scalar(first);
  }

  /** An Organization's name, or the organization as text. */
  private static String organization(JsonNode value) {
    JsonNode first = first(value);
    return first != null && first.isObject() ? text(first.get("name")) : text(first);
  }

  /** Each Place's address as "Locality, Region, Country" (or its text, or the place's name). */
  private static List<String> locations(JsonNode value) {
    Set<String> locations = new LinkedHashSet<>();
    for (JsonNode place : each(value)) {
      String location = place.isObject() ? address(place) : inline(text(place));
      if (location != null) {
        locations.add(location);
      }
    }
    return List.copyOf(locations);
  }

  private static String address(JsonNode place) {
    JsonNode address = first(place.get("address"));
    if (address == null) {
      return inline(text(place.get("name")));
    }
    if (!address.isObject()) {
      return inline(text(address));
    }
    List<String> parts = new ArrayList<>();
    for (String part : List.of("addressLocality", "addressRegion", "addressCountry")) {
      String text = inline(nameOrText(address.get(part)));
      if (text != null && !parts.contains(text)) {
        parts.add(text);
      }
    }
    return parts.isEmpty() ? inline(text(place.get("name"))) : String.join(", ", parts);
  }

  /** The names of Country or State objects, or texts. */
  private static List<String> names(JsonNode value) {
    List<String> names = new ArrayList<>();
    for (JsonNode each : each(value)) {
      String name = inline(nameOrText(each));
      if (name != null && !names.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }

  private static List<String> employment(JsonNode value) {
    Set<String> types = new LinkedHashSet<>();
    for (String text : texts(value)) {
      for (String part : text.split(",")) {
        String key = part.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        String type = EMPLOYMENT.get(key);
        if (type != null) {
          types.add(type); // PER_DIEM, VOLUNTEER, OTHER and unknown types have no counterpart
        }
      }
    }
    return List.copyOf(types);
  }

  /**
   * A MonetaryAmount ({@code currency}, {@code value}: a number or a QuantitativeValue with {@code
   * value} or {@code minValue}/{@code maxValue} and {@code unitText}), or a bare number in the
   * posting's {@code salaryCurrency}. Without a currency or a figure there is no salary.
   */
  private static ObjectNode salary(JsonNode value, String postingCurrency) {
    JsonNode amount = first(value);
    if (amount == null) {
      return null;
    }
    String currency = postingCurrency;
    JsonNode figure = amount;
    if (amount.isObject()) {
      currency = text(amount.get("currency")) != null ? text(amount.get("currency")) : currency;
      figure = first(amount.get("value"));
    }
    if (figure == null || currency == null) {
      return null;
    }
    BigDecimal min;
    BigDecimal max;
    String unit = null;
    if (figure.isObject()) {
      BigDecimal single = number(figure.get("value"));
      min = single != null ? single : number(figure.get("minValue"));
      max = single != null ? single : number(figure.get("maxValue"));
      unit = text(figure.get("unitText"));
    } else {
      min = number(figure);
      max = min;
    }
    if (unit == null && amount.isObject()) {
      unit = text(amount.get("unitText"));
    }
    String period = unit == null ? "year" : PERIODS.get(unit.toUpperCase(Locale.ROOT));
    if ((min == null && max == null) || period == null) {
      return null;
    }
    ObjectNode salary = NODES.objectNode();
    putNumber(salary, "min", min);
    putNumber(salary, "max", max);
    salary.put("currency", currency.toUpperCase(Locale.ROOT));
    salary.put("period", period);
    return salary;
  }

  /** The date of a date or date-time, as written (not moved to another zone). */
  private static String date(JsonNode value) {
    String text = text(first(value));
    if (text == null) {
      return null;
    }
    Matcher date = DATE.matcher(text);
    if (!date.matches()) {
      return null;
    }
    try {
      return LocalDate.parse(date.group(1)).toString();
    } catch (DateTimeParseException e) {
      return null; // 2024-02-30
    }
  }

  private static String url(String text) {
    return text != null && HTTP_URL.matcher(text).matches() ? text : null;
  }

  /** Skills as text (a comma list), DefinedTerms or an array of either. */
  private static List<String> skills(JsonNode value) {
    Set<String> skills = new LinkedHashSet<>();
    for (JsonNode each : each(value)) {
      String text = inline(nameOrText(each));
      if (text == null) {
        continue;
      }
      for (String part : text.split(",")) {
        if (!part.isBlank()) {
          skills.add(part.strip());
        }
      }
    }
    return List.copyOf(skills);
  }

  /** What an experience requirement says: a seniority, and a text for the description. */
  private record Experience(String seniority, String text) {}

  /**
   * OccupationalExperienceRequirements' {@code monthsOfExperience}, or a text that states one
   * figure of years: up to {@value #ENTRY_MONTHS} months is entry, {@value #SENIOR_MONTHS} or more
   * senior, in between mid. A text is also kept in the description, as it says more than a figure.
   */
  private static Experience experience(JsonNode value) {
    JsonNode first = first(value);
    if (first == null) {
      return new Experience(null, null);
    }
    if (first.isObject()) {
      BigDecimal months = number(first.get("monthsOfExperience"));
      return new Experience(
          months == null ? null : seniority(months.doubleValue()),
          inline(text(first.get("description"))));
    }
    String text = inline(text(first));
    if (text == null) {
      return new Experience(null, null);
    }
    Matcher years = YEARS.matcher(text);
    String seniority = null;
    if (years.find()) {
      int figure = Integer.parseInt(years.group(1));
      seniority = years.find() ? null : seniority(figure * 12.0); // two figures: not clear
    }
    return new Experience(seniority, text);
  }

  private static String seniority(double months) {
    if (months <= ENTRY_MONTHS) {
      return "entry";
    }
    return months >= SENIOR_MONTHS ? "senior" : "mid";
  }

  /**
   * The description as plain text, then what has no field of its own: the other locations and the
   * experience asked for.
   */
  private static String description(
      JsonNode posting, List<String> locations, Experience experience) {
    List<String> parts = new ArrayList<>();
    String html = text(posting.get("description"));
    if (html != null) {
      String text = HtmlText.of(html);
      if (!text.isEmpty()) {
        parts.add(text);
      }
    }
    if (locations.size() > 1) {
      parts.add("Also in: " + String.join("; ", locations.subList(1, locations.size())));
    }
    if (experience.text() != null) {
      parts.add("Experience: " + experience.text());
    }
    return parts.isEmpty() ? null : String.join("\n\n", parts);
  }

  private static String inline(String text) {
    if (text == null) {
      return null;
    }
    String plain = HtmlText.inline(text);
    return plain.isEmpty() ? null : plain;
  }

  private static void putText(ObjectNode out, String field, String value) {
    if (value != null) {
      out.put(field, value);
    }
  }

  /** A whole figure as an integer, a fraction (an hourly 42.50) as it is. */
  private static void putNumber(ObjectNode out, String field, BigDecimal value) {
    if (value == null) {
      return;
    }
    BigDecimal plain = value.stripTrailingZeros();
    if (plain.scale() <= 0 && plain.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
      out.put(field, plain.longValue());
    } else {
      out.put(field, plain);
    }
  }

  private static void putList(ObjectNode out, String field, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode array = out.putArray(field);
      values.forEach(array::add);
    }
  }
}
