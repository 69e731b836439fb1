package careersearch.server.query;

import careersearch.schema.Fields;
import java.util.Map;

/**
 * How much each part of a query counts, the same for every backend: the fields' weights, the boosts
 * of recognized values, and the prefix rule of {@code word*}. The embedded backend builds Lucene
 * queries with them ({@code lucene.QueryFactory}), the Solr backend query strings.
 */
public final class TextWeights {
  private TextWeights() {}

  /** Field boosts: a word in the title says most about a document, one in the body least. */
  public static final Map<String, Float> FIELD_WEIGHTS =
      Map.of(Fields.TITLE, 3.0f, Fields.TAGS, 2.0f, Fields.BODY, 1.0f);

  /** Score added for a document that has a recognized value (senior, remote, a company). */
  public static final float FACET_BOOST = 16f;

  /** Score added to a recognized tool's own document, so "PyTorch ..." shows the tool. */
  public static final float TOOL_BOOST = 8f;

  /** Score added for a salary in a recognized range ("over 150k"). */
  public static final float SALARY_BOOST = 3f;

  /** Shortest prefix before a trailing {@code *}: "a*" or a lone "*" would expand to most terms. */
  public static final int MIN_PREFIX = 2;

  /** Drops the {@code *} of prefixes shorter than {@link #MIN_PREFIX}; they stay plain words. */
  public static String boundPrefixes(String text) {
    StringBuilder out = new StringBuilder();
    for (String token : text.split("(?<=\\s)|(?=\\s)")) {
      String stem = token.replaceAll("\\*+$", "");
      boolean shortPrefix =
          token.endsWith("*") && stem.replaceAll("[^\\p{L}\\p{N}]", "").length() < MIN_PREFIX;
      out.append(shortPrefix ? stem : token.replaceAll("\\*+$", "*"));
    }
    return out.toString();
  }
}
