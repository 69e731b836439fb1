package careersearch.server.api;

import static careersearch.server.api.ParamsFixture.params;
import static careersearch.server.api.ParamsFixture.rejection;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SuggestRequestParserTest {
  @Test
  void defaultsAndStrips() {
    assertEquals(new SuggestRequest("", 8), SuggestRequestParser.parse(params()));
    assertEquals(
        new SuggestRequest("pyt", 3), SuggestRequestParser.parse(params("q= pyt ", "size=3")));
    assertEquals(
        new SuggestRequest("pyt", 8), SuggestRequestParser.parse(params("q=pyt", "size=")));
  }

  @Test
  void unknownParameter() {
    assertEquals(
        "unknown parameter 'limit'; known parameters: q, size",
        rejection(SuggestRequestParser::parse, "q=py", "limit=3"));
  }

  @Test
  void repeatedParameter() {
    assertEquals(
        "parameter 'q' was given 2 times; give it once",
        rejection(SuggestRequestParser::parse, "q=a", "q=b"));
    assertEquals(
        "parameter 'size' was given 2 times; give it once",
        rejection(SuggestRequestParser::parse, "size=1", "size=2"));
  }

  @Test
  void tooLongText() {
    assertEquals(
        "q is 101 characters long; the limit is 100",
        rejection(SuggestRequestParser::parse, "q=" + "x".repeat(101)));
  }

  @Test
  void sizeNotANumberOrOutOfRange() {
    assertEquals(
        "size must be a whole number between 1 and 20 (" + ParamSyntax.DIGITS_ONLY + "), was '-1'",
        rejection(SuggestRequestParser::parse, "size=-1"));
    assertEquals(
        "size must be a whole number between 1 and 20, was '0'",
        rejection(SuggestRequestParser::parse, "size=0"));
    assertEquals(
        "size must be a whole number between 1 and 20, was '21'",
        rejection(SuggestRequestParser::parse, "size=21"));
    assertEquals(
        "size is too large, was '9999999999999999999'",
        rejection(SuggestRequestParser::parse, "size=9999999999999999999"));
  }
}
