package careersearch.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Starts the server on an index and asks it one hybrid question, in one process, so that both run
 * inside a network namespace with only loopback ({@link OfflineStartTest}). Prints the status and
 * the body on one line.
 */
public final class OfflineProbe {
  private OfflineProbe() {}

  public static void main(String[] args) throws Exception {
    ServerMain.main(new String[] {"--port", args[0], "--index", args[1], "--corpus", args[2]});
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://127.0.0.1:"
                            + args[0]
                            + "/api/search?q=which+industries+hire+machine+learning+engineers"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    System.out.println("PROBE " + response.statusCode() + " " + response.body());
    System.exit(0);
  }
}
