package careersearch.schema;

/** Every field name of the careersearch index, shared by the indexer and the server. */
public final class Fields {
  private Fields() {}

  /** Unique id of a document; the key for update and delete. Stored, not analyzed. */
  public static final String ID = "id";

  /** Document type, one of {@link DocType}; stored, filterable, and a facet dimension. */
  public static final String TYPE = "type";

  /** Title-like text (heading, tool name, occupation or job title); analyzed, stored, boosted. */
  public static final String TITLE = "title";

  /**
   * Main text (section text, description, tasks); analyzed with positions for phrases, without
   * offsets: snippets re-analyze the ten texts of a page instead of a million texts storing them.
   */
  public static final String BODY = "body";

  /**
   * Short descriptive terms (skills, tools, categories, company, location, seniority words,
   * alternate titles); analyzed, not stored, boosted between title and body.
   */
  public static final String TAGS = "tags";

  /**
   * Pairs of adjacent title words ("data scientist"), one term each: a two-word phrase in a title
   * is one term lookup with score bounds instead of a positional match over every title that has
   * both words (Elasticsearch's {@code index_phrases}). Indexed, not stored.
   */
  public static final String TITLE_PAIRS = "title_pairs";

  /** Pairs of adjacent words of the tags ("machine learning"), like {@link #TITLE_PAIRS}. */
  public static final String TAGS_PAIRS = "tags_pairs";

  /**
   * Title and tags as typed words (lower case, no stemming, no synonyms); the vocabulary for
   * spelling suggestions. Indexed, not stored.
   */
  public static final String SPELL = "spell";

  /**
   * The key of the JSON source that holds the body text, on documents whose body is not stored
   * itself (a posting's description is stored once, in the source). Stored, not indexed.
   */
  public static final String BODY_IN_SOURCE = "body_in_source";

  /** The whole document as JSON, returned by the document endpoint and used to render hits. */
  public static final String SOURCE = "source";

  /** Lower end of a salary range in USD per year (point for range filters, doc values). */
  public static final String SALARY_MIN_USD = "salary_min_usd";

  /**
   * Each skill of a posting as one exact term, {@link NameKeys#of normalized} ("structured query
   * language sql"): a recognized tool is met by its own names, not by "Transact-SQL" sharing a
   * word. Indexed, not stored.
   */
  public static final String SKILL = "skill";

  /** A posting's resolved region, "US-WA" (not stored; queries match it). */
  public static final String REGION = "region";

  /** A posting's resolved city as a point: LatLonPoint for radius filters, doc values to sort. */
  public static final String GEO = "geo";

  /**
   * What a document means, as a unit-length vector of its text (HNSW, dot product): the semantic
   * side of hybrid search. Salary reports have none.
   */
  public static final String VECTOR = "vector";

  /**
   * The sentences of a long document (an article section) with their vectors, one binary doc value
   * ({@link careersearch.embed.Passages}): the semantic side scores such a document by its best
   * sentence too, and shows that sentence as its snippet without embedding it again.
   */
  public static final String PASSAGES = "passages";

  /** Upper end of a salary range in USD per year (point for range filters, doc values). */
  public static final String SALARY_MAX_USD = "salary_max_usd";

  /** Posting date as epoch day (sort by date); salary reports use 1 January of their year. */
  public static final String POSTED_DAY = "posted_day";

  /**
   * The last day a posting is open, as epoch day (LongPoint for the expiry filter, numeric doc
   * values); a posting without one never expires.
   */
  public static final String VALID_THROUGH = "valid_through";

  /** Position of an article section or skill statement in the article (sort, reading order). */
  public static final String ORDER = "order";

  /** Survey year of a salary report (filter). */
  public static final String YEAR = "year";

  /** Salary report title as a {@link TitleKey} keyword, for exact title matches (not stored). */
  public static final String TITLE_KEY = "title_key";
}
