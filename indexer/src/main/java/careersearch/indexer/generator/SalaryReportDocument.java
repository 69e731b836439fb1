package careersearch.indexer.generator;

import careersearch.indexer.model.SalaryReport;
import careersearch.schema.DocType;
import careersearch.schema.FacetDim;
import careersearch.schema.SourceFields;
import java.time.LocalDate;
import java.util.Map;
import org.apache.lucene.document.Document;

/** Builds the document of one salary survey report. */
public final class SalaryReportDocument {
  private SalaryReportDocument() {}

  public static Document build(SalaryReport report) {
    Map<String, Object> salary =
        DocumentBase.object(
            SourceFields.AMOUNT, report.salary(),
            SourceFields.CURRENCY, report.currency(),
            SourceFields.PERIOD, "year",
            SourceFields.USD_YEAR, report.salaryUsd());
    // a report has no text beyond its title: the title is what full-text search matches
    return new DocumentBase(report.id(), DocType.SALARY_REPORT, report.title(), null)
        .facet(FacetDim.SENIORITY, report.seniority())
        .facet(FacetDim.EMPLOYMENT, report.employment())
        .facet(FacetDim.REMOTE, report.remote())
        .facet(FacetDim.LOCATION, report.companyLocation())
        .facet(FacetDim.COUNTRY, report.companyLocation())
        // a single figure: min == max, so it falls in exactly one band
        .salaryUsd(report.salaryUsd(), report.salaryUsd())
        .year(report.year())
        // salary insights filter reports by exact title and by title words (GET /api/salaries)
        .titleKey(report.title())
        .postedDay(LocalDate.of(report.year(), 1, 1).toEpochDay())
        .put(SourceFields.YEAR, report.year())
        .put(SourceFields.SENIORITY, report.seniority())
        .put(SourceFields.EMPLOYMENT, report.employment())
        .put(SourceFields.REMOTE, report.remote())
        .put(SourceFields.REMOTE_RATIO, report.remoteRatio())
        .put(SourceFields.EMPLOYEE_RESIDENCE, report.residence())
        .put(SourceFields.COMPANY_LOCATION, report.companyLocation())
        .put(SourceFields.COMPANY_SIZE, report.companySize())
        .put(SourceFields.SALARY, salary)
        .build();
  }
}
