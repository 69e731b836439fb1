package careersearch.server;

import careersearch.indexer.solr.SolrHttp;
import careersearch.indexer.solr.SolrIndex;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One real SolrCloud per test JVM (2 nodes, embedded ZooKeeper), started as a separate process from
 * the {@code solr-testcluster} module so that its Jetty 10 never meets Javalin's Jetty 12, and
 * shared by every Solr-backed test class; stopped when the JVM exits (its standard input closes).
 */
public final class SolrTestCloud {
  private static SolrTestCloud instance;

  private final Process process;
  private final String urls;

  private SolrTestCloud(Process process, String urls) {
    this.process = process;
    this.urls = urls;
  }

  /** Comma-separated node URLs. */
  public String urls() {
    return urls;
  }

  public SolrHttp http() {
    return SolrHttp.of(urls);
  }

  /** The alias the test cluster created, and that reindexing switches. */
  public static final String ALIAS = "careersearch";

  public SolrIndex index() {
    return new SolrIndex(http(), ALIAS);
  }

  /** The configset kept in the repository. */
  public static Path configsetDir() {
    String dir = System.getProperty("careersearch.solr.configset");
    if (dir != null) {
      return Path.of(dir);
    }
    for (Path candidate : new Path[] {Path.of("../solr/configset"), Path.of("solr/configset")}) {
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "solr/configset not found from " + Path.of("").toAbsolutePath());
  }

  /** Starts the cluster on first use. */
  public static synchronized SolrTestCloud get() throws Exception {
    if (instance == null) {
      instance = start();
    }
    return instance;
  }

  private static SolrTestCloud start() throws Exception {
    String classpathFile =
        System.getProperty(
            "careersearch.solr.classpath", "../solr-testcluster/target/solr-testcluster.classpath");
    String classes =
        System.getProperty("careersearch.solr.classes", "../solr-testcluster/target/classes");
    if (!Files.exists(Path.of(classpathFile))) {
      throw new IllegalStateException(
          "no "
              + classpathFile
              + "; build the solr-testcluster module first (mvn -pl server -am ...)");
    }
    String classpath =
        classes + File.pathSeparator + Files.readString(Path.of(classpathFile)).strip();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path log = Files.createTempFile("careersearch-solr-testcluster", ".log");
    ProcessBuilder pb =
        new ProcessBuilder(
            java,
            "-Xmx768m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            classpath,
            "careersearch.solrtest.SolrTestCluster",
            configsetDir().toAbsolutePath().toString(),
            "2",
            ALIAS);
    pb.redirectError(log.toFile());
    Process process = pb.start();
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
    CompletableFuture<String> urls = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                  if (line.startsWith("SOLR_URLS=")) {
                    urls.complete(line.substring("SOLR_URLS=".length()));
                  } else {
                    System.out.println("[solr-testcluster] " + line);
                  }
                }
                urls.completeExceptionally(
                    new IOException("the Solr test cluster ended; see " + log));
              } catch (IOException e) {
                urls.completeExceptionally(e);
              }
            },
            "solr-testcluster-out");
    reader.setDaemon(true);
    reader.start();
    try {
      return new SolrTestCloud(process, urls.get(5, TimeUnit.MINUTES));
    } catch (Exception e) {
      process.destroy();
      throw new IllegalStateException("the Solr test cluster did not start; see " + log, e);
    }
  }

  public boolean alive() {
    return process.isAlive();
  }
}
