package careersearch.places;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a gazetteer lives beside an index. A rebuild copies the corpus's {@code places/} into the
 * index directory, so the server understands places with the same data the postings were resolved
 * with; loading it takes a few hundred milliseconds, so it is loaded once per version of the files.
 */
public final class Gazetteers {
  /** The gazetteer's directory inside an index directory. */
  public static final String INDEX_SUBDIR = "places";

  private static final List<String> FILES = List.of("cities.tsv", "regions.tsv", "aliases.tsv");

  private record Loaded(FileTime modified, Gazetteer gazetteer) {}

  private static final Map<Path, Loaded> CACHE = new ConcurrentHashMap<>();

  private Gazetteers() {}

  /** Copies a corpus's gazetteer files into an index directory (nothing when it has none). */
  public static void copyInto(Path placesDir, Path indexDir) throws IOException {
    if (!Files.isDirectory(placesDir)) {
      return;
    }
    Path target = Files.createDirectories(indexDir.resolve(INDEX_SUBDIR));
    for (String file : FILES) {
      Path from = placesDir.resolve(file);
      if (Files.exists(from)) {
        Path tmp = target.resolve(file + ".tmp");
        Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, target.resolve(file), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** The gazetteer of a directory, loaded again only when its cities file changed. */
  public static Gazetteer of(Path placesDir) {
    if (placesDir == null) {
      return Gazetteer.EMPTY;
    }
    Path cities = placesDir.resolve(FILES.get(0));
    try {
      FileTime modified = Files.exists(cities) ? Files.getLastModifiedTime(cities) : null;
      Path key = placesDir.toAbsolutePath().normalize();
      Loaded loaded = CACHE.get(key);
      if (loaded == null || !java.util.Objects.equals(loaded.modified(), modified)) {
        loaded = new Loaded(modified, Gazetteer.load(placesDir));
        CACHE.put(key, loaded);
      }
      return loaded.gazetteer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
