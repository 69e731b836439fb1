package careersearch.indexer.cli;

import careersearch.indexer.solr.SolrHttp;
import careersearch.indexer.solr.SolrIndex;
import careersearch.indexer.solr.SolrPostings;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Which engine a command writes to: the embedded index (default) or a SolrCloud collection. */
final class BackendOptions {
  @Option(
      names = "--backend",
      defaultValue = "${env:CAREERSEARCH_BACKEND:-lucene}",
      description = "lucene (the index dir, default) or solr (env CAREERSEARCH_BACKEND).")
  String backend;

  @Option(
      names = "--solr-url",
      defaultValue = "${env:CAREERSEARCH_SOLR_URL:-}",
      description =
          "Solr node URLs, comma-separated, e.g. http://127.0.0.1:8983/solr (env"
              + " CAREERSEARCH_SOLR_URL).")
  String solrUrl;

  @Option(
      names = "--collection",
      defaultValue = "${env:CAREERSEARCH_COLLECTION:-careersearch}",
      description = "Solr alias the server searches (default ${DEFAULT-VALUE}).")
  String collection;

  boolean solr() {
    return switch (backend) {
      case "lucene" -> false;
      case "solr" -> true;
      default ->
          throw new IllegalArgumentException(
              "--backend must be lucene or solr, was '" + backend + "'");
    };
  }

  SolrIndex solrIndex() {
    return new SolrIndex(SolrHttp.of(solrUrl), collection);
  }

  /** The collection's postings, applied from the store in {@code storeDir}. */
  SolrPostings solrPostings(Path corpus, Path storeDir) {
    return new SolrPostings(solrIndex(), corpus, storeDir);
  }
}
