package careersearch.server;

import careersearch.indexer.CorpusIndexer;
import careersearch.schema.DocType;
import careersearch.schema.Schema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Makes sure there is an index of the current schema to serve, building it from the corpus. */
final class IndexBootstrap {
  private static final Logger LOG = LoggerFactory.getLogger(IndexBootstrap.class);

  private IndexBootstrap() {}

  static void ensureIndex(Path indexDir, Path corpusDir) throws IOException {
    String reason = whyRebuild(indexDir);
    if (reason == null) {
      LOG.info("Using the index at {}", indexDir.toAbsolutePath());
      return;
    }
    LOG.info("{}: building it from {} ...", reason, corpusDir.toAbsolutePath());
    CorpusIndexer.Summary summary =
        new CorpusIndexer(corpusDir, false, CorpusIndexer.Progress.NONE).reindex(indexDir);
    LOG.info(
        "Indexed {} documents in {} ms: {}",
        summary.total(),
        summary.took().toMillis(),
        counts(summary.documents()));
  }

  /** Null when the index can be served as it is. */
  private static String whyRebuild(Path indexDir) throws IOException {
    try (FSDirectory dir = FSDirectory.open(indexDir)) {
      if (!DirectoryReader.indexExists(dir)) {
        return "No index at " + indexDir;
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        String version = reader.getIndexCommit().getUserData().get(Schema.COMMIT_SCHEMA_VERSION);
        if (!Integer.toString(Schema.VERSION).equals(version)) {
          return "The index at "
              + indexDir
              + " has schema version "
              + version
              + ", this server needs "
              + Schema.VERSION;
        }
      }
    }
    return null;
  }

  private static String counts(Map<DocType, Long> documents) {
    StringBuilder s = new StringBuilder();
    documents.forEach((type, n) -> s.append(type.key()).append('=').append(n).append(' '));
    return s.toString().strip();
  }
}
