package careersearch.indexer.generator;

import careersearch.embed.Meaning;
import careersearch.indexer.model.SkillStatement;
import careersearch.schema.DocType;
import careersearch.schema.FacetDim;
import org.apache.lucene.document.Document;

/** Builds the document of one required-skill statement. */
public final class SkillDocument {
  private SkillDocument() {}

  public static Document build(SkillStatement skill) {
    // the statement is short: it is both the title and the text to highlight
    return new DocumentBase(skill.id(), DocType.SKILL, skill.text(), skill.text())
        .facet(FacetDim.ROLE, skill.role())
        .tag(skill.role())
        .tags(skill.tools())
        .order(skill.order())
        .putRecord(skill)
        .build();
  }

  /** The statement, with the role it is required for. */
  public static Meaning meaning(SkillStatement skill) {
    return Meaning.of(skill.role() + ": " + skill.text());
  }
}
