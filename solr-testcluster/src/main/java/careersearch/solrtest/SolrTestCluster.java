package careersearch.solrtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * Starts a real SolrCloud for tests and local runs: {@code nodes} Solr nodes (2 by default) with an
 * embedded ZooKeeper, the careersearch configset, and a 2-shard collection behind the alias {@code
 * careersearch}. Prints {@code SOLR_URLS=url1,url2} on one line once everything is up, then runs
 * until its standard input closes (the parent process ended) or it is killed.
 *
 * <p>Usage: {@code SolrTestCluster CONFIGSET_DIR [NODES] [COLLECTION]}
 */
public final class SolrTestCluster {
  private SolrTestCluster() {}

  public static void main(String[] args) throws Exception {
    Path configset = Path.of(args.length > 0 ? args[0] : "solr/configset").toAbsolutePath();
    int nodes = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    String alias = args.length > 2 ? args[2] : "careersearch";
    Path baseDir = Files.createTempDirectory("careersearch-solrcloud");
    long start = System.nanoTime();
    MiniSolrCloudCluster cluster =
        new MiniSolrCloudCluster.Builder(nodes, baseDir).addConfig(alias, configset).build();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    cluster.shutdown();
                  } catch (Exception e) {
                    System.err.println("shutting down: " + e);
                  }
                  deleteTree(baseDir);
                }));
    // a first collection behind the alias, so that a client finds one at once; a reindex
    // replaces it with a new collection and switches the alias
    String first = alias + "_0";
    CollectionAdminRequest.createCollection(first, alias, 2, 1).process(cluster.getSolrClient());
    cluster.waitForActiveCollection(first, 2, 2);
    CollectionAdminRequest.createAlias(alias, first).process(cluster.getSolrClient());
    String urls =
        cluster.getJettySolrRunners().stream()
            .map(JettySolrRunner::getBaseUrl)
            .map(Object::toString)
            .collect(Collectors.joining(","));
    System.out.printf(
        "SolrCloud with %d nodes up in %.1f s, ZooKeeper at %s%n",
        nodes, (System.nanoTime() - start) / 1e9, cluster.getZkServer().getZkAddress());
    System.out.println("SOLR_URLS=" + urls);
    System.out.flush();
    // until the parent goes away
    while (System.in.read() != -1) {
      // ignore input
    }
    System.exit(0);
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort
    }
  }
}
