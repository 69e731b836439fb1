package careersearch.indexer.corpus;

import careersearch.indexer.model.SalaryReport;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the aijobs.net salary survey CSV (header row, columns looked up by name) into {@link
 * SalaryReport}s, expanding its two-letter codes to the index's vocabulary.
 */
public final class SalarySurveyReader {
  private static final CSVFormat CSV =
      CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

  private static final List<String> COLUMNS =
      List.of(
          "work_year",
          "experience_level",
          "employment_type",
          "job_title",
          "salary",
          "salary_currency",
          "salary_in_usd",
          "employee_residence",
          "remote_ratio",
          "company_location",
          "company_size");

  private static final Codes SENIORITY =
      Codes.of("experience_level", "EN", "entry", "MI", "mid", "SE", "senior", "EX", "executive");
  private static final Codes EMPLOYMENT =
      Codes.of(
          "employment_type",
          "FT",
          "full_time",
          "PT",
          "part_time",
          "CT",
          "contract",
          "FL",
          "freelance");
  private static final Codes REMOTE =
      Codes.of("remote_ratio", "0", "onsite", "50", "hybrid", "100", "remote");

  private SalarySurveyReader() {}

  /**
   * @throws CorpusException when the file or a column is missing, or a row has an unknown code, a
   *     non-numeric number or too few columns; the line is the row's physical line (header = 1)
   */
  public static List<SalaryReport> read(Path csv) {
    if (!Files.isRegularFile(csv)) {
      throw new CorpusException(csv, "missing salary survey file");
    }
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser = CSV.parse(in)) {
      checkColumns(csv, parser);
      List<SalaryReport> reports = new ArrayList<>();
      for (CSVRecord record : parser) {
        // Read here, not later: it is the line the record ends on, which for this one-line-per-row
        // file is the row's own line.
        Row row = new Row(csv, parser.getCurrentLineNumber(), record);
        reports.add(report(row, reports.size() + 1));
      }
      return reports;
    } catch (IOException | UncheckedIOException e) {
      throw new CorpusException(csv, "cannot read: " + e.getMessage());
    }
  }

  private static void checkColumns(Path csv, CSVParser parser) {
    for (String column : COLUMNS) {
      if (!parser.getHeaderMap().containsKey(column)) {
        throw new CorpusException(
            csv, "missing column '" + column + "' (found: " + parser.getHeaderNames() + ")");
      }
    }
  }

  private static SalaryReport report(Row row, int dataRow) {
    row.checkWidth();
    String remote = row.expand(REMOTE);
    return new SalaryReport(
        "salary_report:" + dataRow,
        (int) row.number("work_year"),
        row.get("job_title"),
        row.expand(SENIORITY),
        row.expand(EMPLOYMENT),
        remote,
        Integer.parseInt(row.get("remote_ratio")),
        row.get("employee_residence"),
        row.get("company_location"),
        row.get("company_size"),
        row.number("salary"),
        row.get("salary_currency"),
        row.number("salary_in_usd"));
  }

  /** One data row, with where it came from for error messages. */
  private record Row(Path file, long line, CSVRecord record) {
    void checkWidth() {
      int width = record.getParser().getHeaderNames().size();
      if (record.size() < width) {
        throw new CorpusException(
            file, line, "expected " + width + " columns, found " + record.size());
      }
    }

    String get(String column) {
      return record.get(column);
    }

    long number(String column) {
      try {
        return Long.parseLong(get(column));
      } catch (NumberFormatException e) {
        throw new CorpusException(file, line, column + " is not a number: '" + get(column) + "'");
      }
    }

    String expand(Codes codes) {
      String code = get(codes.column());
      String name = codes.names().get(code);
      if (name == null) {
        throw new CorpusException(
            file,
            line,
            "unknown "
                + codes.column()
                + " '"
                + code
                + "' (known: "
                + String.join(", ", codes.names().keySet())
                + ")");
      }
      return name;
    }
  }

  /** The codes one column may hold and what each expands to, in the order error messages list. */
  private record Codes(String column, Map<String, String> names) {
    static Codes of(String column, String... codeNamePairs) {
      Map<String, String> names = new LinkedHashMap<>();
      for (int i = 0; i < codeNamePairs.length; i += 2) {
        names.put(codeNamePairs[i], codeNamePairs[i + 1]);
      }
      return new Codes(column, names);
    }
  }
}
