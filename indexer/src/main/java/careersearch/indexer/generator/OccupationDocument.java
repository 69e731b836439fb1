package careersearch.indexer.generator;

import careersearch.indexer.model.Occupation;
import careersearch.schema.DocType;
import org.apache.lucene.document.Document;

/** Builds the document of one O*NET occupation. */
public final class OccupationDocument {
  private OccupationDocument() {}

  /** The document id of an occupation. */
  public static String id(Occupation occupation) {
    return occupation.id();
  }

  public static Document build(Occupation occupation) {
    // description first, then the tasks: what the job is, then what people in it do
    String body = occupation.description() + "\n" + String.join("\n", occupation.tasks());
    return new DocumentBase(id(occupation), DocType.OCCUPATION, occupation.title(), body)
        // the titles people actually use map a query to the occupation
        .tags(occupation.alternateTitles())
        .tags(occupation.reportedTitles())
        .tag(occupation.code())
        .putRecord(occupation)
        .build();
  }
}
