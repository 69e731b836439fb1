package careersearch.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A main class in a second JVM with the test class path, for what needs a real process: kill -9,
 * SIGTERM, exit codes. Its stdout and stderr go to files (a full pipe never blocks it); closing
 * kills it if it still runs.
 */
public final class JavaProcess implements AutoCloseable {
  private final Process process;
  private final Path stdout;
  private final Path stderr;

  private JavaProcess(Process process, Path stdout, Path stderr) {
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /**
   * Starts {@code mainClass args...}.
   *
   * @param systemProperties passed as {@code -Dname=value}
   * @param env added to the environment
   */
  public static JavaProcess start(
      Path logDir,
      Map<String, String> systemProperties,
      Map<String, String> env,
      Class<?> mainClass,
      Object... args)
      throws IOException {
    Files.createDirectories(logDir);
    Path out = Files.createTempFile(logDir, mainClass.getSimpleName(), ".out");
    Path err = Files.createTempFile(logDir, mainClass.getSimpleName(), ".err");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // a quick-starting JVM (the machine running the tests is small and busy) with room for a
    // reindex
    command.add("-Xmx1g");
    command.add("-XX:+UseSerialGC");
    command.add("-XX:TieredStopAtLevel=1");
    systemProperties.forEach((k, v) -> command.add("-D" + k + "=" + v));
    // a child indexes with the embedder its test runs with, unless told otherwise
    String embedder = System.getProperty("careersearch.embedder");
    if (embedder != null && !systemProperties.containsKey("careersearch.embedder")) {
      command.add("-Dcareersearch.embedder=" + embedder);
    }
    command.add("-cp");
    // under surefire a manifest-only jar whose Class-Path lists the test class path
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass.getName());
    for (Object arg : args) {
      command.add(String.valueOf(arg));
    }
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().putAll(env);
    return new JavaProcess(builder.start(), out, err);
  }

  public Process process() {
    return process;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /**
   * Waits until stdout or stderr has a match of {@code pattern}; returns the match. Fails when the
   * process ends first or the time is up.
   */
  public Matcher await(Pattern pattern, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Matcher m = pattern.matcher(stdout() + "\n" + stderr());
      if (m.find()) {
        return m;
      }
      if (!process.isAlive()) {
        throw new AssertionError(
            "the process exited ("
                + process.exitValue()
                + ") before /"
                + pattern
                + "/; "
                + output());
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no /" + pattern + "/ within " + timeout + "; " + output());
      }
      Thread.sleep(50);
    }
  }

  /** Waits for the exit, failing (and killing) after the timeout rather than hanging the build. */
  public int waitForExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the process did not exit within " + timeout + "; " + output());
    }
    return process.exitValue();
  }

  /** SIGKILL: no shutdown hooks, no cleanup. */
  public void kill() {
    process.destroyForcibly();
  }

  /** SIGTERM: the JVM runs its shutdown hooks. */
  public void terminate() {
    process.destroy();
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
      // bytes, not readString: a character may be half written while the process runs
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }
}
