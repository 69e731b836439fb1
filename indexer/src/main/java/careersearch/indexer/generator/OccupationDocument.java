package careersearch.indexer.generator;

import careersearch.embed.Meaning;
import careersearch.indexer.model.Occupation;
import careersearch.schema.DocType;
import java.util.List;
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

  /** Alternate titles shown to the model beside the title: the names people search with. */
  private static final int TITLES_IN_MEANING = 5;

  /** The title, a few alternate titles and the description: what the occupation is. */
  public static Meaning meaning(Occupation occupation) {
    List<String> alternates = occupation.alternateTitles();
    String also =
        alternates.isEmpty()
            ? ""
            : " ("
                + String.join(
                    ", ", alternates.subList(0, Math.min(TITLES_IN_MEANING, alternates.size())))
                + ")";
    return Meaning.of(occupation.title() + also + ". " + occupation.description());
  }
}
