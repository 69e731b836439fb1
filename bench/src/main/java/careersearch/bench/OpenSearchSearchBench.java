package careersearch.bench;

import careersearch.schema.SalaryBand;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The workload of {@link Workload} on the stock OpenSearch that {@link OpenSearchBulkBench} loaded
 * (same machine, same postings, same load generator): each query with the top 10, exact total hits
 * and the same facets as careersearch's answer (terms aggregations on the {@code .keyword}
 * sub-fields of the dynamic mapping, the six salary bands by the overlap rule as a filters
 * aggregation, multi-select facets with a {@code post_filter} and per-dimension filtered
 * aggregations, snippets from the description highlighted). One difference in OpenSearch's favour:
 * its salary bands read the posted figures, which careersearch first normalizes to USD per year.
 *
 * <pre>
 * java -cp bench/target/careersearch-bench.jar careersearch.bench.OpenSearchSearchBench \
 *     [--home synthetic/opensearch] [--seconds 10 --warmup 12]
 * </pre>
 */
public final class OpenSearchSearchBench {
  private OpenSearchSearchBench() {}

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String[] TERMS_DIMS = {
    "seniority", "employment", "remote", "company", "location"
  };

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = BenchArgs.parse(args, "home", "seconds", "warmup", "port");
    Path home = Path.of(opts.getOrDefault("home", "synthetic/opensearch"));
    int seconds = Integer.parseInt(opts.getOrDefault("seconds", "10"));
    int warmup = Integer.parseInt(opts.getOrDefault("warmup", "12"));
    int port = Integer.parseInt(opts.getOrDefault("port", "9250"));
    ObjectMapper json = new ObjectMapper();
    try (OpenSearchProcess node = OpenSearchProcess.start(home, port)) {
      JsonNode count = json.readTree(node.check("GET", "/postings/_count", null).body());
      StringBuilder out = new StringBuilder();
      out.append("### Stock OpenSearch, the same workload over HTTP (wrk on loopback)\n\n");
      out.append(BenchEnv.describe());
      out.append("- OpenSearch node: ")
          .append(node.jvmFlags())
          .append(" (its own JVM), OpenSearch 2.19.6; index `postings`: ")
          .append(String.format(Locale.ROOT, "%,d", count.path("count").asLong()))
          .append(" postings, loaded by OpenSearchBulkBench\n");
      out.append(
          String.format(
              Locale.ROOT,
              "- warm-up %d s per query, then %d s measured with 1 connection (wrk -t1 -c1)%n%n",
              warmup,
              seconds));
      out.append("| query | total hits | p50 ms | p95 ms | p99 ms | max ms | q/s | non-2xx |\n");
      out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
      for (Map.Entry<String, ObjectNode> query : queries().entrySet()) {
        String path =
            "/postings/_search?source_content_type=application/json&source="
                + URLEncoder.encode(query.getValue().toString(), StandardCharsets.UTF_8);
        JsonNode answer = json.readTree(node.check("GET", path, null).body());
        long hits = answer.path("hits").path("total").path("value").asLong();
        HttpBench.wrk(node.base() + path, 1, 1, warmup, List.of());
        String row =
            HttpBench.wrk(node.base() + path, 1, 1, seconds, List.of()).row(query.getKey());
        // the total hits after the name, so the counts can be compared with careersearch's
        out.append(
            row.replaceFirst(
                "\\| ([^|]+) \\|", "| $1 | " + String.format(Locale.ROOT, "%,d", hits) + " |"));
        System.err.println("done " + query.getKey());
      }
      System.out.println(out);
    }
  }

  /** Workload's queries in OpenSearch's query language, by name. */
  static Map<String, ObjectNode> queries() {
    Map<String, ObjectNode> queries = new LinkedHashMap<>();
    queries.put("Q1", search("data scientist", Map.of(), null, 0));
    queries.put("Q2", search("PyTorch remote senior", Map.of(), null, 0));
    queries.put("Q3", search(null, Map.of("salary_band", List.of("100k-150k")), null, 0));
    queries.put("Q4", search("engineer", Map.of("seniority", List.of("senior", "mid")), null, 0));
    queries.put(
        "Q5",
        search(
            "machine learning",
            Map.of("remote", List.of("remote"), "employment", List.of("full_time")),
            "salary.max",
            0));
    queries.put("SEL", search("Haskell", Map.of(), null, 0));
    queries.put("DEEP", search("engineer", Map.of(), null, 4990));
    return queries;
  }

  /**
   * One search: the words over the text fields (title and skills boosted, as careersearch), the
   * selected facet values as a post filter, every facet counted with the other dimensions'
   * selections only (multi-select), exact total hits, a snippet of the description.
   */
  private static ObjectNode search(
      String words, Map<String, List<String>> selected, String sortDesc, int from) {
    ObjectNode body = NODES.objectNode();
    body.put("from", from).put("size", 10).put("track_total_hits", true);
    if (words == null) {
      body.putObject("query").putObject("match_all");
    } else {
      ObjectNode match = body.putObject("query").putObject("multi_match");
      match.put("query", words);
      ArrayNode fields = match.putArray("fields");
      for (String field :
          List.of(
              "title^3",
              "skills^2",
              "company",
              "location",
              "remote",
              "seniority",
              "employment",
              "description")) {
        fields.add(field);
      }
      ObjectNode highlight = body.putObject("highlight");
      highlight.putArray("pre_tags").add("<mark>");
      highlight.putArray("post_tags").add("</mark>");
      highlight
          .putObject("fields")
          .putObject("description")
          .put("fragment_size", 180)
          .put("number_of_fragments", 1);
    }
    if (sortDesc != null) {
      body.putArray("sort")
          .addObject()
          .putObject(sortDesc)
          .put("order", "desc")
          .put("missing", "_last");
    }
    if (!selected.isEmpty()) {
      body.set("post_filter", filter(selected, null));
    }
    ObjectNode aggs = body.putObject("aggs");
    for (String dim : TERMS_DIMS) {
      ObjectNode terms = NODES.objectNode();
      terms.putObject("terms").put("field", dim + ".keyword").put("size", 10);
      aggs.set(dim, withOtherSelections(terms, dim, selected));
    }
    ObjectNode bands = NODES.objectNode();
    ObjectNode filters = bands.putObject("filters").putObject("filters");
    for (SalaryBand band : SalaryBand.values()) {
      filters.set(band.key(), band(band));
    }
    aggs.set("salary_band", withOtherSelections(bands, "salary_band", selected));
    return body;
  }

  /** The aggregation inside a filter of the other dimensions' selections, if there are any. */
  private static ObjectNode withOtherSelections(
      ObjectNode agg, String dim, Map<String, List<String>> selected) {
    if (selected.isEmpty() || selected.keySet().equals(java.util.Set.of(dim))) {
      return agg;
    }
    ObjectNode wrapped = NODES.objectNode();
    wrapped.set("filter", filter(selected, dim));
    wrapped.putObject("aggs").set(dim, agg);
    return wrapped;
  }

  /** All selections but {@code except}'s: OR within a dimension, AND across. */
  private static ObjectNode filter(Map<String, List<String>> selected, String except) {
    ObjectNode bool = NODES.objectNode();
    ArrayNode must = bool.putObject("bool").putArray("filter");
    selected.forEach(
        (dim, values) -> {
          if (dim.equals(except)) {
            return;
          }
          if (dim.equals("salary_band")) {
            ArrayNode any = must.addObject().putObject("bool").putArray("should");
            values.forEach(v -> any.add(band(SalaryBand.fromKey(v).orElseThrow())));
          } else {
            ArrayNode terms = must.addObject().putObject("terms").putArray(dim + ".keyword");
            values.forEach(terms::add);
          }
        });
    return bool;
  }

  /** A posting's range overlaps the band: min below the band's top, max at or above its bottom. */
  private static ObjectNode band(SalaryBand band) {
    ObjectNode query = NODES.objectNode();
    ArrayNode both = query.putObject("bool").putArray("filter");
    if (band.to() != Long.MAX_VALUE) {
      both.addObject().putObject("range").putObject("salary.min").put("lt", band.to());
    }
    both.addObject().putObject("range").putObject("salary.max").put("gte", band.from());
    return query;
  }
}
