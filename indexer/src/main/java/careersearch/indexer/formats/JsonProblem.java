package careersearch.indexer.formats;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/** Jackson's parse problem in one line, without its source excerpt, with line and column. */
final class JsonProblem {
  private JsonProblem() {}

  static String of(JsonProcessingException e) {
    String message = String.valueOf(e.getOriginalMessage()).replace('\n', ' ').strip();
    int excerpt = message.indexOf(" (start marker at ");
    if (excerpt >= 0) {
      message = message.substring(0, excerpt);
    }
    return e.getLocation() == null ? message : message + " (" + where(e.getLocation()) + ")";
  }

  static String where(JsonLocation location) {
    return "line " + location.getLineNr() + ", column " + location.getColumnNr();
  }
}
