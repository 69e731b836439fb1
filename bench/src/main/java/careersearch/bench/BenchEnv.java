package careersearch.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The machine and JVM a result was measured on, as a Markdown block for BENCHMARKS.md. */
final class BenchEnv {
  private BenchEnv() {}

  static String describe() {
    StringBuilder s = new StringBuilder();
    s.append("- date: ")
        .append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
        .append('\n');
    s.append("- git commit: ").append(git("rev-parse", "--short", "HEAD"));
    String dirty = git("status", "--porcelain", "--untracked-files=no");
    s.append(dirty.isBlank() ? "" : " (+ uncommitted changes)").append('\n');
    s.append("- machine: ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" cores, ")
        .append(memTotal())
        .append(", ")
        .append(cpuModel())
        .append('\n');
    s.append("- load average (1/5/15 min): ").append(loadAverage()).append('\n');
    s.append("- JVM: ")
        .append(System.getProperty("java.vm.name"))
        .append(' ')
        .append(System.getProperty("java.runtime.version"))
        .append(", flags: ")
        .append(String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()))
        .append('\n');
    return s.toString();
  }

  /** One row of a two-column Markdown table. */
  static void row(StringBuilder out, String name, String value) {
    out.append("| ").append(name).append(" | ").append(value).append(" |\n");
  }

  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "n/a";
    }
  }

  private static String memTotal() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          long kb = Long.parseLong(line.replaceAll("\\D+", ""));
          return String.format("%.1f GiB RAM", kb / 1024.0 / 1024.0);
        }
      }
    } catch (IOException | NumberFormatException e) {
      // fall through
    }
    return "RAM n/a";
  }

  private static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).strip();
        }
      }
    } catch (IOException e) {
      // fall through
    }
    return "CPU n/a";
  }

  private static String git(String... args) {
    try {
      List<String> command = new java.util.ArrayList<>(List.of("git"));
      command.addAll(List.of(args));
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes()).strip();
      p.waitFor(10, TimeUnit.SECONDS);
      return p.exitValue() == 0 ? out : "n/a";
    } catch (IOException | InterruptedException | IllegalThreadStateException e) {
      return "n/a";
    }
  }
}
