package careersearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The real careersearch server in its own JVM on loopback, stopped on close. */
final class BenchServer implements AutoCloseable {
  static final Path SERVER_JAR = Path.of("server/target/careersearch-server.jar");

  /** How long the server may take to stop before it is killed. */
  private static final int STOP_SECONDS = 15;

  private final Process process;
  private final int port;
  private final List<String> command;
  private final Path log;

  private BenchServer(Process process, int port, List<String> command, Path log) {
    this.process = process;
    this.port = port;
    this.command = command;
    this.log = log;
  }

  /** Starts the server over an existing index and waits until /api/health answers. */
  static BenchServer start(Path index, String jvmFlags, int port, String... extraArgs)
      throws IOException, InterruptedException {
    return start(index, jvmFlags, port, java.util.Map.of(), extraArgs);
  }

  /** The same with these variables added to the server's environment (e.g. the admin token). */
  static BenchServer start(
      Path index, String jvmFlags, int port, java.util.Map<String, String> env, String... extraArgs)
      throws IOException, InterruptedException {
    if (!Files.isRegularFile(SERVER_JAR)) {
      throw new IllegalStateException(
          SERVER_JAR + " not found; build first: mvn -B -Pbench -DskipTests package");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Arrays.stream(jvmFlags.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList());
    command.addAll(
        List.of(
            "-jar",
            SERVER_JAR.toString(),
            "--host",
            "127.0.0.1",
            "--port",
            Integer.toString(port),
            "--index",
            index.toString()));
    command.addAll(List.of(extraArgs));
    Path log = Path.of("synthetic", "server-" + port + ".log");
    Files.createDirectories(log.getParent());
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(env);
    Process process = builder.start();
    BenchServer server = new BenchServer(process, port, command, log);
    ChildProcess.awaitReady(
        process,
        "the server",
        log,
        () -> HttpBench.status(server.base() + "/api/health") == 200,
        200,
        STOP_SECONDS);
    return server;
  }

  String base() {
    return "http://127.0.0.1:" + port;
  }

  long pid() {
    return process.pid();
  }

  /** The server's output (stdout and stderr) of this start. */
  Path log() {
    return log;
  }

  /** SIGKILL: no shutdown hook, nothing flushed or closed; waits until the process is gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  String command() {
    return String.join(" ", command.subList(1, command.size()));
  }

  @Override
  public void close() throws InterruptedException {
    ChildProcess.stop(process, STOP_SECONDS);
  }
}
