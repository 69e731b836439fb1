package careersearch.embed;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The embedder this process uses: {@code -Dcareersearch.embedder=minilm|hashing|none}. */
public final class Embedders {
  public static final String PROPERTY = "careersearch.embedder";

  /** The model careersearch uses unless told otherwise (see the README for how it was chosen). */
  public static final String PRODUCT = "minilm";

  private static volatile Embedder configured;
  private static volatile boolean resolved;

  private Embedders() {}

  /**
   * The configured embedder, loaded once per process (the model takes about half a second), or
   * {@code null} for {@code none}: an index without vectors, searched by words only.
   *
   * @throws IllegalArgumentException for an unknown name
   */
  public static synchronized Embedder configured() {
    if (!resolved) {
      String name = System.getProperty(PROPERTY, PRODUCT);
      configured =
          name.trim().equalsIgnoreCase("none")
              ? null
              : shared(name.trim().toLowerCase(Locale.ROOT));
      resolved = true;
    }
    return configured;
  }

  /** all-MiniLM-L6-v2, int8 (Apache 2.0): 6 layers, the fastest. */
  public static final String MINILM = "all-minilm-l6-v2-q@langchain4j-1.11.0-beta19";

  // bge-small-en-v1.5 and e5-small-v2 (int8, the same langchain4j version) were measured
  // against it and left out: no better on the judged questions, 3-4.5x slower (README)

  /** The embedder of that name ({@code minilm}, {@code hashing}), or null for {@code none}. */
  public static Embedder named(String name) {
    return switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "minilm" ->
          new OnnxEmbedder(
              MINILM,
              384,
              "",
              "",
              dev.langchain4j.model.embedding.onnx.allminilml6v2q
                      .AllMiniLmL6V2QuantizedEmbeddingModel
                  ::new);
      case "hashing" -> new HashingEmbedder();
      case "none" -> null;
      default ->
          throw new IllegalArgumentException(
              "unknown embedder '" + name + "' in -D" + PROPERTY + "; use minilm, hashing or none");
    };
  }

  /**
   * The embedder an index's vectors came from, by the name its commit recorded ({@link
   * Embedder#name()}): queries and added documents must be embedded by the same model. The
   * configured one is reused when it is that one.
   *
   * @return null when the index has no vectors ({@code recorded} null)
   * @throws IllegalArgumentException when this build has no embedder of that name
   */
  public static Embedder forIndex(String recorded) {
    if (recorded == null) {
      return null;
    }
    Embedder registered = REGISTERED.get(recorded);
    if (registered != null) {
      return registered;
    }
    Embedder mine = configuredQuietly();
    if (mine != null && mine.name().equals(recorded)) {
      return mine;
    }
    if (recorded.equals(MINILM)) {
      return shared("minilm");
    }
    if (recorded.equals(HashingEmbedder.NAME)) {
      return new HashingEmbedder();
    }
    throw new IllegalArgumentException(
        "the index's vectors come from the embedder '"
            + recorded
            + "', which this build does not have; rebuild the index with the reindex command");
  }

  private static final Map<String, Embedder> REGISTERED = new ConcurrentHashMap<>();

  /**
   * Makes an embedder that is not built in (a test double) known by its name, so that an index
   * whose vectors came from it is searched with it.
   */
  public static void register(Embedder embedder) {
    REGISTERED.put(embedder.name(), embedder);
  }

  private static Embedder configuredQuietly() {
    try {
      return configured();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static final java.util.Map<String, Embedder> SHARED = new java.util.HashMap<>();

  /** One model per process: loading it takes half a second and ~100 MB. */
  private static synchronized Embedder shared(String name) {
    return SHARED.computeIfAbsent(name, Embedders::named);
  }
}
