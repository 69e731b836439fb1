package careersearch.server.lucene;

import careersearch.server.api.SearchRequestParser;
import careersearch.server.api.SearchResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Searches a service with query parameters given as name, value pairs, as the API would. */
final class Searches {
  private Searches() {}

  static SearchResponse search(SearchService service, String... pairs) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      params.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
    }
    return service.search(SearchRequestParser.parse(params));
  }
}
