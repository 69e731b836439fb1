package careersearch.server.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;

class FusionTest {
  static ScoreDoc[] ranking(int... docs) {
    return Arrays.stream(docs).mapToObj(d -> new ScoreDoc(d, 1f)).toArray(ScoreDoc[]::new);
  }

  static List<Integer> docs(ScoreDoc[] fused) {
    return Arrays.stream(fused).map(h -> h.doc).toList();
  }

  @Test
  void aDocumentBothSidesRankWellComesFirst() {
    ScoreDoc[] fused = Fusion.fuse(ranking(1, 2, 3), ranking(3, 4), 1f);
    // 3: 1/63 + 1/61; 1: 1/61; 4: 1/62; 2: 1/62 (the words' first at equal score)
    assertEquals(List.of(3, 1, 2, 4), docs(fused));
    assertEquals(1f / 63 + 1f / 61, fused[0].score, 1e-6f);
  }

  @Test
  void withoutWeightTheNeighboursFollowTheWordMatches() {
    assertEquals(List.of(1, 2, 3, 4), docs(Fusion.fuse(ranking(1, 2, 3), ranking(3, 4), 0f)));
  }

  @Test
  void sentencesAndKeywordsAreToldApart() {
    assertTrue(Fusion.isSentence("which industries hire machine learning engineers"));
    assertTrue(Fusion.isSentence("deploying models to production"));
    assertFalse(Fusion.isSentence("PyTorch remote senior"));
    assertFalse(Fusion.isSentence("data scientist"));
    assertFalse(Fusion.isSentence("for the"));
    assertEquals(Fusion.KEYWORDS_WEIGHT, Fusion.semanticWeight("senior data scientist"));
    assertEquals(Fusion.SENTENCE_WEIGHT, Fusion.semanticWeight("how to become a data scientist"));
  }
}
