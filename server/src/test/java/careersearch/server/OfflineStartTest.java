package careersearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The server starts and answers a hybrid search with no network but loopback: the model, its
 * tokenizer and ONNX Runtime come from the class path. Runs the server in a new network namespace
 * ({@code unshare -n}, as root, which CI is).
 */
class OfflineStartTest {
  @Test
  void startsAndAnswersWithTheNetworkUnavailable() throws Exception {
    assumeTrue(
        run(List.of("unshare", "-n", "ip", "link", "set", "lo", "up")).exitValue() == 0,
        "needs unshare -n and ip (root): cannot make a network namespace here");
    Path index = ModelCorpus.index();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String command =
        "ip link set lo up && exec '"
            + java
            + "' -Xmx1g -cp '"
            + System.getProperty("java.class.path")
            + "' "
            + OfflineProbe.class.getName()
            + " 7070 '"
            + index
            + "' '"
            + RealCorpus.corpusDir().toAbsolutePath()
            + "'";
    Process probe = run(List.of("unshare", "-n", "sh", "-c", command));
    String out = Files.readString(output, StandardCharsets.UTF_8);
    assertEquals(0, probe.exitValue(), out);
    String line = out.lines().filter(l -> l.startsWith("PROBE ")).findFirst().orElse(out);
    assertTrue(line.startsWith("PROBE 200 "), line);
    assertTrue(line.contains("\"mode\":\"hybrid\""), line);
    assertTrue(line.contains("section:common-industries"), line);
  }

  @org.junit.jupiter.api.io.TempDir static Path tmp;
  static Path output;

  /** Runs a command to its end, its output in a file (a pipe would fill and block it). */
  private static Process run(List<String> command) throws Exception {
    output = Files.createTempFile(tmp, "offline", ".out");
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("timed out: " + command);
    }
    return process;
  }
}
