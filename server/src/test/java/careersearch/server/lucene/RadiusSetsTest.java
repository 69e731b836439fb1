package careersearch.server.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** The radius sets a searcher keeps: found once, then reused; the least recently used go first. */
class RadiusSetsTest {
  @Test
  void aKeptSetIsReusedAndTheLeastRecentlyUsedLeavesFirst() throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
        for (int i = 0; i < 2000; i++) {
          Document doc = new Document();
          doc.add(new StringField("n", i % 3 == 0 ? "three" : "other", Field.Store.NO));
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        AtomicInteger found = new AtomicInteger();
        RadiusSets.Finder finder =
            () -> {
              found.incrementAndGet();
              return DocBits.of("three", searcher, new TermQuery(new Term("n", "three")));
            };
        long bytes = finder.find().bytes();
        found.set(0);
        // room for two sets
        RadiusSets sets = new RadiusSets(2 * bytes);
        Radius.Around seattle = new Radius.Around(47.6, -122.3, 50, false);
        Radius.Around seattleOrRemote = new Radius.Around(47.6, -122.3, 50, true);
        Radius.Around austin = new Radius.Around(30.3, -97.7, 50, false);
        DocBits first = sets.get(seattle, finder);
        assertEquals(667, first.size());
        assertSame(first, sets.get(seattle, finder));
        assertEquals(1, found.get());
        sets.get(seattleOrRemote, finder); // remote postings joining make another set
        assertEquals(2, found.get());
        sets.get(seattle, finder); // used again: seattleOrRemote is now the least recent
        sets.get(austin, finder);
        assertEquals(3, found.get());
        assertEquals(2, sets.size());
        assertSame(first, sets.get(seattle, finder));
        sets.get(seattleOrRemote, finder);
        assertEquals(4, found.get());
      }
    }
  }
}
