package careersearch.indexer.corpus;

import careersearch.indexer.model.JobPosting;
import careersearch.indexer.model.Salary;
import careersearch.schema.Vocabulary;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One JSON line of the postings format ({@code corpus/postings/README.md}) to a {@link JobPosting},
 * checked field by field: unknown keys, wrong types, values outside the vocabulary and bad dates or
 * URLs are a {@link BadLine} that names the field. Salaries are normalized here. Every input format
 * ({@code careersearch.indexer.formats}) maps its items to this one object shape and is checked
 * here, so all formats share one validation.
 */
public final class PostingJson {
  /** The fields of the format, in the order of its README. */
  private static final List<String> FIELD_ORDER =
      List.of(
          "id",
          "title",
          "company",
          "location",
          "remote",
          "employment",
          "seniority",
          "salary",
          "posted_at",
          "valid_through",
          "description",
          "url",
          "skills");

  private static final Set<String> FIELDS = Set.copyOf(FIELD_ORDER);
  private static final Set<String> SALARY_FIELDS = Set.of("min", "max", "currency", "period");

  // a duplicate key would otherwise silently keep the last value
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final ObjectReader TREE_READER = MAPPER.reader();

  private final SalaryNormalizer normalizer;

  public PostingJson(SalaryNormalizer normalizer) {
    this.normalizer = normalizer;
  }

  /** The top-level fields of the format, in the order of its README. */
  public static List<String> fields() {
    return FIELD_ORDER;
  }

  /**
   * One posting's JSON text (a line of JSON Lines) as an object, read strictly: a duplicate key,
   * content after the object or anything but an object is a {@link BadLine}.
   */
  public static ObjectNode parseObject(String text) {
    JsonNode node;
    try (JsonParser parser = MAPPER.createParser(text)) {
      node = TREE_READER.readTree(parser);
      // two postings glued onto one line, or stray text after the posting
      if (parser.nextToken() != null) {
        throw new BadLine(
            "invalid JSON: more content after the end of the posting (column "
                + parser.currentTokenLocation().getColumnNr()
                + ")");
      }
    } catch (JsonProcessingException e) {
      throw new BadLine("invalid JSON: " + jsonProblem(e));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a String does no I/O
    }
    if (!node.isObject()) {
      throw new BadLine("expected a JSON object, got " + kind(node));
    }
    return (ObjectNode) node;
  }

  /** Jackson's message without its multi-line source excerpt, plus the column. */
  private static String jsonProblem(JsonProcessingException e) {
    String message = String.valueOf(e.getOriginalMessage());
    int excerpt = message.indexOf(" (start marker at ");
    if (excerpt >= 0) {
      message = message.substring(0, excerpt);
    }
    message = message.replace('\n', ' ').strip();
    JsonLocation where = e.getLocation();
    return where == null || where.getColumnNr() < 1
        ? message
        : message + " (column " + where.getColumnNr() + ")";
  }

  /**
   * The posting of one line's JSON text, with {@code id} null when the line gives none.
   *
   * @throws BadLine when the text is not a posting of the format
   */
  JobPosting parse(String text, String source) {
    return parse(parseObject(text), source);
  }

  /**
   * The posting of one object of the format, with {@code id} null when it gives none (the caller
   * gives it one from its content, {@code PostingIds}).
   *
   * @param source where it came from, e.g. {@code file.jsonl:3}, kept as the posting's origin
   * @throws BadLine when the object is not a posting of the format
   */
  public JobPosting parse(ObjectNode node, String source) {
    checkKeys(node, FIELDS, "");
    String title = requiredText(node, "title");
    String company = requiredText(node, "company");
    String location = optionalText(node, "location");
    String remote = optionalChoice(node, "remote", Vocabulary.REMOTE);
    List<String> employment = employment(node.get("employment"));
    String seniority = optionalChoice(node, "seniority", Vocabulary.SENIORITY);
    Salary salary = salary(node.get("salary"));
    LocalDate postedAt = isoDate(node.get("posted_at"), "posted_at");
    LocalDate validThrough = isoDate(node.get("valid_through"), "valid_through");
    String description = optionalText(node, "description");
    String url = url(node.get("url"));
    List<String> skills = skills(node.get("skills"));
    JobPosting posting =
        new JobPosting(
            null,
            title,
            company,
            location,
            remote,
            employment,
            seniority,
            salary,
            postedAt,
            validThrough,
            description,
            url,
            skills,
            source);
    String id = optionalText(node, "id");
    if (id == null && isPresent(node.get("id"))) {
      throw new BadLine("id must not be blank");
    }
    return id == null ? posting : PostingIds.withId(posting, id);
  }

  /** Rejects keys outside the format; keys starting with '_' are annotations and ignored. */
  private static void checkKeys(JsonNode object, Set<String> allowed, String prefix) {
    for (Map.Entry<String, JsonNode> property : object.properties()) {
      String key = property.getKey();
      if (!key.startsWith("_") && !allowed.contains(key)) {
        throw new BadLine("unknown field '" + prefix + key + "'");
      }
    }
  }

  private static String requiredText(JsonNode node, String field) {
    if (!isPresent(node.get(field))) {
      throw new BadLine("missing required field '" + field + "'");
    }
    String value = optionalText(node, field);
    if (value == null) {
      throw new BadLine(field + " must not be blank");
    }
    return value;
  }

  /** The stripped string, or null when absent, null or blank. */
  private static String optionalText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (!isPresent(value)) {
      return null;
    }
    if (!value.isTextual()) {
      throw new BadLine(field + " must be a string");
    }
    String text = value.textValue().strip();
    return text.isEmpty() ? null : text;
  }

  /** One of the allowed values, matched without regard to case. */
  private static String optionalChoice(JsonNode node, String field, List<String> allowed) {
    String value = optionalText(node, field);
    return value == null ? null : choice(field, value, allowed);
  }

  private static String choice(String field, String value, List<String> allowed) {
    String key = value.toLowerCase(Locale.ROOT);
    if (!allowed.contains(key)) {
      throw new BadLine(
          "unknown "
              + field
              + " value '"
              + value
              + "' (allowed: "
              + String.join(", ", allowed)
              + ")");
    }
    return key;
  }

  /** A list of employment types; a single string is a list of one. */
  private static List<String> employment(JsonNode value) {
    if (!isPresent(value)) {
      return List.of();
    }
    if (value.isTextual()) {
      return List.of(choice("employment", value.textValue().strip(), Vocabulary.EMPLOYMENT));
    }
    return stringList(value, "employment").stream()
        .map(e -> choice("employment", e, Vocabulary.EMPLOYMENT))
        .toList();
  }

  private static List<String> skills(JsonNode value) {
    return isPresent(value) ? stringList(value, "skills") : List.of();
  }

  /** A JSON array of non-blank strings, each stripped. */
  private static List<String> stringList(JsonNode value, String field) {
    if (!value.isArray()) {
      throw new BadLine(field + " must be a list of strings");
    }
    List<String> list = new ArrayList<>(value.size());
    for (int i = 0; i < value.size(); i++) {
      JsonNode element = value.get(i);
      if (!element.isTextual()) {
        throw new BadLine(field + "[" + i + "] must be a string");
      }
      String text = element.textValue().strip();
      if (text.isEmpty()) {
        throw new BadLine(field + "[" + i + "] must not be blank");
      }
      list.add(text);
    }
    return List.copyOf(list);
  }

  private Salary salary(JsonNode value) {
    if (!isPresent(value)) {
      return null;
    }
    if (!value.isObject()) {
      throw new BadLine("salary must be an object");
    }
    checkKeys(value, SALARY_FIELDS, "salary.");
    Long min = amount(value, "min");
    Long max = amount(value, "max");
    if (min == null && max == null) {
      throw new BadLine("salary needs min or max");
    }
    if (!isPresent(value.get("currency"))) {
      throw new BadLine("missing required field 'salary.currency'");
    }
    String currency = optionalText(value, "currency", "salary.currency");
    String period = optionalText(value, "period", "salary.period");
    try {
      // a single figure is a range of one point
      return normalizer.normalize(
          min != null ? min : max,
          max != null ? max : min,
          currency == null ? "" : currency,
          period == null ? "year" : period);
    } catch (IllegalArgumentException e) {
      throw new BadLine(e.getMessage());
    }
  }

  private static String optionalText(JsonNode node, String field, String label) {
    JsonNode value = node.get(field);
    if (isPresent(value) && !value.isTextual()) {
      throw new BadLine(label + " must be a string");
    }
    return optionalText(node, field);
  }

  /** A whole amount; fractions (an hourly 42.50) are rounded to the nearest unit. */
  private static Long amount(JsonNode salary, String field) {
    JsonNode value = salary.get(field);
    if (!isPresent(value)) {
      return null;
    }
    if (!value.isNumber()) {
      throw new BadLine("salary." + field + " must be a number");
    }
    if (value.isIntegralNumber() && value.canConvertToLong()) {
      return value.longValue();
    }
    double d = value.doubleValue();
    // far beyond any salary, and keeps the USD conversion from overflowing
    if (value.isIntegralNumber() || !Double.isFinite(d) || Math.abs(d) > 1e15) {
      throw new BadLine("salary." + field + " is out of range");
    }
    return Math.round(d);
  }

  private static LocalDate isoDate(JsonNode value, String field) {
    if (!isPresent(value)) {
      return null;
    }
    if (!value.isTextual()) {
      throw new BadLine(field + " must be a string (yyyy-MM-dd)");
    }
    try {
      // ISO_LOCAL_DATE resolves strictly, so 2024-02-30 is rejected too
      return LocalDate.parse(value.textValue(), DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      throw new BadLine(field + " '" + value.textValue() + "' is not an ISO date (yyyy-MM-dd)");
    }
  }

  private static String url(JsonNode value) {
    if (!isPresent(value)) {
      return null;
    }
    if (!value.isTextual()) {
      throw new BadLine("url must be a string");
    }
    String text = value.textValue().strip();
    if (text.isEmpty()) {
      return null;
    }
    if (!isHttpUrl(text)) {
      throw new BadLine("url '" + text + "' is not an http(s) URL");
    }
    return text;
  }

  private static boolean isHttpUrl(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme();
      return scheme != null
          && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          && uri.getRawAuthority() != null
          && !uri.getRawAuthority().isBlank();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static boolean isPresent(JsonNode value) {
    return value != null && !value.isNull();
  }

  private static String kind(JsonNode node) {
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
