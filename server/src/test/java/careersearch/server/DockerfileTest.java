package careersearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The documented check of the Dockerfile and compose.yaml in place of hadolint, which no registry
 * these machines reach ships: the hadolint rules that apply to this file (rule ids in the names),
 * and that the commands and settings name what the code has. DockerRuntimeIT runs the commands.
 */
class DockerfileTest {
  private final Dockerfile docker;

  DockerfileTest() throws Exception {
    docker = Dockerfile.read();
  }

  @Test
  void dl3006AndDl3007EveryBaseImageHasAPinnedTagThatIsNotLatest() {
    for (Dockerfile.Instruction from : docker.all("FROM")) {
      String image = from.args().split("\\s+")[0];
      assertTrue(image.contains(":"), "untagged image " + image);
      assertFalse(image.endsWith(":latest"), image);
    }
  }

  @Test
  void multiStageMavenBuildThenAJreRuntime() {
    assertEquals(2, docker.stages.size());
    assertTrue(docker.all("FROM").get(0).args().matches("maven:\\S+ AS build"));
    assertTrue(docker.runtime().get(0).args().matches("eclipse-temurin:17-jre\\S*"));
    assertTrue(
        docker.stages.get(0).stream().anyMatch(i -> i.args().contains("mvn -B")), "a Maven build");
    docker
        .copiedFromBuild()
        .forEach((to, from) -> assertTrue(from.startsWith("/src/"), from + " -> " + to));
  }

  @Test
  void dl3020AndDl3025CopyNotAddAndExecFormCommands() {
    assertTrue(docker.all("ADD").isEmpty(), "DL3020: COPY, not ADD");
    docker.entrypoint(); // throws unless the exec (JSON) form
    docker.healthcheck();
    for (Dockerfile.Instruction i : docker.all("CMD")) {
      Dockerfile.execForm(i.args());
    }
  }

  @Test
  void dl3000Dl3002Dl3003Dl3004AbsoluteWorkdirNonRootUserNoCdNoSudo() {
    docker.all("WORKDIR").forEach(w -> assertTrue(w.args().startsWith("/"), w.args()));
    List<Dockerfile.Instruction> users = docker.runtime("USER");
    assertEquals(1, users.size());
    String user = users.get(0).args().split(":")[0];
    assertNotEquals("root", user);
    assertNotEquals("0", user);
    assertTrue(
        docker.runtime().indexOf(users.get(0))
            < docker.runtime().indexOf(docker.runtime("ENTRYPOINT").get(0)),
        "USER before ENTRYPOINT");
    for (Dockerfile.Instruction run : docker.all("RUN")) {
      assertFalse(run.args().matches(".*(^|&&|;)\\s*cd .*"), "DL3003: WORKDIR, not cd");
      assertFalse(run.args().contains("sudo"), "DL3004");
      if (run.args().contains("apt-get install")) {
        assertTrue(run.args().contains("--no-install-recommends"), "DL3015");
      }
    }
    assertTrue(
        docker.runtime("RUN").get(0).args().contains("useradd --system --uid 10001"),
        "the user exists with a fixed uid (volume ownership)");
  }

  @Test
  void theIndexIsOnAVolumeAndThePortExposed() {
    Map<String, String> env = docker.env();
    String volume = docker.runtime("VOLUME").get(0).args();
    assertTrue(volume.contains("\"" + env.get("CAREERSEARCH_INDEX") + "\""), volume);
    // the postings store holds what was ingested: it must outlive the container too
    assertTrue(volume.contains("\"" + env.get("CAREERSEARCH_STORE") + "\""), volume);
    assertEquals(env.get("CAREERSEARCH_PORT"), docker.runtime("EXPOSE").get(0).args());
    assertEquals("0.0.0.0", env.get("CAREERSEARCH_HOST"), "reachable from outside the container");
    assertEquals("json", env.get("CAREERSEARCH_LOG_FORMAT"));
  }

  @Test
  void containerJvmFlagsAndAHealthcheckOnTheHealthRoute() {
    List<String> entry = docker.entrypoint();
    assertEquals("java", entry.get(0));
    assertTrue(entry.stream().anyMatch(a -> a.startsWith("-XX:MaxRAMPercentage=")), "heap/limit");
    assertTrue(entry.contains("-XX:+ExitOnOutOfMemoryError"));
    assertEquals(
        List.of("-jar", "/app/careersearch-server.jar"),
        entry.subList(entry.size() - 2, entry.size()));
    assertEquals(1, docker.runtime("HEALTHCHECK").size());
    List<String> check = docker.healthcheck();
    assertEquals("careersearch.server.ops.HealthCheck", check.get(check.size() - 1));
    assertTrue(docker.runtime("HEALTHCHECK").get(0).args().contains("--start-period="));
  }

  @Test
  void theEnvironmentNamesSettingsTheServerReads() {
    Set<String> read = serverEnvironment();
    read.addAll(Set.of("CAREERSEARCH_LOG_FORMAT", "CAREERSEARCH_ADMIN_TOKEN"));
    // read by DJL, which loads the embedding model's tokenizer (its native library is unpacked)
    read.add("DJL_CACHE_DIR");
    for (String name : docker.env().keySet()) {
      assertTrue(read.contains(name), name + " is read by no option of ServerMain: " + read);
    }
  }

  @Test
  void composeRunsTheServerAgainstATwoNodeSolrCloud() throws Exception {
    JsonNode compose =
        new ObjectMapper(new YAMLFactory())
            .readTree(Files.readString(Dockerfile.ROOT.resolve("compose.yaml")));
    JsonNode services = compose.get("services");
    List<String> solrNodes = new ArrayList<>();
    services
        .properties()
        .forEach(
            s -> {
              if (s.getValue().path("image").asText().startsWith("solr:9")) {
                solrNodes.add(s.getKey());
              }
            });
    assertEquals(List.of("solr1", "solr2"), solrNodes);
    JsonNode server = services.get("careersearch");
    assertEquals("solr", server.get("environment").get("CAREERSEARCH_BACKEND").asText());
    String urls = server.get("environment").get("CAREERSEARCH_SOLR_URL").asText();
    assertEquals("http://solr1:8983/solr,http://solr2:8983/solr", urls);
    for (String name : fieldNames(server.get("environment"))) {
      assertTrue(
          serverEnvironment().contains(name) || name.equals("CAREERSEARCH_ADMIN_TOKEN"), name);
    }
    assertEquals(
        "service_completed_successfully",
        server.get("depends_on").get("indexer").get("condition").asText());
    // the indexer's command is one the indexer CLI accepts
    JsonNode indexer = services.get("indexer");
    List<String> entry = words(indexer.get("entrypoint"));
    assertEquals("careersearch.indexer.cli.IndexerCli", entry.get(entry.size() - 1));
    List<String> command = words(indexer.get("command"));
    CommandLine.ParseResult parsed =
        new CommandLine(
                Class.forName(entry.get(entry.size() - 1)).getDeclaredConstructor().newInstance())
            .parseArgs(command.toArray(String[]::new));
    assertEquals("reindex", parsed.subcommand().commandSpec().name());
    assertEquals("2", parsed.subcommand().matchedOption("--shards").getValue().toString());
    assertEquals(urls, indexer.get("environment").get("CAREERSEARCH_SOLR_URL").asText());
  }

  /** The environment variables ServerMain's options read ({@code ${env:NAME:-default}}). */
  private static Set<String> serverEnvironment() {
    Set<String> names = new java.util.HashSet<>();
    for (java.lang.reflect.Field field : ServerMain.class.getDeclaredFields()) {
      CommandLine.Option option = field.getAnnotation(CommandLine.Option.class);
      if (option != null && option.defaultValue().startsWith("${env:")) {
        String d = option.defaultValue();
        names.add(d.substring(6, d.indexOf(':', 6)));
      }
    }
    return names;
  }

  private static List<String> words(JsonNode array) {
    List<String> words = new ArrayList<>();
    array.forEach(w -> words.add(w.asText()));
    return words;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
