package careersearch.indexer.corpus;

import careersearch.indexer.model.Occupation;
import careersearch.indexer.model.Occupation.RelatedOccupation;
import careersearch.indexer.model.OnetTechnology;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the O*NET database text files (tab-separated, header row) from one directory. Columns are
 * looked up by header name so that a release that reorders columns still reads correctly.
 */
public final class OnetReader {
  // O*NET fields contain literal quotes (e.g. 12" monitors), so quoting must be off.
  private static final CSVFormat TSV =
      CSVFormat.TDF.builder().setQuote(null).setHeader().setSkipHeaderRecord(true).get();

  private static final String CODE = "O*NET-SOC Code";

  private final Path dir;

  public OnetReader(Path dir) {
    this.dir = dir;
  }

  /** Every occupation of "Occupation Data", in file order, with its details from other tables. */
  public List<Occupation> occupations() {
    Map<String, List<String>> alternates =
        distinctByCode("Alternate Titles.txt", "Alternate Title");
    Map<String, List<String>> reported =
        distinctByCode("Sample of Reported Titles.txt", "Reported Job Title");
    Map<String, List<String>> tasks = tasksByCode();
    Map<String, Integer> jobZones = jobZonesByCode();
    Map<Integer, String> jobZoneNames = jobZoneNames();
    List<Row> rows = read("Occupation Data.txt", CODE, "Title", "Description");
    Map<String, String> titles = new HashMap<>();
    rows.forEach(r -> titles.put(r.get(0), r.get(1)));
    Map<String, List<RelatedOccupation>> related = relatedByCode(titles);
    List<Occupation> occupations = new ArrayList<>(rows.size());
    for (Row r : rows) {
      String code = r.get(0);
      Integer zone = jobZones.get(code);
      occupations.add(
          new Occupation(
              code,
              r.get(1),
              r.get(2),
              alternates.getOrDefault(code, List.of()),
              reported.getOrDefault(code, List.of()),
              tasks.getOrDefault(code, List.of()),
              zone,
              zone == null ? null : jobZoneNames.get(zone),
              related.getOrDefault(code, List.of())));
    }
    return occupations;
  }

  /** Every row of "Technology Skills", in file order. */
  public List<OnetTechnology> technologies() {
    List<Row> rows =
        read(
            "Technology Skills.txt",
            CODE,
            "Example",
            "Commodity Title",
            "Hot Technology",
            "In Demand");
    List<OnetTechnology> technologies = new ArrayList<>(rows.size());
    for (Row r : rows) {
      technologies.add(
          new OnetTechnology(
              r.get(0), r.get(1), r.get(2), r.yesNo(3, "Hot Technology"), r.yesNo(4, "In Demand")));
    }
    return technologies;
  }

  /** One column's values per occupation, in file order, without repeats. */
  private Map<String, List<String>> distinctByCode(String file, String column) {
    Map<String, LinkedHashSet<String>> values = new LinkedHashMap<>();
    for (Row r : read(file, CODE, column)) {
      values.computeIfAbsent(r.get(0), c -> new LinkedHashSet<>()).add(r.get(1));
    }
    return mapValues(values, List::copyOf);
  }

  /** Task statements per occupation: core tasks first, otherwise in file order. */
  private Map<String, List<String>> tasksByCode() {
    Map<String, List<Row>> rows =
        groupByCode(read("Task Statements.txt", CODE, "Task", "Task Type"));
    // The sort is stable, so file order survives within core and within the rest.
    Comparator<Row> coreFirst = Comparator.comparing(r -> !"Core".equals(r.get(2)));
    return mapValues(rows, list -> list.stream().sorted(coreFirst).map(r -> r.get(1)).toList());
  }

  private Map<String, Integer> jobZonesByCode() {
    Map<String, Integer> zones = new HashMap<>();
    for (Row r : read("Job Zones.txt", CODE, "Job Zone")) {
      zones.put(r.get(0), r.integer(1, "Job Zone"));
    }
    return zones;
  }

  private Map<Integer, String> jobZoneNames() {
    Map<Integer, String> names = new HashMap<>();
    for (Row r : read("Job Zone Reference.txt", "Job Zone", "Name")) {
      names.put(r.integer(0, "Job Zone"), r.get(1));
    }
    return names;
  }

  /** Related occupations per occupation in O*NET's Index order, titled from Occupation Data. */
  private Map<String, List<RelatedOccupation>> relatedByCode(Map<String, String> titles) {
    Map<String, List<Row>> rows =
        groupByCode(
            read(
                "Related Occupations.txt",
                CODE,
                "Related O*NET-SOC Code",
                "Relatedness Tier",
                "Index"));
    return mapValues(
        rows,
        list ->
            list.stream()
                .sorted(Comparator.comparingInt(r -> r.integer(3, "Index")))
                .map(r -> new RelatedOccupation(r.get(1), titles.get(r.get(1)), r.get(2)))
                .toList());
  }

  private static Map<String, List<Row>> groupByCode(List<Row> rows) {
    Map<String, List<Row>> groups = new LinkedHashMap<>();
    rows.forEach(r -> groups.computeIfAbsent(r.get(0), c -> new ArrayList<>()).add(r));
    return groups;
  }

  private static <V, T> Map<String, List<T>> mapValues(
      Map<String, V> groups, Function<V, List<T>> toList) {
    Map<String, List<T>> result = new HashMap<>();
    groups.forEach((code, group) -> result.put(code, toList.apply(group)));
    return result;
  }

  /**
   * Reads the named columns of one table.
   *
   * @throws CorpusException when the file or a column is missing or a row is short
   */
  private List<Row> read(String fileName, String... columns) {
    Path file = dir.resolve(fileName);
    if (!Files.isRegularFile(file)) {
      throw new CorpusException(file, "missing O*NET file");
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = TSV.parse(in)) {
      int[] indexes = columnIndexes(file, parser, columns);
      int width = parser.getHeaderNames().size();
      List<Row> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        // Unquoted TSV records never span lines, so this is the record's physical line.
        long line = parser.getCurrentLineNumber();
        if (record.size() < width) {
          throw new CorpusException(
              file, line, "expected " + width + " columns, found " + record.size());
        }
        String[] values = new String[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
          values[i] = record.get(indexes[i]);
        }
        rows.add(new Row(file, line, values));
      }
      return rows;
    } catch (IOException | UncheckedIOException e) {
      throw new CorpusException(file, "cannot read: " + e.getMessage());
    }
  }

  private static int[] columnIndexes(Path file, CSVParser parser, String... columns) {
    Map<String, Integer> header = parser.getHeaderMap();
    int[] indexes = new int[columns.length];
    for (int i = 0; i < columns.length; i++) {
      Integer index = header.get(columns[i]);
      if (index == null) {
        throw new CorpusException(
            file, "missing column '" + columns[i] + "' (found: " + parser.getHeaderNames() + ")");
      }
      indexes[i] = index;
    }
    return indexes;
  }

  /** The requested columns of one data row, with where it came from for error messages. */
  private record Row(Path file, long line, String[] values) {
    String get(int i) {
      return values[i];
    }

    int integer(int i, String column) {
      try {
        return Integer.parseInt(values[i]);
      } catch (NumberFormatException e) {
        throw new CorpusException(file, line, column + " is not a number: '" + values[i] + "'");
      }
    }

    boolean yesNo(int i, String column) {
      return switch (values[i]) {
        case "Y" -> true;
        case "N" -> false;
        default ->
            throw new CorpusException(
                file, line, column + " must be Y or N, found '" + values[i] + "'");
      };
    }
  }
}
