package careersearch.server.http;

import io.javalin.http.Handler;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Caps the expensive requests (search, salaries, compare) running at once, with a bounded queue
 * behind: past both, a request is refused at once ({@link OverloadedException}, a 503 with {@code
 * Retry-After}) instead of adding to everyone's latency. Cheap routes (health, documents, suggest)
 * are not counted, so they stay fast while searches queue.
 */
final class SearchLimiter {
  /** Seconds a refused caller is asked to wait. */
  static final int RETRY_AFTER_SECONDS = 1;

  private final Semaphore permits;
  private final int maxQueued;
  private final AtomicInteger queued = new AtomicInteger();

  SearchLimiter(int maxRunning, int maxQueued) {
    this.permits = new Semaphore(maxRunning, true);
    this.maxQueued = maxQueued;
  }

  /** The handler, run only once a permit is free. */
  Handler limit(Handler handler) {
    return ctx -> {
      enter();
      try {
        handler.handle(ctx);
      } finally {
        exit();
      }
    };
  }

  /** Takes a permit, waiting in the queue when there is room there; else refuses. */
  void enter() throws InterruptedException {
    if (permits.tryAcquire()) {
      return;
    }
    if (queued.incrementAndGet() > maxQueued) {
      queued.decrementAndGet();
      throw new OverloadedException();
    }
    try {
      permits.acquire();
    } finally {
      queued.decrementAndGet();
    }
  }

  /** Gives back the permit {@link #enter} took. */
  void exit() {
    permits.release();
  }

  /** Requests waiting for a permit now. */
  int queued() {
    return queued.get();
  }

  /** Too many searches running and queued. */
  static final class OverloadedException extends RuntimeException {
    OverloadedException() {
      super(
          "too many searches at once; retry in "
              + RETRY_AFTER_SECONDS
              + " s (the server runs a bounded number of searches and queues a few more)");
    }
  }
}
