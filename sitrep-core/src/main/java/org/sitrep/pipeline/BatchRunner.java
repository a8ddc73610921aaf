package org.sitrep.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.sitrep.doc.Document;
import org.sitrep.nlp.NlpAnnotations;
import org.sitrep.read.Article;
import org.sitrep.read.ReadItem;
import org.sitrep.read.ReadProblem;

/**
 * Runs a {@link Pipeline} over a stream of read items on several threads and hands the results
 * back in input order, on the calling thread. Only a bounded window of articles is in flight, so
 * a stream of millions of articles runs in constant memory.
 *
 * @param <R> what each analysed document is turned into on its worker thread (e.g. a JSON line)
 */
public final class BatchRunner<R> {

  /** What happened to one input, in input order. */
  public sealed interface Outcome<R> {
    String origin();
  }

  /** An article analysed. */
  public record Analysed<R>(String origin, Article article, R result, int tokens) implements Outcome<R> {}

  /** An input that could not be read, or a warning about one. */
  public record Unreadable<R>(String origin, ReadProblem problem) implements Outcome<R> {}

  /** An article read but whose analysis failed. */
  public record Failed<R>(String origin, String reason) implements Outcome<R> {}

  private final Pipeline pipeline;
  private final int threads;
  private final Function<Document, R> finisher;

  /**
   * @param finisher turns each processed document into the result handed back; runs on the
   *     worker thread
   */
  public BatchRunner(Pipeline pipeline, int threads, Function<Document, R> finisher) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.pipeline = pipeline;
    this.threads = threads;
    this.finisher = finisher;
  }

  /** Processes every item, calling {@code consumer} once per item in input order. */
  public void run(Stream<ReadItem> items, Consumer<Outcome<R>> consumer) {
    int window = threads * 4;
    ExecutorService executor = Executors.newFixedThreadPool(threads, BatchRunner::daemon);
    Deque<Future<Outcome<R>>> inFlight = new ArrayDeque<>();
    try {
      Iterator<ReadItem> it = items.iterator();
      while (it.hasNext()) {
        ReadItem item = it.next();
        if (item instanceof Article article) {
          inFlight.add(executor.submit(() -> analyse(article)));
        } else if (item instanceof ReadProblem problem) {
          inFlight.add(CompletableFuture.completedFuture(new Unreadable<>(problem.origin(), problem)));
        }
        while (inFlight.size() >= window || (!inFlight.isEmpty() && inFlight.peek().isDone())) {
          consumer.accept(await(inFlight.poll()));
        }
      }
      while (!inFlight.isEmpty()) {
        consumer.accept(await(inFlight.poll()));
      }
    } finally {
      executor.shutdownNow();
    }
  }

  private Outcome<R> analyse(Article article) {
    try {
      Document document = pipeline.process(article);
      int tokens = document.get(NlpAnnotations.LAYER).map(NlpAnnotations::tokenCount).orElse(0);
      return new Analysed<>(article.origin(), article, finisher.apply(document), tokens);
    } catch (StageFailure e) {
      return new Failed<>(article.origin(), "analysis failed: " + e.getMessage());
    } catch (OutOfMemoryError e) {
      return new Failed<>(article.origin(), "analysis failed: out of memory (raise -Xmx in SITREP_JAVA_OPTS)");
    }
  }

  private static <R> Outcome<R> await(Future<Outcome<R>> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for an analysis", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("analysis task failed unexpectedly", e.getCause());
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "sitrep-worker");
    t.setDaemon(true);
    return t;
  }
}
