package careersearch.indexer.generator;

import careersearch.schema.DocType;
import careersearch.schema.FacetDim;
import careersearch.schema.Fields;
import careersearch.schema.SalaryBand;
import careersearch.schema.Schema;
import careersearch.schema.SourceFields;
import careersearch.schema.TitleKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

/**
 * The fields every document shares, built the same way for every source: id, type, title, body, the
 * JSON source, facets and salaries. The per-source builders in this package decide what goes in;
 * this class decides how it is indexed.
 */
final class DocumentBase {
  /**
   * A tag with a separator inside ("Amazon Redshift", "scikit-learn") may make word pairs; an
   * underscore joins words for the tokenizer ("full_time").
   */
  private static final Pattern MULTI_WORD = Pattern.compile("[^\\p{L}\\p{N}_]");

  private final Document doc = new Document();
  private final Map<String, Object> source = new LinkedHashMap<>();
  private final StringBuilder tags = new StringBuilder();
  private final List<String> multiWordTags = new ArrayList<>();
  private final String title;
  private final String body;
  private String bodyInSource;

  DocumentBase(String id, DocType type, String title, String body) {
    this.title = title;
    // the key for update/delete by id; exact match, so not analyzed
    doc.add(new StringField(Fields.ID, id, Field.Store.YES));
    // filter by type without going through the facet field
    doc.add(new StringField(Fields.TYPE, type.key(), Field.Store.YES));
    // the most telling text: searched with the highest boost and shown as the hit title
    doc.add(new Field(Fields.TITLE, title, Schema.TEXT_WITH_OFFSETS));
    // adjacent title words as single terms: cheap phrase boosts for two-word queries
    doc.add(new Field(Fields.TITLE_PAIRS, title, Schema.WORD_PAIRS));
    this.body = body == null || body.isBlank() ? null : body;
    // type is a facet too, so counts per type come with every search
    facet(FacetDim.TYPE, type.key());
    source.put(SourceFields.ID, id);
    source.put(SourceFields.TYPE, type.key());
    source.put(SourceFields.TITLE, title);
  }

  /**
   * Says that the body is also the source's value under {@code key} (a posting's description), so
   * it is stored once, in the source.
   */
  DocumentBase bodyInSource(String key) {
    this.bodyInSource = key;
    return this;
  }

  /**
   * Adds a model record's values to the JSON source, under its {@code SourceFields} keys and in its
   * order, as {@link #put} does; the server reads the source back as the same record.
   */
  DocumentBase putRecord(Object record) {
    SourceJson.map(record).forEach(this::put);
    return this;
  }

  /** Adds a value to the JSON source returned by the API (nulls and empty lists are left out). */
  DocumentBase put(String key, Object value) {
    boolean empty =
        value == null
            || (value instanceof Collection<?> c && c.isEmpty())
            || (value instanceof String s && s.isBlank());
    if (!empty) {
      source.put(key, value);
    }
    return this;
  }

  /** Adds a value of a facet dimension (and makes it searchable as a tag). */
  DocumentBase facet(FacetDim dim, String value) {
    if (value != null && !value.isBlank()) {
      // doc-values facet: counted per segment without a taxonomy index; also indexed for drill-down
      doc.add(new SortedSetDocValuesFacetField(dim.param(), value));
    }
    return this;
  }

  /** Adds every value of a facet dimension. */
  DocumentBase facets(FacetDim dim, Collection<String> values) {
    values.forEach(v -> facet(dim, v));
    return this;
  }

  /** Short searchable terms that are not the title or body (skills, company, alternate titles). */
  DocumentBase tags(Collection<String> values) {
    values.forEach(this::tag);
    return this;
  }

  DocumentBase tag(String value) {
    if (value != null && !value.isBlank()) {
      tags.append(value).append('\n');
      if (MULTI_WORD.matcher(value.strip()).find()) {
        multiWordTags.add(value);
      }
    }
    return this;
  }

  /**
   * A salary range in USD per year: points for overlap filters, doc values for sorting, and the
   * band facet by the overlap rule, computed here once so that counting bands at search time is a
   * plain facet count.
   */
  DocumentBase salaryUsd(long minUsdYear, long maxUsdYear) {
    doc.add(new LongField(Fields.SALARY_MIN_USD, minUsdYear, Field.Store.NO));
    doc.add(new LongField(Fields.SALARY_MAX_USD, maxUsdYear, Field.Store.NO));
    for (SalaryBand band : SalaryBand.overlapping(minUsdYear, maxUsdYear)) {
      facet(FacetDim.SALARY_BAND, band.key());
    }
    return this;
  }

  /** An exact, unstored term that queries match (a posting's region). */
  DocumentBase keyword(String field, String value) {
    if (value != null) {
      doc.add(new StringField(field, value, Field.Store.NO));
    }
    return this;
  }

  /** A point on the map: for radius filters, and doc values for distance sorting. */
  DocumentBase geo(double lat, double lon) {
    doc.add(new org.apache.lucene.document.LatLonPoint(Fields.GEO, lat, lon));
    doc.add(new org.apache.lucene.document.LatLonDocValuesField(Fields.GEO, lat, lon));
    return this;
  }

  /** Epoch day, for sorting by date. */
  DocumentBase postedDay(long epochDay) {
    doc.add(new LongField(Fields.POSTED_DAY, epochDay, Field.Store.NO));
    return this;
  }

  /** The last day a posting is open, as epoch day: a point for the expiry filter, a doc value. */
  DocumentBase validThrough(long epochDay) {
    doc.add(new LongPoint(Fields.VALID_THROUGH, epochDay));
    doc.add(new NumericDocValuesField(Fields.VALID_THROUGH, epochDay));
    return this;
  }

  /** Reading order of article parts. */
  DocumentBase order(long order) {
    doc.add(new LongField(Fields.ORDER, order, Field.Store.NO));
    return this;
  }

  /** The survey year of a salary report. */
  DocumentBase year(long year) {
    doc.add(new LongField(Fields.YEAR, year, Field.Store.NO));
    return this;
  }

  /**
   * The normalized title as one keyword ({@link TitleKey}): salary insights select the reports of
   * exact titles ("Data Scientist" but not "Lead Data Scientist") and of the titles that contain
   * some words, which the analyzed, stemmed title field cannot tell apart.
   */
  DocumentBase titleKey(String title) {
    doc.add(new StringField(Fields.TITLE_KEY, TitleKey.of(title), Field.Store.NO));
    return this;
  }

  /** An ordered JSON object from key/value pairs, leaving out null values. */
  static Map<String, Object> object(Object... keyValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      if (keyValues[i + 1] != null) {
        map.put((String) keyValues[i], keyValues[i + 1]);
      }
    }
    return map;
  }

  Document build() {
    if (body != null) {
      // main text, with positions for phrases; snippets re-analyze it (no offsets to write)
      if (bodyInSource != null && body.equals(source.get(bodyInSource))) {
        doc.add(new Field(Fields.BODY, body, Schema.TEXT_UNSTORED));
        // where the highlighter finds the text instead
        doc.add(new StoredField(Fields.BODY_IN_SOURCE, bodyInSource));
      } else {
        doc.add(new Field(Fields.BODY, body, Schema.TEXT_STORED));
      }
    }
    if (!tags.isEmpty()) {
      // one unstored field for all tags: searched, never shown
      doc.add(new Field(Fields.TAGS, tags.toString(), Schema.TEXT_SEARCHED));
    }
    for (String tag : multiWordTags) {
      // adjacent words of each tag ("machine learning") as single terms, for phrase boosts; one
      // value per tag, so no pair spans two tags and one-word tags cost nothing
      doc.add(new Field(Fields.TAGS_PAIRS, tag, Schema.WORD_PAIRS));
    }
    // the words of title and tags as typed: what spelling corrections may suggest
    doc.add(new Field(Fields.SPELL, title + "\n" + tags, Schema.WORDS_ONLY));
    // the whole document as JSON: one stored field to read back per hit
    doc.add(new StoredField(Fields.SOURCE, SourceJson.bytes(source)));
    return doc;
  }
}
