package careersearch.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An O*NET occupation's titles read straight from the corpus files, as salary title words. */
final class OnetTitles {
  private OnetTitles() {}

  /** The occupation's own, alternate and reported titles, each as its words joined by spaces. */
  static Set<String> of(String code) {
    Set<String> titles = new HashSet<>();
    Path onet = RealCorpus.corpusDir().resolve("onet");
    for (String file :
        List.of("Occupation Data.txt", "Alternate Titles.txt", "Sample of Reported Titles.txt")) {
      try {
        for (String line : Files.readAllLines(onet.resolve(file), StandardCharsets.UTF_8)) {
          String[] columns = line.split("\t");
          if (columns[0].equals(code)) {
            titles.add(String.join(" ", SalaryCsv.titleWords(columns[1])));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return titles;
  }
}
