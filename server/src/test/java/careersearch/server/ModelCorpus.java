package careersearch.server;

import careersearch.embed.Embedders;
import careersearch.indexer.CorpusIndexer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real corpus indexed with the product's embedding model, once per test JVM (about 25 s): what
 * the README's run command serves, searched in hybrid mode by default. The other real-corpus tests
 * use {@link RealCorpus}, searched by words.
 */
public final class ModelCorpus {
  private static Path index;
  private static CorpusIndexer.Summary summary;

  private ModelCorpus() {}

  public static synchronized Path index() {
    if (index == null) {
      try {
        Path dir = Files.createTempDirectory("careersearch-model-corpus");
        summary =
            new CorpusIndexer(RealCorpus.corpusDir(), false, CorpusIndexer.Progress.NONE)
                .embeddingWith(Embedders.named(Embedders.PRODUCT))
                .reindex(dir);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RealCorpus.deleteTree(dir)));
        index = dir;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return index;
  }

  /** What building {@link #index()} did. */
  public static synchronized CorpusIndexer.Summary summary() {
    index();
    return summary;
  }
}
