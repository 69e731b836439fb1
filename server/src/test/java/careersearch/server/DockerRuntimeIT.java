package careersearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the container would do, without Docker (these machines have no daemon): the runtime stage's
 * ENTRYPOINT as written, with its ENV, against the built jar laid out as the COPY lines lay it, as
 * the Dockerfile's non-root uid where the test runs as root; then its HEALTHCHECK command against
 * the started server (healthy) and after the stop (unhealthy). Only the ports and the bind address
 * differ (127.0.0.1 and a free port), and the paths, mapped to a temporary directory.
 */
class DockerRuntimeIT {
  private static final String TOKEN = "it-admin-token-5d1c";
  private static final String UID = "10001";

  @TempDir Path root;

  @Test
  void entrypointServesAndHealthcheckTellsHealthyFromStopped() throws Exception {
    Dockerfile docker = Dockerfile.read();
    Path jar = Dockerfile.ROOT.resolve("server/target/careersearch-server.jar");
    assertTrue(Files.isRegularFile(jar), "mvn package builds " + jar);
    Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
    Map<String, Path> paths = new LinkedHashMap<>();
    Path app = Files.createDirectories(root.resolve("app"));
    for (Map.Entry<String, String> copy : docker.copiedFromBuild().entrySet()) {
      Path from = Dockerfile.ROOT.resolve(copy.getValue().substring("/src/".length()));
      Path to = app.resolve(Path.of(copy.getKey()).getFileName().toString());
      if (Files.isDirectory(from)) {
        Files.createSymbolicLink(to, from.toAbsolutePath());
      } else {
        Files.copy(from, to);
      }
      paths.put(copy.getKey(), to);
    }
    Map<String, String> env = docker.env();
    Path index = root.resolve("data/index");
    TestIndex.build(index); // the volume with an index already in it: no first-start indexing
    paths.put(env.get("CAREERSEARCH_INDEX"), index);
    Path store = Files.createDirectories(root.resolve("data/store"));
    paths.put(env.get("CAREERSEARCH_STORE"), store);
    int port = freePort();
    Map<String, String> childEnv = new LinkedHashMap<>();
    env.forEach((k, v) -> childEnv.put(k, mapped(v, paths)));
    childEnv.put("CAREERSEARCH_HOST", "127.0.0.1");
    childEnv.put("CAREERSEARCH_PORT", String.valueOf(port));
    childEnv.put("CAREERSEARCH_ADMIN_TOKEN", TOKEN);

    boolean asContainerUser = isRoot();
    if (asContainerUser) {
      run(
          List.of("chown", "-R", UID + ":" + UID, index.toString(), store.toString()),
          Map.of(),
          30);
    }
    Path log = root.resolve("server.log");
    Process server =
        start(command(docker.entrypoint(), paths, asContainerUser), childEnv, log.toFile());
    try {
      ApiClient api = new ApiClient(port);
      waitHealthy(api, server, log);
      if (asContainerUser) {
        assertEquals(UID, server.info().user().orElse(UID), "runs as the Dockerfile's USER");
      }
      assertEquals(6, api.ok("/api/health").get("documents").get("job").asInt());
      assertEquals(200, api.get("/metrics", "Authorization", "Bearer " + TOKEN).status());

      List<String> check = command(docker.healthcheck(), paths, asContainerUser);
      Result healthy = run(check, childEnv, 60);
      assertEquals(0, healthy.code(), healthy.output());
      assertTrue(healthy.output().startsWith("200 "), healthy.output());
    } finally {
      server.destroy(); // SIGTERM, as docker stop sends
      assertTrue(server.waitFor(30, TimeUnit.SECONDS), "stops on SIGTERM");
    }
    Result unhealthy = run(command(docker.healthcheck(), paths, false), childEnv, 60);
    assertEquals(1, unhealthy.code(), unhealthy.output());

    // the access log is JSON (CAREERSEARCH_LOG_FORMAT=json in the image), and keeps no token
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertFalse(output.contains(TOKEN), "the admin token is never logged");
    List<JsonNode> access = new ArrayList<>();
    for (String line : output.split("\n")) {
      if (line.startsWith("{")) {
        JsonNode json = new ObjectMapper().readTree(line);
        if (json.path("event").asText().equals("access")) {
          access.add(json);
        }
      }
    }
    assertTrue(
        access.stream().anyMatch(l -> l.get("route").asText().equals("/api/health")), output);
    assertTrue(access.stream().anyMatch(l -> l.get("route").asText().equals("/metrics")));
  }

  /** The words with container paths made local and {@code java} made this JDK's. */
  private static List<String> command(List<String> words, Map<String, Path> paths, boolean asUser) {
    List<String> command = new ArrayList<>();
    if (asUser) {
      command.addAll(
          List.of("setpriv", "--reuid=" + UID, "--regid=" + UID, "--clear-groups", "--"));
    }
    for (String word : words) {
      command.add(
          word.equals("java")
              ? ProcessHandle.current().info().command().orElse("java")
              : mapped(word, paths));
    }
    return command;
  }

  private static String mapped(String value, Map<String, Path> paths) {
    for (Map.Entry<String, Path> p : paths.entrySet()) {
      if (value.equals(p.getKey())) {
        return p.getValue().toString();
      }
    }
    return value;
  }

  private static boolean isRoot() throws Exception {
    return Files.isExecutable(Path.of("/usr/bin/setpriv"))
        && run(List.of("id", "-u"), Map.of(), 10).output().strip().equals("0");
  }

  private static Process start(List<String> command, Map<String, String> env, java.io.File log)
      throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.redirectOutput(log);
    pb.environment().putAll(env);
    return pb.start();
  }

  record Result(int code, String output) {}

  private static Result run(List<String> command, Map<String, String> env, int seconds)
      throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(command + " did not finish in " + seconds + " s");
    }
    return new Result(p.exitValue(), out);
  }

  private static void waitHealthy(ApiClient api, Process server, Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        throw new AssertionError("the server exited: " + Files.readString(log));
      }
      try {
        if (api.get("/api/health").status() == 200) {
          return;
        }
      } catch (RuntimeException e) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new AssertionError("not healthy in 90 s: " + Files.readString(log));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
