package careersearch.bench;

import careersearch.indexer.store.PostingsStore;
import careersearch.indexer.synthetic.SyntheticPostings;
import careersearch.schema.Fields;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The crash test of issue 21: the real server (own JVM) ingests synthetic postings over HTTP in
 * batches and is killed with SIGKILL at a random point, {@code --runs} times (seeded: the seed is
 * printed, {@code --seed} repeats a run). After each restart every posting the server acknowledged
 * is served (the admin API's record and {@code /api/documents/{id}}), and the postings store and
 * the index hold the same ids. Records the recovery time (start to a served {@code /api/health})
 * and what the recovery replayed.
 *
 * <p>Each run ingests postings of its own ({@code crash-<run>-<n>}), so the store grows from run to
 * run; the kill comes once a random number of batches is acknowledged (below {@code --kill-within},
 * default: any), after a random extra delay of up to 1.5 s (inside the next batch's check, store
 * write or commit, or between batches).
 *
 * <pre>
 * mvn -B -Pbench -DskipTests package
 * java -cp bench/target/careersearch-bench.jar careersearch.bench.CrashBench \
 *     [--runs 20] [--postings 10000] [--batch 500] [--kill-within B] [--seed N]
 *     [--work /work/data/i21-crash]
 * </pre>
 */
public final class CrashBench {
  private CrashBench() {}

  private static final Pattern REPLAYED =
      Pattern.compile(
          "replayed (\\d+) store records \\(seq (\\d+)\\.\\.(\\d+)\\) into the index in (\\d+) ms");

  public static void main(String[] args) throws Exception {
    Map<String, String> opts =
        BenchArgs.parse(
            args,
            "runs",
            "postings",
            "batch",
            "kill-within",
            "seed",
            "corpus",
            "work",
            "port",
            "server-jvm");
    int runs = Integer.parseInt(opts.getOrDefault("runs", "20"));
    int n = Integer.parseInt(opts.getOrDefault("postings", "10000"));
    int batch = Integer.parseInt(opts.getOrDefault("batch", "500"));
    // the kill comes within the first this many batches of a run (default: anywhere in the run)
    int killWithin = Integer.parseInt(opts.getOrDefault("kill-within", "0"));
    long seed =
        opts.containsKey("seed") ? Long.parseLong(opts.get("seed")) : new Random().nextLong();
    Path corpus = Path.of(opts.getOrDefault("corpus", "corpus"));
    Path work = Path.of(opts.getOrDefault("work", "/work/data/i21-crash"));
    int port = Integer.parseInt(opts.getOrDefault("port", "7193"));
    // words only: the durability path is the same with vectors, and 20 runs stay in minutes
    String jvm = opts.getOrDefault("server-jvm", "-Xmx1g") + " -Dcareersearch.embedder=none";
    System.out.println("CrashBench seed " + seed + " (repeat with --seed " + seed + ")");
    Random random = new Random(seed);

    BenchFiles.deleteTree(work);
    Files.createDirectories(work);
    Path index = work.resolve("data/index");
    Path store = work.resolve("data/store");
    Path postings = work.resolve("synthetic-postings-" + n + ".jsonl");
    new SyntheticPostings(corpus, 42).write(n, postings);
    List<String> lines = Files.readAllLines(postings);
    IngestClient.reindex(corpus, index, store, "none", work.resolve("reindex.log"));
    String[] serverArgs = {"--store", store.toString(), "--corpus", corpus.toString()};

    StringBuilder table = new StringBuilder();
    table
        .append("| run | batches acked before the kill | kill delay ms | postings acked |")
        .append(" recovery ms | replayed records | all acked served | store = index |\n");
    table.append("|---:|---:|---:|---:|---:|---:|---|---|\n");
    List<Long> recoveries = new ArrayList<>();
    long ackedTotal = 0;
    int failures = 0;
    BenchServer server = BenchServer.start(index, jvm, port, IngestClient.serverEnv(), serverArgs);
    try {
      for (int run = 1; run <= runs; run++) {
        String prefix = "crash-" + run + "-";
        List<String> own = new ArrayList<>(lines.size());
        for (String line : lines) {
          own.add(line.replaceFirst("\"id\":\"synthetic-42-", "\"id\":\"" + prefix));
        }
        List<String> batches = IngestClient.batches(own, batch);
        int killAfter =
            random.nextInt(killWithin > 0 ? Math.min(killWithin, batches.size()) : batches.size());
        int extraMs = random.nextInt(1500);
        List<String> acked = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger ackedBatches = new AtomicInteger();
        IngestClient client = new IngestClient(server.base());
        Thread ingest =
            new Thread(
                () -> {
                  try {
                    for (String body : batches) {
                      IngestClient.Answer answer = client.post(body, "");
                      if (answer.status() == 200) {
                        acked.addAll(answer.acknowledged());
                        ackedBatches.incrementAndGet();
                      }
                    }
                  } catch (IOException e) {
                    // the server died under the request: not acknowledged
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                },
                "ingest");
        ingest.start();
        while (ackedBatches.get() < killAfter && ingest.isAlive()) {
          Thread.sleep(5);
        }
        Thread.sleep(extraMs);
        int ackedAtKill = ackedBatches.get();
        server.kill();
        ingest.join(60_000);
        List<String> ackedIds = new ArrayList<>(acked);
        ackedTotal += ackedIds.size();

        long start = System.nanoTime();
        server = BenchServer.start(index, jvm, port, IngestClient.serverEnv(), serverArgs);
        long recoveryMs = (System.nanoTime() - start) / 1_000_000;
        recoveries.add(recoveryMs);
        String replayed = replayed(server.log());

        IngestClient check = new IngestClient(server.base());
        int missing = 0;
        for (String id : ackedIds) {
          if (check.status("/api/admin/postings/" + id) != 200
              || check.status("/api/documents/" + id) != 200) {
            missing++;
          }
        }
        Set<String> stored = storeIds(store);
        Set<String> indexed = indexIds(index, "crash-");
        boolean agree = stored.equals(indexed);
        if (missing > 0 || !agree) {
          failures++;
        }
        table.append(
            String.format(
                Locale.ROOT,
                "| %d | %d of %d | %d | %,d | %,d | %s | %s | %s |%n",
                run,
                ackedAtKill,
                batches.size(),
                extraMs,
                ackedIds.size(),
                recoveryMs,
                replayed,
                missing == 0 ? "yes" : "NO: " + missing + " missing",
                agree
                    ? "yes (" + stored.size() + ")"
                    : "NO: store " + stored.size() + ", index " + indexed.size()));
        System.out.println(
            "run "
                + run
                + " done: "
                + ackedIds.size()
                + " acked, "
                + missing
                + " missing, store=index "
                + agree
                + ", recovery "
                + recoveryMs
                + " ms");
      }
    } finally {
      server.close();
    }
    Collections.sort(recoveries);
    StringBuilder out = new StringBuilder();
    out.append("### Crash test: kill -9 during ingest over HTTP, ")
        .append(runs)
        .append(" runs (seed ")
        .append(seed)
        .append(")\n\n");
    out.append(BenchEnv.describe());
    out.append(
        String.format(
            Locale.ROOT,
            "- %,d postings a run in batches of %d; %,d acknowledged in all, %d runs with a lost"
                + " or inconsistent posting; recovery (restart to a served /api/health) median"
                + " %,d ms, max %,d ms%n%n",
            n,
            batch,
            ackedTotal,
            failures,
            recoveries.get(recoveries.size() / 2),
            recoveries.get(recoveries.size() - 1)));
    out.append(table);
    System.out.println(out);
    if (failures > 0) {
      System.exit(1);
    }
  }

  /** What the restarted server's log says it replayed. */
  private static String replayed(Path log) throws IOException {
    Matcher m = REPLAYED.matcher(Files.readString(log));
    return m.find()
        ? m.group(1) + " (seq " + m.group(2) + ".." + m.group(3) + ", " + m.group(4) + " ms)"
        : "0";
  }

  private static Set<String> storeIds(Path store) throws IOException {
    Set<String> ids = new TreeSet<>();
    PostingsStore.open(store).forEachPut(r -> ids.add(r.id()));
    return ids;
  }

  /** Ids with this prefix that the index's last commit has a live document of. */
  private static Set<String> indexIds(Path index, String prefix) throws IOException {
    Set<String> ids = new TreeSet<>();
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Terms terms = MultiTerms.getTerms(reader, Fields.ID);
      TermsEnum it = terms.iterator();
      BytesRef start = new BytesRef(prefix);
      if (it.seekCeil(start) == TermsEnum.SeekStatus.END) {
        return ids;
      }
      for (BytesRef term = it.term(); term != null; term = it.next()) {
        String id = term.utf8ToString();
        if (!id.startsWith(prefix)) {
          break;
        }
        if (searcher.count(new TermQuery(new Term(Fields.ID, id))) > 0) {
          ids.add(id);
        }
      }
    }
    return ids;
  }
}
