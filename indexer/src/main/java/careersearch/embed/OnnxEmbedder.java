package careersearch.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.List;
import java.util.function.Supplier;

/**
 * A sentence-embedding model run in the JVM by ONNX Runtime on the CPU, from langchain4j's model
 * jars: the model file and its tokenizer come from the class path, so nothing is downloaded at
 * build, index or query time. Some models are trained with a prefix that says which side a text is
 * on ("query: ", "passage: "), and are only as good as their training with it.
 */
public final class OnnxEmbedder implements Embedder {
  private final String name;
  private final int dimension;
  private final String queryPrefix;
  private final String documentPrefix;
  private final EmbeddingModel model;

  OnnxEmbedder(
      String name,
      int dimension,
      String queryPrefix,
      String documentPrefix,
      Supplier<EmbeddingModel> model) {
    this.name = name;
    this.dimension = dimension;
    this.queryPrefix = queryPrefix;
    this.documentPrefix = documentPrefix;
    // DJL, which loads the tokenizer, may otherwise try to download a native library it lacks
    System.setProperty("ai.djl.offline", "true");
    this.model = model.get();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    return run(texts, documentPrefix);
  }

  @Override
  public List<float[]> embedQueries(List<String> queries) {
    return run(queries, queryPrefix);
  }

  private List<float[]> run(List<String> texts, String prefix) {
    List<TextSegment> segments = texts.stream().map(t -> TextSegment.from(prefix + t)).toList();
    List<Embedding> embedded = model.embedAll(segments).content();
    // the models' vectors are unit length already, up to rounding
    return embedded.stream().map(e -> Embedder.normalize(e.vector())).toList();
  }
}
