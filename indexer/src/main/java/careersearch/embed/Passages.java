package careersearch.embed;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.BytesRef;

/**
 * The sentences of a long document with their vectors, kept in one binary doc value: a section is
 * about many things, and the one sentence that answers a question ("Deploying machine learning
 * models into production environments.") is closer to it than the section's vector as a whole.
 */
public record Passages(List<String> texts, List<float[]> vectors) {
  public Passages {
    if (texts.size() != vectors.size()) {
      throw new IllegalArgumentException("one vector per passage");
    }
  }

  /** Count, then per passage: UTF-8 length, bytes, dimension, floats. */
  public BytesRef encode() {
    List<byte[]> utf8 = texts.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
    int size = Integer.BYTES;
    for (int i = 0; i < utf8.size(); i++) {
      size += 2 * Integer.BYTES + utf8.get(i).length + Float.BYTES * vectors.get(i).length;
    }
    ByteBuffer out = ByteBuffer.allocate(size);
    out.putInt(texts.size());
    for (int i = 0; i < utf8.size(); i++) {
      out.putInt(utf8.get(i).length).put(utf8.get(i));
      float[] vector = vectors.get(i);
      out.putInt(vector.length);
      for (float v : vector) {
        out.putFloat(v);
      }
    }
    return new BytesRef(out.array());
  }

  public static Passages decode(BytesRef bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length);
    int count = in.getInt();
    List<String> texts = new ArrayList<>(count);
    List<float[]> vectors = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      byte[] utf8 = new byte[in.getInt()];
      in.get(utf8);
      texts.add(new String(utf8, StandardCharsets.UTF_8));
      float[] vector = new float[in.getInt()];
      for (int d = 0; d < vector.length; d++) {
        vector[d] = in.getFloat();
      }
      vectors.add(vector);
    }
    return new Passages(texts, vectors);
  }
}
