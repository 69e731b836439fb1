package careersearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Prometheus' own parser and linter of the text format: {@code promtool check metrics} (Debian's
 * {@code prometheus} package, which .ci/run installs). Where it is missing a developer's run skips
 * the check; CI (CI=true) fails instead, so the check cannot go quiet there.
 */
final class Promtool {
  static final Path BINARY = Path.of("/usr/bin/promtool");

  private Promtool() {}

  /** Fails when promtool rejects the exposition or finds a lint problem in it. */
  static void check(String exposition) throws IOException, InterruptedException {
    if (!Files.isExecutable(BINARY)) {
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError(BINARY + " is missing: apt-get install prometheus");
      }
      assumeTrue(false, BINARY + " is missing (apt-get install prometheus); check skipped");
    }
    Process process =
        new ProcessBuilder(BINARY.toString(), "check", "metrics").redirectErrorStream(true).start();
    try (var in = process.getOutputStream()) {
      in.write(exposition.getBytes(StandardCharsets.UTF_8));
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("promtool did not finish in 30 s");
    }
    assertEquals(0, process.exitValue(), "promtool check metrics:\n" + output);
  }
}
