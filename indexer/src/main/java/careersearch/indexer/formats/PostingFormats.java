package careersearch.indexer.formats;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads the postings of an input in any {@link PostingFormat}, item by item, into the one object
 * shape of the JSONL format, which {@code PostingJson} then validates for every format alike.
 */
public final class PostingFormats {
  private PostingFormats() {}

  /**
   * Every item of the input, in input order. A bad item never throws: it is a {@link FormatItem}
   * with an error, and reading goes on where the format allows it. The stream is not closed.
   *
   * @throws IOException only when the input cannot be read
   */
  public static List<FormatItem> read(PostingFormat format, InputStream in, FormatOptions options)
      throws IOException {
    return switch (format) {
      case JSONL -> JsonLinesFormat.read(in);
      case JSON -> InputText.items(in, JsonArrayFormat::read);
      case JSONLD -> InputText.items(in, text -> JsonLdFormat.read(text, options));
      case CSV -> InputText.items(in, text -> CsvFormat.read(text, options));
    };
  }
}
