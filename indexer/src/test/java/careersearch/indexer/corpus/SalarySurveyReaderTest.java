package careersearch.indexer.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.indexer.model.SalaryReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SalarySurveyReaderTest {
  private static final Path CSV = OnetReaderTest.corpus("aijobs-salaries/salaries.csv");
  private static final String HEADER =
      "work_year,experience_level,employment_type,job_title,salary,salary_currency,salary_in_usd,"
          + "employee_residence,remote_ratio,company_location,company_size";

  @Test
  void readsEveryRow() {
    List<SalaryReport> reports = SalarySurveyReader.read(CSV);
    assertEquals(74_301, reports.size());
    assertEquals("salary_report:74301", reports.get(74_300).id());
  }

  @Test
  void readsTheSurveyQuickly() {
    // The first read pays for class loading and JIT warm-up, which on a busy build machine varies
    // more than the reading itself; the warm read catches a reader that got slow.
    SalarySurveyReader.read(CSV);
    long start = System.nanoTime();
    SalarySurveyReader.read(CSV);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertTrue(took.compareTo(Duration.ofSeconds(2)) < 0, "took " + took);
  }

  @Test
  void expandsTheFirstRow() {
    // 2022,EX,FT,Consultant,120000,USD,120000,PL,0,PL,S
    assertEquals(
        new SalaryReport(
            "salary_report:1",
            2022,
            "Consultant",
            "executive",
            "full_time",
            "onsite",
            0,
            "PL",
            "PL",
            "S",
            120_000,
            "USD",
            120_000),
        SalarySurveyReader.read(CSV).get(0));
  }

  @Test
  void expandsEveryCode(@TempDir Path dir) throws IOException {
    Path file =
        write(
            dir,
            HEADER,
            "2024,EN,PT,\"Analyst, Data\",10,EUR,11,DE,50,DE,M",
            "2024,MI,CT,A,10,USD,10,US,100,US,L",
            "2024,SE,FL,A,10,USD,10,US,100,US,L");
    List<SalaryReport> reports = SalarySurveyReader.read(file);
    assertEquals(
        List.of("entry", "mid", "senior"), reports.stream().map(SalaryReport::seniority).toList());
    assertEquals(
        List.of("part_time", "contract", "freelance"),
        reports.stream().map(SalaryReport::employment).toList());
    assertEquals(
        List.of("hybrid", "remote", "remote"), reports.stream().map(SalaryReport::remote).toList());
    assertEquals("Analyst, Data", reports.get(0).title());
  }

  @Test
  void unknownCodeNamesItsPhysicalLine(@TempDir Path dir) throws IOException {
    Path file =
        write(
            dir,
            HEADER,
            "2022,EX,FT,Consultant,120000,USD,120000,PL,0,PL,S",
            "2022,XX,FT,Consultant,120000,USD,120000,PL,0,PL,S");
    CorpusException e = assertThrows(CorpusException.class, () -> SalarySurveyReader.read(file));
    assertEquals(
        file + ":3: unknown experience_level 'XX' (known: EN, MI, SE, EX)", e.getMessage());
  }

  @Test
  void nonNumericSalaryNamesItsLine(@TempDir Path dir) throws IOException {
    Path file = write(dir, HEADER, "2022,EX,FT,Consultant,lots,USD,120000,PL,0,PL,S");
    CorpusException e = assertThrows(CorpusException.class, () -> SalarySurveyReader.read(file));
    assertEquals(file + ":2: salary is not a number: 'lots'", e.getMessage());
  }

  @Test
  void missingColumn(@TempDir Path dir) throws IOException {
    Path file = write(dir, HEADER.replace(",company_size", ""), "2022,EX,FT,C,1,USD,1,PL,0,PL");
    CorpusException e = assertThrows(CorpusException.class, () -> SalarySurveyReader.read(file));
    assertTrue(e.reason().startsWith("missing column 'company_size'"), e.getMessage());
  }

  @Test
  void shortRow(@TempDir Path dir) throws IOException {
    Path file = write(dir, HEADER, "2022,EX,FT");
    CorpusException e = assertThrows(CorpusException.class, () -> SalarySurveyReader.read(file));
    assertEquals(file + ":2: expected 11 columns, found 3", e.getMessage());
  }

  @Test
  void currencyRatesFromTheSurvey() {
    CurrencyRates rates = CurrencyRates.fromReports(SalarySurveyReader.read(CSV));
    assertEquals(1.0, rates.usdPerUnit("USD").orElseThrow());
    double eur = rates.usdPerUnit("EUR").orElseThrow();
    assertTrue(eur > 0.9 && eur < 1.3, "EUR rate " + eur);
  }

  private static Path write(Path dir, String... lines) throws IOException {
    return Files.writeString(dir.resolve("salaries.csv"), String.join("\r\n", lines) + "\r\n");
  }
}
