package careersearch.indexer.generator;

import careersearch.indexer.model.SalaryReport;
import careersearch.schema.DocType;
import careersearch.schema.FacetDim;
import java.time.LocalDate;
import java.util.Map;
import org.apache.lucene.document.Document;

/** Builds the document of one salary survey report. */
public final class SalaryReportDocument {
  private SalaryReportDocument() {}

  public static Document build(SalaryReport report) {
    Map<String, Object> salary =
        DocumentBase.object(
            "amount", report.salary(),
            "currency", report.currency(),
            "period", "year",
            "usd_year", report.salaryUsd());
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
        .put("year", report.year())
        .put("seniority", report.seniority())
        .put("employment", report.employment())
        .put("remote", report.remote())
        .put("remote_ratio", report.remoteRatio())
        .put("employee_residence", report.residence())
        .put("company_location", report.companyLocation())
        .put("company_size", report.companySize())
        .put("salary", salary)
        .build();
  }
}
