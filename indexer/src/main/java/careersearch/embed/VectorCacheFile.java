package careersearch.embed;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The text-vector cache kept in the index directory: a header (format, embedder name, dimension,
 * count), then a 64-bit text hash and the vector's floats per entry. Written to a temporary file
 * and moved into place, so a reader sees the old file or the new one, never half of one. A file of
 * another embedder, or one that cannot be read, is ignored: it is only a cache.
 */
final class VectorCacheFile {
  static final String FILE = "text-vectors.bin";
  private static final int FORMAT = 1;
  private static final Logger LOG = LoggerFactory.getLogger(VectorCacheFile.class);

  private VectorCacheFile() {}

  static Map<Long, float[]> read(Path indexDir, Embedder embedder) throws IOException {
    Path file = indexDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (in.readInt() != FORMAT
          || !in.readUTF().equals(embedder.name())
          || in.readInt() != embedder.dimension()) {
        return Map.of();
      }
      int count = in.readInt();
      Map<Long, float[]> vectors = new HashMap<>(count * 2);
      for (int i = 0; i < count; i++) {
        long key = in.readLong();
        float[] vector = new float[embedder.dimension()];
        for (int d = 0; d < vector.length; d++) {
          vector[d] = in.readFloat();
        }
        vectors.put(key, vector);
      }
      return vectors;
    } catch (EOFException | java.io.UTFDataFormatException e) {
      LOG.warn("Ignoring the truncated text-vector cache {}: every text is embedded again", file);
      return Map.of();
    }
  }

  static void write(Path indexDir, Embedder embedder, Map<Long, float[]> vectors)
      throws IOException {
    Path temp = indexDir.resolve(FILE + ".tmp");
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
      out.writeInt(FORMAT);
      out.writeUTF(embedder.name());
      out.writeInt(embedder.dimension());
      out.writeInt(vectors.size());
      for (Map.Entry<Long, float[]> entry : vectors.entrySet()) {
        out.writeLong(entry.getKey());
        for (float x : entry.getValue()) {
          out.writeFloat(x);
        }
      }
    }
    Files.move(
        temp,
        indexDir.resolve(FILE),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }
}
