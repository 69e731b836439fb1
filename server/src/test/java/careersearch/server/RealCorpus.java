package careersearch.server;

import careersearch.indexer.CorpusIndexer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The real corpus indexed once per test JVM (about 30 s), shared by every test class that checks
 * behaviour on real data; deleted when the JVM exits.
 */
public final class RealCorpus {
  private static Path index;

  private RealCorpus() {}

  /** The corpus directory of the repository. */
  public static Path corpusDir() {
    for (Path candidate : new Path[] {Path.of("../corpus"), Path.of("corpus")}) {
      if (Files.isDirectory(candidate.resolve("onet"))) {
        return candidate;
      }
    }
    throw new IllegalStateException("corpus/ not found from " + Path.of("").toAbsolutePath());
  }

  /** The index of the real corpus, built on first use. */
  /** The corpus's gazetteer. */
  public static careersearch.places.Gazetteer gazetteer() {
    return careersearch.places.Gazetteers.of(corpusDir().resolve("places"));
  }

  public static synchronized Path index() {
    if (index == null) {
      try {
        Path dir = Files.createTempDirectory("careersearch-real-corpus");
        new CorpusIndexer(corpusDir(), false, CorpusIndexer.Progress.NONE).reindex(dir);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
        index = dir;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return index;
  }

  static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort at exit
    }
  }
}
