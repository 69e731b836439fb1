package careersearch.server.api;

import static careersearch.server.api.ParamsFixture.params;
import static careersearch.server.api.ParamsFixture.rejection;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SalaryRequestParserTest {
  @Test
  void everyTitleWithoutParameters() {
    assertEquals(
        new SalaryRequest("", List.of(), List.of(), List.of(), List.of(), List.of(), List.of()),
        SalaryRequestParser.parse(params()));
  }

  @Test
  void filtersRepeatAndTakeCommaLists() {
    SalaryRequest r =
        SalaryRequestParser.parse(
            params(
                "q= Data Scientists ",
                "seniority=senior,mid",
                "seniority=senior",
                "remote=remote",
                "location=us, de",
                "location=US",
                "year=2024,2023"));
    assertEquals("Data Scientists", r.q());
    assertEquals(List.of("data", "scientist"), r.titleWords());
    assertEquals(List.of("senior", "mid"), r.seniority());
    assertEquals(List.of(), r.employment());
    assertEquals(List.of("remote"), r.remote());
    assertEquals(List.of("US", "DE"), r.locations());
    assertEquals(List.of("2024", "2023"), r.years());
  }

  @Test
  void unknownParameter() {
    assertEquals(
        "unknown parameter 'title'; known parameters: q, seniority, employment, remote, location,"
            + " year",
        rejection(SalaryRequestParser::parse, "title=x"));
  }

  @Test
  void repeatedTitle() {
    assertEquals(
        "parameter 'q' was given 2 times; give it once",
        rejection(SalaryRequestParser::parse, "q=a", "q=b"));
  }

  @Test
  void tooLongTitle() {
    assertEquals(
        "q is 1001 characters long; the limit is 1000",
        rejection(SalaryRequestParser::parse, "q=" + "x".repeat(1001)));
  }

  @Test
  void titleWithoutWords() {
    assertEquals(
        "q '/ -' has no title words; give words of a job title, e.g. q=data scientist",
        rejection(SalaryRequestParser::parse, "q=/ -"));
  }

  @Test
  void valuesOutsideTheClosedLists() {
    assertEquals(
        "unknown seniority 'lead'; allowed values: entry, mid, senior, executive",
        rejection(SalaryRequestParser::parse, "seniority=senior,lead"));
    assertEquals(
        "unknown employment 'gig'; allowed values: full_time, part_time, contract, freelance,"
            + " internship",
        rejection(SalaryRequestParser::parse, "employment=gig"));
    assertEquals(
        "unknown remote 'yes'; allowed values: remote, hybrid, onsite",
        rejection(SalaryRequestParser::parse, "remote=yes"));
  }
}
