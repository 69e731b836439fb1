package careersearch.server;

import careersearch.indexer.CorpusIndexer;
import careersearch.indexer.solr.SolrIndex;
import careersearch.schema.SolrConfigset;
import careersearch.server.http.AppServices;
import careersearch.server.http.AppSettings;
import careersearch.server.solr.SolrBackend;
import io.javalin.Javalin;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Measures the same workload on both backends over HTTP: index time of the real corpus, then the
 * latency of each query (median and p95 of {@code ROUNDS} runs after a warm-up). Not a test; run
 * with the server's test class path: {@code java -cp ... careersearch.server.SolrBench [ROUNDS]}.
 */
public final class SolrBench {
  static final List<String> QUERIES =
      List.of(
          "/api/search?q=",
          "/api/search?q=PyTorch+remote+senior",
          "/api/search?q=machine+learning+engineer",
          "/api/search?q=kubernetes+jobs+over+150k",
          "/api/search?q=data+scientist&type=salary_report&location=US",
          "/api/search?q=&type=salary_report&salary_band=100k-150k&sort=salary_desc",
          "/api/search?q=sr+data+scientist&strict=true",
          "/api/search?q=pytorhc",
          "/api/search?q=python&type=tool&size=50",
          "/api/search?q=deep+learning+engineer&type=occupation&page=2");

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    long t0 = System.nanoTime();
    Path luceneIndex = RealCorpus.index();
    double luceneIndexS = (System.nanoTime() - t0) / 1e9;

    SolrTestCloud cloud = SolrTestCloud.get();
    long t1 = System.nanoTime();
    CorpusIndexer indexer =
        new CorpusIndexer(RealCorpus.corpusDir(), false, CorpusIndexer.Progress.NONE);
    SolrIndex.Rebuilt rebuilt =
        cloud
            .index()
            .rebuild(
                SolrConfigset.forCorpus(RealCorpus.corpusDir()),
                2,
                1,
                writer -> indexer.feed(writer, r -> {}));
    double solrIndexS = (System.nanoTime() - t1) / 1e9;

    try (ServerFixture lucene = new ServerFixture(luceneIndex, Duration.ofSeconds(5))) {
      String synonyms =
          Files.readString(RealCorpus.corpusDir().resolve("synonyms.txt"))
              + "\n"
              + Files.readString(RealCorpus.corpusDir().resolve("query-synonyms.txt"));
      SolrBackend backend =
          new SolrBackend(
              cloud.http(),
              SolrTestCloud.ALIAS,
              synonyms,
              RealCorpus.gazetteer(),
              Duration.ofSeconds(30));
      Javalin solrApp =
          careersearch.server.http.CareerSearchApp.create(
                  new AppServices(backend, null, new AppSettings(null, List.of())))
              .start("127.0.0.1", 0);
      ApiClient solr = new ApiClient(solrApp.port());
      System.out.printf(
          "Index time: embedded Lucene %.1f s; SolrCloud (2 nodes, 2 shards) %.1f s for %,d docs%n",
          luceneIndexS, solrIndexS, rebuilt.documents());
      System.out.println(
          "| query | total (lucene / solr) | lucene median / p95 ms | solr median / p95 ms |");
      System.out.println("|---|---|---|---|");
      for (String q : QUERIES) {
        long[] l = time(lucene.api, q, rounds);
        long[] s = time(solr, q, rounds);
        System.out.printf(
            "| `%s` | %d / %d | %.1f / %.1f | %.1f / %.1f |%n",
            java.net.URLDecoder.decode(q, StandardCharsets.UTF_8),
            lucene.api.ok(q).get("total").asLong(),
            solr.ok(q).get("total").asLong(),
            l[0] / 1e6,
            l[1] / 1e6,
            s[0] / 1e6,
            s[1] / 1e6);
      }
      solrApp.stop();
      backend.close();
    }
    System.exit(0);
  }

  private static long[] time(ApiClient api, String q, int rounds) {
    for (int i = 0; i < 3; i++) {
      api.ok(q);
    }
    List<Long> ns = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      long t = System.nanoTime();
      api.ok(q);
      ns.add(System.nanoTime() - t);
    }
    Collections.sort(ns);
    return new long[] {ns.get(ns.size() / 2), ns.get((int) Math.ceil(ns.size() * 0.95) - 1)};
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
