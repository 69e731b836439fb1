package careersearch.server.api;

import static careersearch.server.api.ParamsFixture.params;
import static careersearch.server.api.ParamsFixture.rejection;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CompareRequestParserTest {
  private static final String REQUIRED =
      " is required: give two roles, e.g. a=Machine Learning Engineer&b=Data Science Engineer";

  @Test
  void twoRolesAsGiven() {
    assertEquals(
        new CompareRequest(" Data Scientist", "15-2051.00"),
        CompareRequestParser.parse(params("a= Data Scientist", "b=15-2051.00")));
  }

  @Test
  void unknownParameter() {
    assertEquals(
        "unknown parameter 'c'; known parameters: a, b (two role titles)",
        rejection(CompareRequestParser::parse, "a=x", "b=y", "c=z"));
  }

  @Test
  void missingOrBlankRole() {
    assertEquals("parameter 'a'" + REQUIRED, rejection(CompareRequestParser::parse, "b=y"));
    assertEquals("parameter 'b'" + REQUIRED, rejection(CompareRequestParser::parse, "a=x", "b= "));
  }

  @Test
  void repeatedRole() {
    assertEquals(
        "parameter 'a' was given 2 times; give it once",
        rejection(CompareRequestParser::parse, "a=x", "a=y", "b=z"));
  }

  @Test
  void tooLongRole() {
    assertEquals(
        "b is 201 characters long; a role title may have at most 200",
        rejection(CompareRequestParser::parse, "a=x", "b=" + "y".repeat(201)));
  }
}
