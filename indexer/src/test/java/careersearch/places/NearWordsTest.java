package careersearch.places;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NearWordsTest {
  @Test
  void shortWordsAllowNoTypo() {
    // words under 4 letters never match: the caller compares them exactly
    assertFalse(new NearWords("dat").matches("dat"));
    assertFalse(new NearWords("dat").matches("bat"));
    // the shorter word decides: "data" against "dat" allows no typo
    assertFalse(new NearWords("data").matches("dat"));
  }

  @Test
  void fourToSevenLettersAllowOneTypo() {
    NearWords data = new NearWords("data");
    assertTrue(data.matches("date"));
    assertTrue(data.matches("datas"));
    assertFalse(data.matches("dote"));
    // a swap is two edits without transpositions
    assertFalse(new NearWords("python").matches("pyhton"));
    assertTrue(new NearWords("python").matches("pythn"));
  }

  @Test
  void eightLettersOrMoreAllowTwoTypos() {
    NearWords engineer = new NearWords("engineer");
    assertTrue(engineer.matches("enginere"));
    assertTrue(engineer.matches("enginner"));
    assertFalse(engineer.matches("enjinnere"));
    // the other word is short, so only one typo counts
    assertFalse(new NearWords("scientist").matches("sientst"));
    assertTrue(new NearWords("scientist").matches("scientst"));
  }
}
