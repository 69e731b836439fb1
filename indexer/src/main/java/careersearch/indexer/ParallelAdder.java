package careersearch.indexer;

import careersearch.schema.DocType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;

/**
 * Builds and adds documents to a sink on worker threads while the caller goes on reading the
 * sources. The index writer is thread-safe and inverts documents in parallel (one in-memory segment
 * per thread), which is where a full rebuild spends its time. Documents go out in batches; with one
 * thread they are added in the order given, with more the order of documents in the index varies
 * between runs.
 *
 * <p>Not thread-safe itself: one thread calls {@link #add} and {@link #finish}.
 */
final class ParallelAdder implements AutoCloseable {
  /** Threads used unless the system property {@code careersearch.indexer.threads} says. */
  static int defaultThreads() {
    return Integer.getInteger(
        "careersearch.indexer.threads", Math.max(1, Runtime.getRuntime().availableProcessors()));
  }

  private static final int BATCH = 256;

  private record Task(DocType type, Supplier<Document> build) {}

  private final CorpusIndexer.Sink sink;
  private final CorpusIndexer.Progress progress;
  private final ExecutorService pool;
  private final int maxInFlight;
  private final Semaphore inFlight;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private final Map<DocType, LongAdder> counts = new EnumMap<>(DocType.class);
  private volatile boolean stopped;
  private List<Task> batch = new ArrayList<>(BATCH);

  ParallelAdder(CorpusIndexer.Sink sink, CorpusIndexer.Progress progress, int threads) {
    this.sink = sink;
    this.progress = progress;
    this.maxInFlight = threads * 2;
    this.inFlight = new Semaphore(maxInFlight);
    for (DocType type : DocType.values()) {
      counts.put(type, new LongAdder());
    }
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "indexer-worker");
              t.setDaemon(true);
              return t;
            });
  }

  /** Queues a document; its builder runs on a worker thread. */
  void add(DocType type, Supplier<Document> build) {
    rethrowFailure();
    batch.add(new Task(type, build));
    if (batch.size() == BATCH) {
      submit();
    }
  }

  /**
   * Builds and adds a document on this thread, before any queued one: documents added this way keep
   * their order in the index (one thread fills one in-memory segment), so the knowledge documents
   * read in corpus order (the article's tools, its sections) come out in that order on every
   * rebuild, whatever the number of threads.
   */
  void addInOrder(DocType type, Supplier<Document> build) throws IOException {
    if (!batch.isEmpty() || inFlight.availablePermits() != maxInFlight) {
      throw new IllegalStateException("documents in order go before the parallel ones");
    }
    sink.add(build.get());
    counts.get(type).increment();
    progress.indexed(type);
  }

  /** Waits until every queued document is in the writer; throws the first failure. */
  void finish() {
    if (!batch.isEmpty()) {
      submit();
    }
    inFlight.acquireUninterruptibly(maxInFlight);
    inFlight.release(maxInFlight);
    rethrowFailure();
  }

  Map<DocType, Long> counts() {
    Map<DocType, Long> result = new EnumMap<>(DocType.class);
    counts.forEach((type, n) -> result.put(type, n.sum()));
    return result;
  }

  private void submit() {
    List<Task> tasks = batch;
    batch = new ArrayList<>(BATCH);
    // at most two batches per thread wait, so reading cannot run far ahead of indexing
    inFlight.acquireUninterruptibly();
    try {
      pool.execute(() -> run(tasks));
    } catch (RuntimeException e) {
      inFlight.release();
      throw e;
    }
  }

  private void run(List<Task> tasks) {
    try {
      for (Task task : tasks) {
        if (stopped || failure.get() != null) {
          return;
        }
        sink.add(task.build().get());
        counts.get(task.type()).increment();
      }
      synchronized (progress) {
        for (Task task : tasks) {
          progress.indexed(task.type());
        }
      }
    } catch (Throwable e) {
      failure.compareAndSet(null, e);
    } finally {
      inFlight.release();
    }
  }

  private void rethrowFailure() {
    Throwable e = failure.get();
    if (e == null) {
      return;
    }
    if (e instanceof RuntimeException r) {
      throw r;
    }
    if (e instanceof Error err) {
      throw err;
    }
    if (e instanceof IOException io) {
      throw new UncheckedIOException(io);
    }
    throw new IllegalStateException(e);
  }

  /**
   * Stops the workers without interrupting them (an interrupt during I/O would close the index's
   * files under the writer) and waits for them, so the sink (an index session) can roll back or
   * close safely.
   */
  @Override
  public void close() {
    stopped = true;
    pool.shutdown();
    try {
      if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
        throw new IllegalStateException("indexing threads did not stop");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
