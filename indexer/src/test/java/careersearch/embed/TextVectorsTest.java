package careersearch.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextVectorsTest {
  @TempDir Path dir;

  @Test
  void eachDistinctTextIsEmbeddedOnce() {
    CountingEmbedder embedder = new CountingEmbedder("counting");
    TextVectors vectors = TextVectors.fresh(embedder);
    vectors.of(Meaning.of("Data Engineer", 0.6f, List.of("Python", "Spark")));
    vectors.of(Meaning.of("Data Engineer", 0.6f, List.of("Python", "Airflow")));
    vectors.of(Meaning.of("Python"));
    assertEquals(List.of("Data Engineer", "Python", "Spark", "Airflow"), embedder.asked);
    assertEquals(
        new TextVectors.Stats("counting", 4, 0, vectors.stats().embedMillis()), vectors.stats());
  }

  @Test
  void aMeaningIsTheNormalizedWeightedSumOfItsParts() {
    Embedder embedder = new HashingEmbedder();
    TextVectors vectors = TextVectors.fresh(embedder);
    float[] title = embedder.embed("Data Engineer");
    float[] python = embedder.embed("Python");
    float[] spark = embedder.embed("Spark");
    float[] expected = new float[embedder.dimension()];
    for (int d = 0; d < expected.length; d++) {
      expected[d] = 0.6f * title[d] + 0.2f * python[d] + 0.2f * spark[d];
    }
    Embedder.normalize(expected);
    assertArrayEquals(
        expected, vectors.of(Meaning.of("Data Engineer", 0.6f, List.of("Python", "Spark"))), 1e-6f);
    // without parts the main text has all the weight
    assertArrayEquals(title, vectors.of(Meaning.of("Data Engineer", 0.6f, List.of())), 1e-6f);
    assertEquals(1.0, Embedder.dot(expected, expected), 1e-5);
  }

  @Test
  void aRebuildReusesTheVectorsTheIndexKept() throws IOException {
    CountingEmbedder first = new CountingEmbedder("counting");
    TextVectors build1 = TextVectors.reusing(first, dir);
    float[] kept = build1.of(Meaning.of("Machine Learning Engineer"));
    build1.of(Meaning.of("Dropped later"));
    build1.save(dir, false);

    CountingEmbedder second = new CountingEmbedder("counting");
    TextVectors build2 = TextVectors.reusing(second, dir);
    assertArrayEquals(kept, build2.of(Meaning.of("Machine Learning Engineer")));
    build2.of(Meaning.of("New text"));
    assertEquals(List.of("New text"), second.asked);
    assertEquals(1, build2.stats().reused());
    assertEquals(1, build2.stats().embedded());
    build2.save(dir, false);

    // a rebuild keeps only its own texts: "Dropped later" is gone from the file
    CountingEmbedder third = new CountingEmbedder("counting");
    TextVectors.reusing(third, dir).of(Meaning.of("Dropped later"));
    assertEquals(List.of("Dropped later"), third.asked);
  }

  @Test
  void addingToAnIndexKeepsTheEarlierVectorsToo() throws IOException {
    TextVectors build = TextVectors.reusing(new CountingEmbedder("counting"), dir);
    build.of(Meaning.of("Earlier"));
    build.save(dir, false);
    TextVectors add = TextVectors.reusing(new CountingEmbedder("counting"), dir);
    add.of(Meaning.of("Added"));
    add.save(dir, true);
    CountingEmbedder after = new CountingEmbedder("counting");
    TextVectors next = TextVectors.reusing(after, dir);
    next.of(Meaning.of("Earlier"));
    next.of(Meaning.of("Added"));
    assertEquals(List.of(), after.asked);
  }

  @Test
  void vectorsOfAnotherEmbedderOrABrokenFileAreNotUsed() throws IOException {
    TextVectors build = TextVectors.reusing(new CountingEmbedder("model-a"), dir);
    build.of(Meaning.of("Same text"));
    build.save(dir, false);
    CountingEmbedder other = new CountingEmbedder("model-b");
    TextVectors.reusing(other, dir).of(Meaning.of("Same text"));
    assertEquals(List.of("Same text"), other.asked);

    Path file = dir.resolve(VectorCacheFile.FILE);
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 7));
    CountingEmbedder again = new CountingEmbedder("model-a");
    TextVectors.reusing(again, dir).of(Meaning.of("Same text"));
    assertEquals(List.of("Same text"), again.asked);
  }

  @Test
  void prefetchEmbedsTheNewTextsInBatchesAndTheBuildThenReadsThem() {
    CountingEmbedder embedder = new CountingEmbedder("counting");
    TextVectors vectors = TextVectors.fresh(embedder);
    List<Meaning> meanings =
        java.util.stream.IntStream.range(0, 70)
            .mapToObj(i -> Meaning.of("Tool number " + (i % 50)))
            .toList();
    vectors.prefetch(meanings, 2);
    assertEquals(50, embedder.asked.size());
    assertEquals(50, embedder.asked.stream().distinct().count());
    meanings.forEach(vectors::of);
    assertEquals(50, embedder.asked.size());
    assertEquals(50, vectors.stats().embedded());
    assertTrue(vectors.stats().summary().startsWith("50 texts embedded, 0 reused"));
  }
}
