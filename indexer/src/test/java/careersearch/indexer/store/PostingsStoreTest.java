package careersearch.indexer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import careersearch.indexer.store.StoreRecord.Op;
import careersearch.indexer.store.StoreRecord.Origin;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log's framing, its reading after a crash, the compaction and the one-writer lock. */
class PostingsStoreTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  static StoreRecord put(String id, String title) {
    ObjectNode posting = JSON.createObjectNode().put("id", id).put("title", title);
    return new StoreRecord(
        0, Op.PUT, id, Origin.STORE, posting, posting.toString(), "jsonl", "t.jsonl:1", null);
  }

  static StoreRecord delete(String id, Origin origin) {
    return new StoreRecord(0, Op.DELETE, id, origin, null, null, null, "x", null);
  }

  private void append(StoreRecord... records) throws IOException {
    try (PostingsStore.Writer writer = PostingsStore.open(dir).lockForWriting()) {
      writer.append(List.of(records));
    }
  }

  @Test
  void appendedRecordsAreFramedNumberedAndReadBackAfterReopening() throws IOException {
    PostingsStore store = PostingsStore.open(dir);
    assertFalse(store.exists());
    assertEquals(0, store.lastSeq());
    try (PostingsStore.Writer writer = store.lockForWriting()) {
      List<StoreRecord> written = writer.append(List.of(put("a", "A"), put("b", "B")));
      assertEquals(List.of(1L, 2L), written.stream().map(StoreRecord::seq).toList());
      writer.append(List.of(put("a", "A2"), delete("b", Origin.STORE)));
    }
    // one line per record: 8 hex digits of CRC32C, a space, the JSON
    List<String> lines = Files.readAllLines(dir.resolve(PostingsStore.LOG_FILE));
    assertEquals(4, lines.size());
    assertTrue(
        lines.get(0).matches("[0-9a-f]{8} \\{\"seq\":1,\"op\":\"put\",\"id\":\"a\".*"),
        lines.get(0));

    PostingsStore reopened = PostingsStore.open(dir);
    assertEquals(4, reopened.lastSeq());
    assertEquals(1, reopened.livePuts());
    assertTrue(reopened.holds("a"));
    assertTrue(reopened.deleted("b"));
    StoreRecord a = reopened.latest("a").orElseThrow();
    assertEquals(3, a.seq());
    assertEquals("A2", a.posting().get("title").asText());
    assertEquals("jsonl", a.format());
    assertEquals(List.of(3L, 4L), reopened.latestSince(2).stream().map(StoreRecord::seq).toList());
    List<String> puts = new ArrayList<>();
    reopened.forEachPut(r -> puts.add(r.id() + "@" + r.seq()));
    assertEquals(List.of("a@3"), puts);
  }

  @Test
  void aTornLastRecordIsCutOffByTheNextWriter() throws IOException {
    append(put("a", "A"), put("b", "B"));
    Path log = dir.resolve(PostingsStore.LOG_FILE);
    long clean = Files.size(log);
    // a crash in the middle of the next write: half a frame, no line break
    byte[] next = PostingsLog.frame(put("c", "C").withSeq(3));
    Files.write(log, java.util.Arrays.copyOf(next, next.length / 2), StandardOpenOption.APPEND);

    PostingsStore reader = PostingsStore.open(dir);
    assertEquals(2, reader.lastSeq(), "readers stop before the torn frame");
    assertEquals(clean + next.length / 2, Files.size(log), "readers leave it");

    try (PostingsStore.Writer writer = PostingsStore.open(dir).lockForWriting()) {
      assertEquals(clean, Files.size(log), "the writer cuts it off");
      assertEquals(3, writer.append(List.of(put("c", "C"))).get(0).seq());
    }
    PostingsStore after = PostingsStore.open(dir);
    assertEquals(3, after.lastSeq());
    assertEquals(3, after.livePuts());
  }

  @Test
  void aBadChecksumAtTheEndIsATornTailTooButBeforeValidRecordsIsCorruption() throws IOException {
    append(put("a", "A"), put("b", "B"), put("c", "C"));
    Path log = dir.resolve(PostingsStore.LOG_FILE);
    byte[] bytes = Files.readAllBytes(log);
    int secondFrame = indexOf(bytes, (byte) '\n', 0) + 1;

    byte[] lastGarbled = bytes.clone();
    lastGarbled[lastGarbled.length - 5] ^= 0x01;
    Files.write(log, lastGarbled);
    try (PostingsStore.Writer writer = PostingsStore.open(dir).lockForWriting()) {
      assertEquals(2, writer.store().lastSeq());
    }

    Files.write(log, bytes);
    byte[] middleGarbled = bytes.clone();
    middleGarbled[secondFrame + 20] ^= 0x01;
    Files.write(log, middleGarbled);
    StoreCorruptException e =
        assertThrows(StoreCorruptException.class, () -> PostingsStore.open(dir));
    assertTrue(e.getMessage().contains("is corrupt at byte " + secondFrame + " "), e.getMessage());
    assertEquals(middleGarbled.length, Files.size(log), "nothing is cut off a corrupt log");
  }

  @Test
  void compactionKeepsThePostingsTheDeletionsAskedForAndTheLastSequenceNumber() throws IOException {
    append(put("a", "A"), put("b", "B"), put("a", "A2"));
    append(
        delete("b", Origin.STORE), delete("seed-1", Origin.CORPUS), delete("gone", Origin.CORPUS));
    try (PostingsStore.Writer writer = PostingsStore.open(dir).lockForWriting()) {
      long dropped = writer.compact(id -> id.equals("seed-1"));
      // six records become three: a@3, seed-1@5 and the checkpoint of 6
      assertEquals(3, dropped);
      assertEquals(6, writer.store().lastSeq());
      assertEquals(7, writer.append(List.of(put("d", "D"))).get(0).seq());
    }
    PostingsStore after = PostingsStore.open(dir);
    assertEquals(7, after.lastSeq());
    assertEquals(List.of("a", "d"), putIds(after));
    assertEquals(List.of("seed-1"), after.deletedIds());
    assertEquals(4, Files.readAllLines(dir.resolve(PostingsStore.LOG_FILE)).size());
    assertFalse(Files.exists(dir.resolve(PostingsStore.LOG_FILE + ".compacting")));
  }

  @Test
  void oneWriterAtATime() throws IOException {
    PostingsStore store = PostingsStore.open(dir);
    try (PostingsStore.Writer first = store.lockForWriting()) {
      StoreBusyException busy =
          assertThrows(StoreBusyException.class, () -> PostingsStore.open(dir).lockForWriting());
      assertTrue(
          busy.getMessage()
              .startsWith("the postings store " + dir + " is being written by another"),
          busy.getMessage());
      assertEquals(
          "pid " + ProcessHandle.current().pid(),
          Files.readString(dir.resolve(StoreLock.FILE), StandardCharsets.US_ASCII).strip());
    }
    // released on close
    try (PostingsStore.Writer again = store.lockForWriting()) {
      assertEquals(0, again.store().lastSeq());
    }
  }

  @Test
  void aReaderSeesWhatAnotherInstanceAppendedAndCompacted() throws IOException {
    PostingsStore reader = PostingsStore.open(dir);
    append(put("a", "A"), put("b", "B"));
    assertEquals("A", reader.latest("a").orElseThrow().posting().get("title").asText());
    append(put("a", "A2"), delete("b", Origin.STORE));
    try (PostingsStore.Writer writer = PostingsStore.open(dir).lockForWriting()) {
      writer.compact(id -> false);
    }
    assertEquals("A2", reader.latest("a").orElseThrow().posting().get("title").asText());
    assertTrue(reader.latest("b").isEmpty());
  }

  private static List<String> putIds(PostingsStore store) throws IOException {
    List<String> ids = new ArrayList<>();
    store.forEachPut(r -> ids.add(r.id()));
    return ids;
  }

  private static int indexOf(byte[] bytes, byte b, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
