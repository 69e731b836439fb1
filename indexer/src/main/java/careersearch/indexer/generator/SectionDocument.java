package careersearch.indexer.generator;

import careersearch.embed.Meaning;
import careersearch.embed.Sentences;
import careersearch.indexer.model.ArticleSection;
import careersearch.schema.DocType;
import careersearch.schema.FacetDim;
import careersearch.schema.SourceFields;
import java.util.List;
import org.apache.lucene.document.Document;

/** Builds the document of one article section. */
public final class SectionDocument {
  private SectionDocument() {}

  public static Document build(ArticleSection section) {
    return new DocumentBase(section.id(), DocType.SECTION, section.title(), section.text())
        .bodyInSource(SourceFields.TEXT)
        // the parent heading ("Required Skills") is searchable beside the sub-heading
        .tags(section.headingPath())
        .facets(FacetDim.ROLE, section.roles())
        .tags(section.roles())
        .order(section.order())
        .putRecord(section)
        .build();
  }

  /** Its headings, then its text: what the section is about. */
  public static Meaning meaning(ArticleSection section) {
    return Meaning.of(String.join(" > ", section.headingPath()) + "\n" + section.text());
  }

  /** Its sentences, each embedded: a section holds many answers, one per sentence or bullet. */
  public static List<String> passages(ArticleSection section) {
    return Sentences.of(section.text(), MAX_PASSAGES);
  }

  /** Enough for the longest section of an article; the rest are left to the section's vector. */
  public static final int MAX_PASSAGES = 64;
}
