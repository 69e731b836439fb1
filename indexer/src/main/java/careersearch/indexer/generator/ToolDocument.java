package careersearch.indexer.generator;

import careersearch.embed.Meaning;
import careersearch.indexer.model.Tool;
import careersearch.schema.DocType;
import careersearch.schema.FacetDim;
import java.util.List;
import org.apache.lucene.document.Document;

/** Builds the document of one tool, merged from the article and O*NET. */
public final class ToolDocument {
  private ToolDocument() {}

  /** Occupations listed in the body, so "tools for data scientists" can find PyTorch. */
  private static final int OCCUPATIONS_IN_BODY = 25;

  public static Document build(Tool tool) {
    List<String> occupationTitles =
        tool.occupations().stream().map(Tool.ToolOccupation::title).toList();
    String body =
        "Used by: "
            + String.join(
                ", ",
                occupationTitles.subList(
                    0, Math.min(OCCUPATIONS_IN_BODY, occupationTitles.size())));
    return new DocumentBase(tool.id(), DocType.TOOL, tool.name(), body)
        .facets(FacetDim.CATEGORY, tool.categories())
        .facets(FacetDim.ROLE, tool.roles())
        .tags(tool.categories())
        .tags(tool.roles())
        .tags(tool.onetNames())
        .putRecord(tool)
        .build();
  }

  /** The tool's name, its categories and the roles the article uses it for. */
  public static Meaning meaning(Tool tool) {
    StringBuilder text = new StringBuilder(tool.name());
    if (!tool.categories().isEmpty()) {
      text.append(": ").append(String.join(", ", tool.categories()));
    }
    if (!tool.roles().isEmpty()) {
      text.append(". Used by ").append(String.join(", ", tool.roles()));
    }
    return Meaning.of(text.toString());
  }
}
