package careersearch.indexer.corpus;

import careersearch.indexer.model.JobPosting;
import careersearch.indexer.model.Salary;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads job postings from JSON Lines files ({@code corpus/postings/README.md} describes the
 * format). Each line is decoded as strict UTF-8, parsed to a tree and checked field by field, so a
 * bad line is reported as {@code file:line: reason}.
 *
 * <p>An instance keeps its {@link #skipped()} count, {@link #problems()} and the ids it has read
 * across calls to {@link #read}, so an id is unique over all the files one instance reads; it is
 * not thread-safe.
 */
public final class JsonlPostingsReader {
  /** Longest accepted line in bytes, without its line break. */
  public static final int MAX_LINE_BYTES = 1 << 20;

  /** Most problems kept by {@link #problems()}; later ones are only counted. */
  public static final int MAX_PROBLEMS = 100;

  /**
   * Bits of a line number in an id's packed first place (a file of 2^40 lines would be over a
   * terabyte); the file index takes the rest.
   */
  private static final int LINE_BITS = 40;

  private static final long LINE_LIMIT = 1L << LINE_BITS;

  static final List<String> REMOTE = List.of("remote", "hybrid", "onsite");
  static final List<String> EMPLOYMENT =
      List.of("full_time", "part_time", "contract", "freelance", "internship");
  static final List<String> SENIORITY = List.of("entry", "mid", "senior", "executive");

  private static final Set<String> FIELDS =
      Set.of(
          "id",
          "title",
          "company",
          "location",
          "remote",
          "employment",
          "seniority",
          "salary",
          "posted_at",
          "description",
          "url",
          "skills");
  private static final Set<String> SALARY_FIELDS = Set.of("min", "max", "currency", "period");

  // a duplicate key would otherwise silently keep the last value
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final ObjectReader TREE_READER = MAPPER.reader();
  private static final HexFormat HEX = HexFormat.of();

  private final SalaryNormalizer normalizer;
  private final boolean skipInvalid;
  private final CharsetDecoder utf8 =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final MessageDigest sha256 = newSha256();
  private CharBuffer chars = CharBuffer.allocate(8192);
  private long skipped;
  private final List<CorpusException> problems = new ArrayList<>();

  /** Files read so far, in order; an id's first place refers to one by its index here. */
  private final List<Path> files = new ArrayList<>();

  /**
   * Every id read so far (over all files) to where it first appeared: {@code file index << 40 |
   * line}. One boxed long per id rather than a record with a path keeps the map lean for millions
   * of postings.
   */
  private final Map<String, Long> firstPlaceOfId = new HashMap<>();

  /**
   * @param skipInvalid when true a bad line is counted in {@link #skipped()} and reading goes on;
   *     when false the first bad line throws {@link CorpusException}
   */
  public JsonlPostingsReader(SalaryNormalizer normalizer, boolean skipInvalid) {
    this.normalizer = normalizer;
    this.skipInvalid = skipInvalid;
  }

  /**
   * Every {@code *.jsonl} file under the directory, recursively, sorted by path so the index is
   * built in the same order on every machine. A missing directory has no files.
   */
  public static List<Path> postingFiles(Path postingsDir) {
    if (!Files.exists(postingsDir)) {
      return List.of();
    }
    if (!Files.isDirectory(postingsDir)) {
      throw new CorpusException(postingsDir, "not a directory");
    }
    try (Stream<Path> paths = Files.walk(postingsDir)) {
      return paths
          .filter(p -> p.getFileName().toString().endsWith(".jsonl"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw ioProblem(postingsDir, e);
    }
  }

  /**
   * Streams the postings of one file to the sink, in line order.
   *
   * @param sourceName prefix of each posting's {@code source}, which is {@code sourceName:line}
   * @return the number of postings given to the sink
   * @throws CorpusException for a bad line (unless skipping) or an unreadable file
   */
  public long read(Path file, String sourceName, Consumer<JobPosting> sink) {
    int fileIndex = files.size();
    files.add(file);
    long count = 0;
    try (LineInput lines = new LineInput(Files.newInputStream(file))) {
      while (lines.next()) {
        JobPosting posting = parseLine(file, fileIndex, lines, sourceName);
        if (posting != null) {
          sink.accept(posting);
          count++;
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw ioProblem(file, e);
    }
    return count;
  }

  /** Bad lines skipped so far (only when skipping invalid lines). */
  public long skipped() {
    return skipped;
  }

  /** The first {@value #MAX_PROBLEMS} skipped lines' problems. */
  public List<CorpusException> problems() {
    return Collections.unmodifiableList(problems);
  }

  /** The posting of the current line, or null for a blank or skipped line. */
  private JobPosting parseLine(Path file, int fileIndex, LineInput lines, String sourceName) {
    long lineNumber = lines.number();
    try {
      String text = decode(lines);
      if (text.isBlank()) {
        return null;
      }
      JobPosting posting = toPosting(parseJson(text), sourceName + ":" + lineNumber);
      checkUnique(posting.id(), fileIndex, lineNumber);
      return posting;
    } catch (BadLine e) {
      CorpusException problem = new CorpusException(file, lineNumber, e.getMessage());
      if (!skipInvalid) {
        throw problem;
      }
      skipped++;
      if (problems.size() < MAX_PROBLEMS) {
        problems.add(problem);
      }
      return null;
    }
  }

  /**
   * Rejects an id seen before, in this file or in an earlier one: the index keys postings by id, so
   * a second posting with the same id would silently replace (or shadow) the first.
   */
  private void checkUnique(String id, int fileIndex, long line) {
    Long first = firstPlaceOfId.putIfAbsent(id, ((long) fileIndex << LINE_BITS) | line);
    if (first == null) {
      return;
    }
    int firstFile = (int) (first >>> LINE_BITS);
    long firstLine = first & (LINE_LIMIT - 1);
    throw new BadLine(
        firstFile == fileIndex
            ? "duplicate id '" + id + "' (first on line " + firstLine + ")"
            : "duplicate id '"
                + id
                + "' (first in "
                + files.get(firstFile)
                + ":"
                + firstLine
                + ")");
  }

  // ---- bytes to JSON ----

  private String decode(LineInput lines) {
    if (lines.tooLong()) {
      throw new BadLine("line longer than " + MAX_LINE_BYTES + " bytes");
    }
    ByteBuffer in = ByteBuffer.wrap(lines.bytes(), 0, lines.length());
    if (chars.capacity() < lines.length()) {
      // UTF-8 never decodes to more chars than bytes
      chars = CharBuffer.allocate(Math.max(lines.length(), chars.capacity() * 2));
    }
    chars.clear();
    utf8.reset();
    CoderResult result = utf8.decode(in, chars, true);
    if (!result.isError()) {
      result = utf8.flush(chars);
    }
    if (result.isError()) {
      throw new BadLine("invalid UTF-8 at byte " + (in.position() + 1) + " of the line");
    }
    int start = 0;
    if (lines.number() == 1 && chars.position() > 0 && chars.get(0) == '\uFEFF') {
      start = 1; // a byte order mark some editors write
    }
    return new String(chars.array(), start, chars.position() - start);
  }

  private static JsonNode parseJson(String text) {
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
    return node;
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

  // ---- JSON to posting ----

  private JobPosting toPosting(JsonNode node, String source) {
    checkKeys(node, FIELDS, "");
    String title = requiredText(node, "title");
    String company = requiredText(node, "company");
    String location = optionalText(node, "location");
    String remote = optionalChoice(node, "remote", REMOTE);
    List<String> employment = employment(node.get("employment"));
    String seniority = optionalChoice(node, "seniority", SENIORITY);
    Salary salary = salary(node.get("salary"));
    LocalDate postedAt = postedAt(node.get("posted_at"));
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
            description,
            url,
            skills,
            source);
    String id = optionalText(node, "id");
    if (id == null && isPresent(node.get("id"))) {
      throw new BadLine("id must not be blank");
    }
    return withId(posting, id != null ? id : contentId(posting));
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
      return List.of(choice("employment", value.textValue().strip(), EMPLOYMENT));
    }
    return stringList(value, "employment").stream()
        .map(e -> choice("employment", e, EMPLOYMENT))
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

  private static LocalDate postedAt(JsonNode value) {
    if (!isPresent(value)) {
      return null;
    }
    if (!value.isTextual()) {
      throw new BadLine("posted_at must be a string (yyyy-MM-dd)");
    }
    try {
      // ISO_LOCAL_DATE resolves strictly, so 2024-02-30 is rejected too
      return LocalDate.parse(value.textValue(), DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      throw new BadLine("posted_at '" + value.textValue() + "' is not an ISO date (yyyy-MM-dd)");
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

  // ---- ids ----

  private static JobPosting withId(JobPosting p, String id) {
    return new JobPosting(
        id,
        p.title(),
        p.company(),
        p.location(),
        p.remote(),
        p.employment(),
        p.seniority(),
        p.salary(),
        p.postedAt(),
        p.description(),
        p.url(),
        p.skills(),
        p.source());
  }

  /**
   * {@code job:} + 16 hex chars of the SHA-256 of the posting's canonical JSON: its parsed values
   * in a fixed key order, so key order, whitespace and letter case of choices do not change it.
   */
  private String contentId(JobPosting p) {
    byte[] canonical;
    try {
      canonical = MAPPER.writeValueAsBytes(canonical(p));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize a tree", e);
    }
    byte[] hash = sha256.digest(canonical);
    return "job:" + HEX.formatHex(hash, 0, 8);
  }

  /** Published salary only: the USD figures depend on the rates, not on the posting. */
  static ObjectNode canonical(JobPosting p) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("title", p.title());
    node.put("company", p.company());
    putIfNotNull(node, "location", p.location());
    putIfNotNull(node, "remote", p.remote());
    putList(node, "employment", p.employment());
    putIfNotNull(node, "seniority", p.seniority());
    if (p.salary() != null) {
      Salary s = p.salary();
      node.putObject("salary")
          .put("min", s.min())
          .put("max", s.max())
          .put("currency", s.currency())
          .put("period", s.period());
    }
    putIfNotNull(node, "posted_at", p.postedAt() == null ? null : p.postedAt().toString());
    putIfNotNull(node, "description", p.description());
    putIfNotNull(node, "url", p.url());
    putList(node, "skills", p.skills());
    return node;
  }

  private static void putIfNotNull(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  private static void putList(ObjectNode node, String field, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode array = node.putArray(field);
      values.forEach(array::add);
    }
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  private static CorpusException ioProblem(Path path, Exception e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    String reason =
        cause instanceof NoSuchFileException
            ? "cannot read: no such file"
            : "cannot read: " + cause.getMessage();
    CorpusException problem = new CorpusException(path, reason);
    problem.initCause(cause);
    return problem;
  }

  /** A bad line's reason; the caller adds file and line. No stack trace: it is not a bug. */
  private static final class BadLine extends RuntimeException {
    BadLine(String reason) {
      super(reason, null, false, false);
    }
  }

  /**
   * Splits a byte stream at '\n' without decoding, so an over-long line is skipped rather than
   * buffered and a line's bytes can be decoded strictly. A trailing '\r' is dropped.
   */
  private static final class LineInput implements AutoCloseable {
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[8192];
    private int length;
    private boolean tooLong;
    private long number;

    LineInput(InputStream in) {
      this.in = in;
    }

    /** Advances to the next line; false at the end of the input. */
    boolean next() throws IOException {
      length = 0;
      tooLong = false;
      boolean any = false;
      while (true) {
        if (position == limit && !fill()) {
          return finish(any);
        }
        any = true;
        int end = position;
        while (end < limit && buffer[end] != '\n') {
          end++;
        }
        append(position, end - position);
        if (end < limit) {
          position = end + 1;
          return finish(true);
        }
        position = limit;
      }
    }

    private boolean finish(boolean any) {
      if (!any) {
        return false;
      }
      number++;
      if (!tooLong && length > 0 && line[length - 1] == '\r') {
        length--;
      }
      tooLong |= length > MAX_LINE_BYTES;
      return true;
    }

    private boolean fill() throws IOException {
      int n = in.read(buffer);
      if (n <= 0) {
        return false;
      }
      position = 0;
      limit = n;
      return true;
    }

    /** Keeps at most MAX_LINE_BYTES + 1 bytes (room for a '\r'); beyond that only notes it. */
    private void append(int from, int count) {
      if (tooLong) {
        return;
      }
      int needed = length + count;
      if (needed > MAX_LINE_BYTES + 1) {
        tooLong = true;
        return;
      }
      if (needed > line.length) {
        line = Arrays.copyOf(line, Math.min(MAX_LINE_BYTES + 1, needed * 2));
      }
      System.arraycopy(buffer, from, line, length, count);
      length = needed;
    }

    byte[] bytes() {
      return line;
    }

    int length() {
      return length;
    }

    boolean tooLong() {
      return tooLong;
    }

    /** 1-based number of the current line. */
    long number() {
      return number;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
