package careersearch.embed;

import java.util.ArrayList;
import java.util.List;

/** The hashing embedder, recording every text it is asked to embed. */
final class CountingEmbedder implements Embedder {
  private final Embedder inner = new HashingEmbedder();
  final List<String> asked = new ArrayList<>();
  private final String name;

  CountingEmbedder(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int dimension() {
    return inner.dimension();
  }

  @Override
  public synchronized List<float[]> embed(List<String> texts) {
    asked.addAll(texts);
    return inner.embed(texts);
  }
}
