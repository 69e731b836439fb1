package careersearch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * What the benchmarks do with the servers they start in their own JVMs: wait for them, stop them.
 */
final class ChildProcess {
  private ChildProcess() {}

  /** Whether the process answers yet; an IOException means it is not listening yet. */
  interface Probe {
    boolean ready() throws IOException, InterruptedException;
  }

  /**
   * Polls {@code probe} every {@code pollMillis} until it says ready; stops the process and fails
   * after 180 s, or at once when the process exits.
   *
   * @param name what the process is, for the failure message ("the server", "OpenSearch")
   * @param log where its output goes, for the failure message
   */
  static void awaitReady(
      Process process, String name, Path log, Probe probe, long pollMillis, int stopSeconds)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited early; see " + log);
      }
      try {
        if (probe.ready()) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      if (System.nanoTime() > deadline) {
        stop(process, stopSeconds);
        throw new IllegalStateException(name + " did not answer within 180 s; see " + log);
      }
      Thread.sleep(pollMillis);
    }
  }

  /** Asks the process to stop, and kills it if it has not within {@code graceSeconds}. */
  static void stop(Process process, int graceSeconds) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(graceSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(15, TimeUnit.SECONDS);
    }
  }
}
