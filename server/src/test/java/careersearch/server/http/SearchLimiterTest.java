package careersearch.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Permits, then a bounded queue, then refusal; a released permit goes to the queue first. */
class SearchLimiterTest {
  @Test
  void refusesPastThePermitsAndTheQueue() throws Exception {
    SearchLimiter limiter = new SearchLimiter(1, 1);
    limiter.enter(); // the one permit
    CompletableFuture<Void> waiter =
        CompletableFuture.runAsync(
            () -> {
              try {
                limiter.enter();
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    while (limiter.queued() < 1) {
      Thread.onSpinWait(); // state, not time: the waiter is in the queue
    }
    assertThrows(SearchLimiter.OverloadedException.class, limiter::enter);
    assertEquals(1, limiter.queued(), "a refused request takes no place in the queue");
    limiter.exit();
    waiter.get(); // the queued one got the permit
    assertEquals(0, limiter.queued());
    limiter.exit();
    limiter.enter(); // free again
  }

  @Test
  void withoutAQueueTheSecondIsRefusedAtOnce() throws Exception {
    SearchLimiter limiter = new SearchLimiter(1, 0);
    limiter.enter();
    assertThrows(SearchLimiter.OverloadedException.class, limiter::enter);
    limiter.exit();
    limiter.enter();
  }
}
