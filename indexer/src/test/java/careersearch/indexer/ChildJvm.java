package careersearch.indexer;

import careersearch.indexer.cli.IndexerCli;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The indexer CLI in a separate JVM with the test class path, for what needs a real second process:
 * kill -9, and a write lock held by another process. Its stdout and stderr go to files, so a full
 * pipe never blocks it.
 */
public final class ChildJvm implements AutoCloseable {
  private final Process process;
  private final Path stdout;
  private final Path stderr;

  private ChildJvm(Process process, Path stdout, Path stderr) {
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /**
   * Starts {@code IndexerCli args...} (each argument as its string); {@code logDir} receives its
   * stdout and stderr.
   */
  public static ChildJvm indexerCli(Path logDir, Object... args) throws IOException {
    Files.createDirectories(logDir);
    Path out = Files.createTempFile(logDir, "child", ".out");
    Path err = Files.createTempFile(logDir, "child", ".err");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    // a short-lived batch process on a small machine: start fast, one GC thread
    command.add("-XX:+UseSerialGC");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    // under surefire this may be a manifest-only jar whose Class-Path lists the test class path
    command.add(System.getProperty("java.class.path"));
    command.add(IndexerCli.class.getName());
    for (Object arg : args) {
      command.add(String.valueOf(arg));
    }
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    return new ChildJvm(process, out, err);
  }

  public Process process() {
    return process;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Waits for the exit, failing after a generous timeout rather than hanging the build. */
  public int waitForExit(long seconds) throws InterruptedException {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the child JVM did not exit within " + seconds + " s; " + output());
    }
    return process.exitValue();
  }

  public String stdout() {
    return read(stdout);
  }

  public String stderr() {
    return read(stderr);
  }

  /** Both outputs, for failure messages. */
  public String output() {
    return "stdout: [" + stdout() + "] stderr: [" + stderr() + "]";
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Kills the child if it still runs (SIGKILL on Linux). */
  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }
}
