package careersearch.indexer.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import careersearch.indexer.corpus.BadLine;
import careersearch.indexer.corpus.CurrencyRates;
import careersearch.indexer.corpus.PostingJson;
import careersearch.indexer.corpus.SalaryNormalizer;
import careersearch.indexer.model.JobPosting;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSONL and JSON array readers, and the validation every format's items go through. */
class JsonFormatsTest {
  private static final String A = "{\"title\":\"Data Engineer\",\"company\":\"Acme\"}";
  private static final String B =
      "{\"title\":\"ML Engineer\",\"company\":\"Beta\",\"valid_through\":\"2031-01-31\"}";

  private final PostingJson json =
      new PostingJson(new SalaryNormalizer(CurrencyRates.of(Map.of("EUR", 1.1))));

  @Test
  void formatNamesAreCaseInsensitiveAndAnUnknownOneListsTheAllowed() {
    assertEquals(PostingFormat.JSONL, PostingFormat.parse("JSONL"));
    assertEquals(PostingFormat.JSON, PostingFormat.parse(" json "));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PostingFormat.parse("xml"));
    assertEquals("unknown format 'xml' (allowed: jsonl, json, jsonld, csv)", e.getMessage());
  }

  @Test
  void jsonLinesAreItemsByLineNumberWithTheirTextAndBlankLinesCounted() throws IOException {
    List<FormatItem> items = read(PostingFormat.JSONL, A + "\n\n" + B + "\r\n");

    assertEquals(List.of("line 1", "line 3"), items.stream().map(FormatItem::where).toList());
    assertEquals(A, items.get(0).raw());
    assertEquals(B, items.get(1).raw());
    assertEquals("Beta", items.get(1).posting().get("company").textValue());
    assertEquals(null, items.get(1).error());
  }

  @Test
  void badJsonLinesAreItemsWithAnErrorAndReadingGoesOn() throws IOException {
    List<FormatItem> items =
        read(PostingFormat.JSONL, "{\"title\":1,\"title\":2}\n[1]\n{oops\n" + A + "\n");

    assertEquals(4, items.size());
    assertEquals("invalid JSON: Duplicate field 'title' (column 19)", items.get(0).error());
    assertEquals("expected a JSON object, got array", items.get(1).error());
    assertEquals("line 3", items.get(2).where());
    assertEquals("{oops", items.get(2).raw());
    assertEquals(null, items.get(2).posting());
    assertEquals(
        "invalid JSON: Unexpected character ('o' (code 111)): was expecting double-quote to start"
            + " field name (column 2)",
        items.get(2).error());
    assertEquals(null, items.get(3).error());
  }

  @Test
  void invalidUtf8InALineIsThatLinesError() throws IOException {
    byte[] input = (A + "\n{\"title\":\"x\u00e9\"}\n").getBytes(StandardCharsets.UTF_8);
    input[input.length - 5] = (byte) 0xff; // the second byte of the é
    List<FormatItem> items =
        PostingFormats.read(
            PostingFormat.JSONL, new ByteArrayInputStream(input), FormatOptions.defaults("x"));

    assertEquals(2, items.size());
    assertEquals("line 2", items.get(1).where());
    assertEquals("invalid UTF-8 at byte 12 of the line", items.get(1).error());
    assertEquals(null, items.get(1).raw());
  }

  @Test
  void aJsonArrayIsItemsNumberedFromOneWithEachItemsTextAsItCame() throws IOException {
    String second = "{\n    \"title\": \"ML Engineer\", \"company\": \"Beta\"\n  }";
    List<FormatItem> items =
        read(PostingFormat.JSON, "\uFEFF[\n  " + A + ",\n  " + second + "\n]\n");

    assertEquals(List.of("item 1", "item 2"), items.stream().map(FormatItem::where).toList());
    assertEquals(A, items.get(0).raw());
    assertEquals(second, items.get(1).raw());
    assertEquals("ML Engineer", items.get(1).posting().get("title").textValue());
  }

  @Test
  void aBadArrayItemCostsOnlyItself() throws IOException {
    List<FormatItem> items =
        read(PostingFormat.JSON, "[" + A + ", 42, {\"title\":\"a\",\"title\":\"b\"}, " + B + "]");

    assertEquals(4, items.size());
    assertEquals(null, items.get(0).error());
    assertEquals("expected a JSON object, got a number", items.get(1).error());
    assertEquals("42", items.get(1).raw());
    assertEquals("item 3", items.get(2).where());
    assertEquals("invalid JSON: Duplicate field 'title' (column 21)", items.get(2).error());
    assertEquals(null, items.get(3).error());
    assertEquals("2031-01-31", items.get(3).posting().get("valid_through").textValue());
  }

  @Test
  void brokenJsonEndsTheArrayAtTheItemItBrokeIn() throws IOException {
    List<FormatItem> items = read(PostingFormat.JSON, "[" + A + ",\n" + "{\"title\": \"x\" " + B);

    assertEquals(2, items.size());
    assertEquals(null, items.get(0).error());
    assertEquals("item 2", items.get(1).where());
    assertEquals(
        "invalid JSON: Unexpected character ('{' (code 123)): was expecting comma to separate"
            + " Object entries (line 2, column 15); the rest of the input was not read",
        items.get(1).error());
  }

  @Test
  void aJsonInputThatIsNotAnArrayIsOneInputError() throws IOException {
    assertEquals(
        List.of(
            FormatItem.failed(
                "input",
                null,
                "expected a JSON array of postings, got an object (one object a line is jsonl)")),
        read(PostingFormat.JSON, A));
    assertEquals(
        List.of(FormatItem.failed("input", null, "expected a JSON array of postings, got nothing")),
        read(PostingFormat.JSON, "  "));
    assertEquals(
        "more content after the end of the array (line 1, column 4)",
        read(PostingFormat.JSON, "[] []").get(0).error());
    assertEquals(List.of(), read(PostingFormat.JSON, "[ ]"));
  }

  @Test
  void everyFormatsObjectIsValidatedByPostingJsonAlike() throws IOException {
    FormatItem fromArray = read(PostingFormat.JSON, "[" + B + "]").get(0);
    FormatItem fromLine = read(PostingFormat.JSONL, B).get(0);

    JobPosting posting = json.parse(fromArray.posting(), "x:item 1");
    assertEquals(LocalDate.of(2031, 1, 31), posting.validThrough());
    assertEquals("x:item 1", posting.source());
    assertEquals(json.parse(fromLine.posting(), "x:item 1"), posting);

    FormatItem untitled = read(PostingFormat.JSON, "[{\"company\":\"Acme\"}]").get(0);
    BadLine e = assertThrows(BadLine.class, () -> json.parse(untitled.posting(), "x:item 1"));
    assertEquals("missing required field 'title'", e.getMessage());
  }

  private static List<FormatItem> read(PostingFormat format, String input) throws IOException {
    return PostingFormats.read(
        format,
        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
        FormatOptions.defaults("test"));
  }
}
