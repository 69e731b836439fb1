package careersearch.server.solr;

import careersearch.indexer.generator.SourceJson;
import careersearch.indexer.solr.SolrHttp;
import careersearch.schema.DocType;
import careersearch.schema.FacetDim;
import careersearch.schema.Fields;
import careersearch.schema.SalaryBand;
import careersearch.server.api.BadRequestException;
import careersearch.server.api.Expiry;
import careersearch.server.api.NotFoundException;
import careersearch.server.api.ResponseShape;
import careersearch.server.api.SearchFlow;
import careersearch.server.api.SearchFlow.Outcome;
import careersearch.server.api.SearchMode;
import careersearch.server.api.SearchRequest;
import careersearch.server.api.SearchResponse;
import careersearch.server.api.SortOrder;
import careersearch.server.query.Exclusions;
import careersearch.server.query.Interpretation;
import careersearch.server.query.QueryInterpreter;
import careersearch.server.query.QueryVocabulary;
import careersearch.server.query.Strictness;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Search on a SolrCloud collection with the same meaning and the same answer as the embedded
 * backend ({@code lucene.SearchService}), through the same {@link SearchFlow}: the same
 * interpretation, the query built like {@code lucene.QueryFactory} (see {@link SolrQueryText}),
 * filters as tagged {@code fq} and JSON Facet API facets that exclude their own dimension's filter
 * (multi-select, refined across shards), salary bands as query facets by the overlap rule, the
 * unified highlighter with {@code <mark>} and HTML escaping.
 */
public final class SolrSearch {

  /**
   * How long Solr may search before answering with partial results (as {@code lucene.TimeLimit}).
   */
  static final long TIME_ALLOWED_MS = ResponseShape.DEFAULT_TIMEOUT.toMillis();

  private final SolrHttp solr;
  private final String collection;
  private final Supplier<QueryVocabulary> vocabulary;

  /**
   * @param vocabulary what the interpreter recognizes; may supply null (no interpretation)
   */
  public SolrSearch(SolrHttp solr, String collection, Supplier<QueryVocabulary> vocabulary) {
    this.solr = solr;
    this.collection = collection;
    this.vocabulary = vocabulary;
  }

  public SearchResponse search(SearchRequest request) {
    if (request.near() != null) {
      throw noRadius();
    }
    if (request.mode() != null && request.mode() != SearchMode.LEXICAL) {
      // the generated configset has no dense vector field: Solr searches by words
      throw new BadRequestException(
          "mode="
              + request.mode().key()
              + " needs the embedded (lucene) backend: the Solr backend searches by words only"
              + " (mode=lexical, its default)");
    }
    LocalDate today = Expiry.today();
    try {
      return SearchFlow.search(
          request,
          new SearchFlow.Engine() {
            @Override
            public Outcome run(SearchRequest r) {
              return SolrSearch.this.run(r, today);
            }

            @Override
            public SearchFlow.Correction spelling(String q, List<Interpretation> interpreted) {
              // Solr's spell checker only corrects words its dictionary lacks, words that match
              // no title or tag as typed
              String corrected = SolrSearch.this.spelling(q, interpreted);
              return corrected == null ? null : new SearchFlow.Correction(corrected, true);
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");

  /**
   * As {@code lucene.SpellCorrector}: words of 4+ letters that are not recognized parts or synonym
   * words and that no document's spell field has are replaced by Solr's DirectSolrSpellChecker's
   * best suggestion (same defaults as Lucene's DirectSpellChecker), all in one request.
   */
  private String spelling(String q, List<Interpretation> interpreted) {
    if (q == null || q.isBlank()) {
      return null;
    }
    QueryVocabulary vocab = vocabulary.get();
    List<int[]> spans = new ArrayList<>();
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(q);
    while (m.find()) {
      String word = m.group().toLowerCase(Locale.ROOT);
      int at = m.start();
      boolean recognized =
          interpreted.stream().anyMatch(i -> i.start() <= at && at < i.end())
              || (vocab != null && vocab.isSynonymWord(word));
      if (!recognized) {
        spans.add(new int[] {m.start(), m.end()});
        words.add(word);
      }
    }
    if (words.isEmpty()) {
      return null;
    }
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("spellcheck", "true");
    params.put("spellcheck.q", String.join(" ", words));
    params.put("spellcheck.count", "1");
    params.put("spellcheck.dictionary", "default");
    JsonNode r =
        solr.postJson(
            "/" + collection + "/select",
            Map.of("query", SolrQueryText.ALL, "limit", 0, "params", params));
    Map<String, String> best = new LinkedHashMap<>();
    JsonNode suggestions = r.path("spellcheck").path("suggestions");
    for (int i = 0; i + 1 < suggestions.size(); i += 2) {
      String suggestion = suggestions.get(i + 1).path("suggestion").path(0).asText(null);
      if (suggestion != null) {
        best.put(suggestions.get(i).asText(), suggestion);
      }
    }
    if (best.isEmpty()) {
      return null;
    }
    StringBuilder corrected = new StringBuilder();
    int last = 0;
    boolean changed = false;
    for (int i = 0; i < spans.size(); i++) {
      String replacement = best.get(words.get(i));
      corrected.append(q, last, spans.get(i)[0]);
      if (replacement != null && !replacement.equals(words.get(i))) {
        corrected.append(replacement);
        changed = true;
      } else {
        corrected.append(q, spans.get(i)[0], spans.get(i)[1]);
      }
      last = spans.get(i)[1];
    }
    corrected.append(q.substring(last));
    return changed ? corrected.toString() : null;
  }

  private Outcome run(SearchRequest asked, LocalDate today) {
    QueryVocabulary vocab = vocabulary.get();
    // an excluded word is neither searched nor recognized: it only removes documents
    Exclusions exclusions = Exclusions.of(asked.q());
    String positive = exclusions.positive();
    List<Interpretation> interpreted =
        vocab == null ? List.of() : QueryInterpreter.interpret(positive, vocab);
    SearchRequest request = asked.strict() ? Strictness.asFilters(asked, interpreted) : asked;
    String q =
        asked.strict()
            ? SolrQueryText.strict(
                QueryInterpreter.without(positive, interpreted), Strictness.tools(interpreted))
            : SolrQueryText.boosted(
                QueryInterpreter.without(positive, Strictness.notWords(interpreted)), interpreted);

    List<String> filters = new ArrayList<>();
    if (!exclusions.isEmpty()) {
      // untagged, so the total and every facet count leave the excluded documents out too
      filters.add(SolrQueryText.excluding(exclusions, vocab));
    }
    for (Map.Entry<FacetDim, List<String>> filter : request.filters().entrySet()) {
      filters.add(filterOf(filter.getKey(), filter.getValue()));
    }
    if (request.filter(FacetDim.TYPE).isEmpty()) {
      // salary reports stay out of the hits unless asked for; the type facet still counts them
      List<String> types =
          DocType.keys().stream().filter(t -> !t.equals(DocType.SALARY_REPORT.key())).toList();
      filters.add(SolrQueryText.anyOf(FacetDim.TYPE.param(), Fields.TYPE, types));
    }
    if (request.salaryMin() != null || request.salaryMax() != null) {
      filters.add(SolrQueryText.overlapping(request.salaryMin(), request.salaryMax()));
    }
    if (!request.includeExpired()) {
      // untagged: the total and every facet count leave the expired postings out too
      filters.add(SolrQueryText.notExpired(today));
    }

    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", q);
    body.put("filter", filters);
    body.put("offset", request.offset());
    body.put("limit", request.size());
    body.put("fields", Fields.ID + "," + Fields.SOURCE + ",score");
    body.put("sort", sortOf(request.sort()));
    body.put("facet", SolrFacets.request(request));
    body.put("params", params());
    JsonNode r = solr.postJson("/" + collection + "/select", body);

    boolean partial = r.path("responseHeader").path("partialResults").asBoolean(false);
    return new Outcome(
        interpreted,
        partial,
        r.path("response").path("numFound").asLong(),
        hits(r, today),
        SolrFacets.values(r.path("facets"), request));
  }

  private static String filterOf(FacetDim dim, List<String> values) {
    if (dim == FacetDim.SALARY_BAND) {
      List<String> bands = new ArrayList<>();
      for (String key : values) {
        SalaryBand.fromKey(key).ifPresent(b -> bands.add("(" + SolrQueryText.band(b) + ")"));
      }
      return "{!tag=" + dim.param() + "}" + String.join(" OR ", bands);
    }
    return SolrQueryText.anyOf(dim.param(), dim.param(), values);
  }

  private static String sortOf(SortOrder sort) {
    return switch (sort) {
      case RELEVANCE -> "score desc, id asc";
      case SALARY_DESC -> Fields.SALARY_MAX_USD + " desc, score desc, id asc";
      case SALARY_ASC -> Fields.SALARY_MIN_USD + " asc, score desc, id asc";
      case DATE_DESC -> Fields.POSTED_DAY + " desc, score desc, id asc";
      case DISTANCE -> throw noRadius();
    };
  }

  private static BadRequestException noRadius() {
    return new BadRequestException(
        "near, within_km and sort=distance need the embedded (lucene) backend: the Solr"
            + " collection has no points");
  }

  private static Map<String, Object> params() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("q.op", "OR");
    p.put("sow", "true");
    p.put("df", Fields.BODY);
    p.put("timeAllowed", TIME_ALLOWED_MS);
    // the unified highlighter as in Snippets: one passage near 180 chars, cut at sentences
    p.put("hl", "true");
    p.put("hl.method", "unified");
    p.put("hl.fl", Fields.BODY + "," + Fields.TITLE);
    p.put("hl.snippets", "1");
    p.put("hl.fragsize", "180");
    p.put("hl.fragsizeIsMinimum", "false");
    p.put("hl.fragAlignRatio", "0.5");
    p.put("hl.bs.type", "SENTENCE");
    p.put("hl.tag.pre", "<mark>");
    p.put("hl.tag.post", "</mark>");
    p.put("hl.tag.ellipsis", "… ");
    p.put("hl.encoder", "html");
    p.put("hl.defaultSummary", "true");
    p.put("hl.maxAnalyzedChars", "100000");
    p.put("hl.requireFieldMatch", "true");
    return p;
  }

  private static List<Map<String, Object>> hits(JsonNode r, LocalDate today) {
    JsonNode highlighting = r.path("highlighting");
    List<Map<String, Object>> hits = new ArrayList<>();
    for (JsonNode doc : r.path("response").path("docs")) {
      Map<String, Object> source = source(doc.path(Fields.SOURCE).asText());
      String id = doc.path(Fields.ID).asText();
      JsonNode hl = highlighting.path(id);
      Float score = doc.has("score") ? (float) doc.path("score").asDouble() : null;
      String snippet =
          ResponseShape.pickSnippet(
              hl.path(Fields.BODY).path(0).asText(null),
              hl.path(Fields.TITLE).path(0).asText(null));
      Map<String, Object> hit = ResponseShape.hit(source, snippet, score, Map.of(), today);
      hits.add(hit);
    }
    return hits;
  }

  /** A stored source as Solr returns it (text), read by the indexer's one mapping of sources. */
  static Map<String, Object> source(String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    try {
      return SourceJson.readMap(bytes, 0, bytes.length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The whole stored document, or {@link NotFoundException}. */
  public Map<String, Object> document(String id) {
    JsonNode r =
        solr.postJson(
            "/" + collection + "/select",
            Map.of(
                "query",
                "{!term f=id v=$id}",
                "fields",
                Fields.SOURCE,
                "limit",
                1,
                "params",
                Map.of("id", id)));
    JsonNode docs = r.path("response").path("docs");
    if (docs.isEmpty()) {
      throw new NotFoundException("no document with id '" + id + "'");
    }
    Map<String, Object> document = source(docs.get(0).path(Fields.SOURCE).asText());
    Expiry.mark(document, Expiry.today());
    return document;
  }

  /** Documents per type, total, and the newest update's version. */
  public Map<String, Object> counts() {
    JsonNode r =
        solr.postJson(
            "/" + collection + "/select",
            Map.of(
                "query",
                SolrQueryText.ALL,
                "limit",
                1,
                "fields",
                "_version_",
                "sort",
                "_version_ desc",
                "facet",
                Map.of(
                    "types",
                    Map.of("type", "terms", "field", Fields.TYPE, "limit", -1, "refine", true))));
    Map<String, Long> counts = new LinkedHashMap<>();
    Map<String, Long> found = new LinkedHashMap<>();
    for (JsonNode b : r.path("facets").path("types").path("buckets")) {
      found.put(b.path("val").asText(), b.path("count").asLong());
    }
    for (DocType type : DocType.values()) {
      counts.put(type.key(), found.getOrDefault(type.key(), 0L));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("documents", counts);
    out.put("total_documents", r.path("response").path("numFound").asLong());
    out.put("index_version", r.path("response").path("docs").path(0).path("_version_").asLong(0));
    return out;
  }
}
