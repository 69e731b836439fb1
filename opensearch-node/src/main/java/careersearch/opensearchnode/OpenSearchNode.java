package careersearch.opensearchnode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * A stock single-node OpenSearch, as {@code bin/opensearch} with a default configuration runs it:
 * the REST API (Netty) and the common analysis plugin, nothing tuned. Prints {@code
 * OPENSEARCH_URL=http://127.0.0.1:PORT} once the node is up, then runs until its standard input
 * closes (the parent process ended) or it is killed. The heap is the JVM's ({@code -Xmx2g}, as the
 * issue's reference figures).
 *
 * <p>Usage: {@code OpenSearchNode HOME_DIR [HTTP_PORT]}; data goes to {@code HOME_DIR/data}.
 */
public final class OpenSearchNode {
  private OpenSearchNode() {}

  /** Node's plugin-loading constructor is protected: the distribution loads them from a folder. */
  private static final class ClasspathPluginsNode extends Node {
    ClasspathPluginsNode(Environment env, List<Class<? extends Plugin>> plugins) {
      super(env, plugins, true);
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: OpenSearchNode HOME_DIR [HTTP_PORT]");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = args.length > 1 ? Integer.parseInt(args[1]) : 9200;
    Files.createDirectories(home.resolve("config"));
    Files.createDirectories(home.resolve("plugins"));
    Settings settings =
        Settings.builder()
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("cluster.name", "careersearch-bench")
            .put("node.name", "node-1")
            .put("discovery.type", "single-node")
            .put("network.host", "127.0.0.1")
            .put("http.port", port)
            .put("transport.port", port + 100)
            .build();
    LogConfigurator.configureWithoutConfig(settings);
    Environment env =
        InternalSettingsPreparer.prepareEnvironment(
            settings, Map.of(), home.resolve("config"), () -> "node-1");
    Node node =
        new ClasspathPluginsNode(env, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class));
    node.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> close(node)));
    System.out.println("OPENSEARCH_URL=http://127.0.0.1:" + port);
    System.out.flush();
    // until the parent goes away
    while (System.in.read() != -1) {
      // ignore input
    }
    System.exit(0);
  }

  private static void close(Node node) {
    try {
      node.close();
    } catch (Exception e) {
      System.err.println("closing the node: " + e);
    }
  }
}
