package careersearch.places;

import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * The words one typo (words of 4+ letters) or two (8+ letters) from a given word, by Levenshtein
 * distance; the shorter of the two words decides how many typos are allowed. Lucene's Levenshtein
 * automata are built once per word and then run against every candidate.
 */
public final class NearWords {
  private final String word;
  private final CharacterRunAutomaton oneEdit;
  private final CharacterRunAutomaton twoEdits;

  public NearWords(String word) {
    this.word = word;
    LevenshteinAutomata edits = new LevenshteinAutomata(word, false);
    oneEdit = word.length() >= 4 ? new CharacterRunAutomaton(edits.toAutomaton(1)) : null;
    twoEdits = word.length() >= 8 ? new CharacterRunAutomaton(edits.toAutomaton(2)) : null;
  }

  public String word() {
    return word;
  }

  /**
   * Whether the other word is within the allowed typos; under 4 letters, never (compare exactly).
   */
  public boolean matches(String other) {
    int shorter = Math.min(word.length(), other.length());
    CharacterRunAutomaton within = shorter >= 8 ? twoEdits : shorter >= 4 ? oneEdit : null;
    return within != null && within.run(other);
  }
}
