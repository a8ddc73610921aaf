package org.sitrep.eval;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.sitrep.analysis.AnalysisAssembler;
import org.sitrep.analysis.AnalysisJson;
import org.sitrep.config.SitrepConfig;
import org.sitrep.doc.Document;
import org.sitrep.nlp.CoreNlpPipelines;
import org.sitrep.nlp.CoreNlpSettings;
import org.sitrep.nlp.NlpAnnotations;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.read.Article;

/**
 * Measures the pipeline's throughput and what it costs over bare CoreNLP, in one run.
 *
 * <ol>
 *   <li>Builds the pipeline (timed apart: model loading).
 *   <li>Warms up: one untimed pass of each side over the texts, so the JIT has compiled the hot
 *       code of both before either is timed (a single pass is not enough: the second is still
 *       some 20% faster than the first).
 *   <li>Measures in the order pipeline, bare, bare, pipeline (repeated for more rounds), so slow
 *       drift of a shared machine falls on both sides alike; each timed pass starts after a full
 *       garbage collection.
 * </ol>
 *
 * The pipeline side is everything {@code sitrep analyze} does per article after reading: document,
 * every stage, the JSON line. The bare side is {@code StanfordCoreNLP.annotate} of the same
 * canonical texts with the same pipeline object.
 */
public final class ThroughputBenchmark {
  private final SitrepConfig config;
  private final Consumer<String> log;

  /** @param log receives one line per phase, for progress */
  public ThroughputBenchmark(SitrepConfig config, Consumer<String> log) {
    this.config = config;
    this.log = log;
  }

  /**
   * @param rounds measured passes of each side; 2 or more gives the pipeline–bare–bare–pipeline
   *     order
   */
  public ThroughputReport run(List<Article> articles, int rounds) {
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("no articles to benchmark");
    }
    if (rounds < 1) {
      throw new IllegalArgumentException("rounds must be >= 1, got " + rounds);
    }
    try (HeapSampler heap = new HeapSampler()) {
      log.accept("loading models…");
      long t0 = System.nanoTime();
      Pipeline pipeline = Pipeline.fromConfig(config);
      StanfordCoreNLP coreNlp = CoreNlpPipelines.get(CoreNlpSettings.properties(config));
      double loadSeconds = seconds(t0);
      List<String> texts = articles.stream().map(a -> Document.of(a).text()).toList();
      ExecutorService executor = Executors.newFixedThreadPool(config.threads());
      try {
        log.accept("warming up on " + texts.size() + " articles…");
        runAll(executor, articles, a -> analyse(pipeline, a));
        runAll(executor, texts, text -> bare(coreNlp, text));
        pipeline.timings().reset();
        List<Double> pipelineRounds = new ArrayList<>();
        List<Double> bareRounds = new ArrayList<>();
        long tokens = 0;
        for (int round = 0; round < rounds; round++) {
          boolean pipelineFirst = round % 2 == 0;
          for (int side = 0; side < 2; side++) {
            // Start every timed pass from a collected heap, so no pass pays for another's garbage.
            System.gc();
            if ((side == 0) == pipelineFirst) {
              log.accept("round " + (round + 1) + ": pipeline…");
              long start = System.nanoTime();
              tokens = runAll(executor, articles, a -> analyse(pipeline, a)).stream().mapToLong(Long::longValue).sum();
              pipelineRounds.add(seconds(start));
            } else {
              log.accept("round " + (round + 1) + ": bare CoreNLP…");
              long start = System.nanoTime();
              runAll(executor, texts, text -> bare(coreNlp, text));
              bareRounds.add(seconds(start));
            }
          }
        }
        return new ThroughputReport(
            articles.size(), tokens, config.threads(), loadSeconds, pipelineRounds, bareRounds,
            pipeline.timings().meanMillis(), heap.peakBytes());
      } finally {
        executor.shutdownNow();
      }
    }
  }

  private static long analyse(Pipeline pipeline, Article article) {
    Document document = pipeline.process(article);
    AnalysisJson.line(AnalysisAssembler.assemble(document));
    return document.get(NlpAnnotations.LAYER).map(NlpAnnotations::tokenCount).orElse(0);
  }

  private static long bare(StanfordCoreNLP coreNlp, String text) {
    coreNlp.annotate(new Annotation(text));
    return 0;
  }

  private static <T> List<Long> runAll(ExecutorService executor, List<T> inputs, java.util.function.ToLongFunction<T> task) {
    List<Future<Long>> futures = new ArrayList<>(inputs.size());
    for (T input : inputs) {
      Callable<Long> call = () -> task.applyAsLong(input);
      futures.add(executor.submit(call));
    }
    List<Long> results = new ArrayList<>(futures.size());
    for (Future<Long> f : futures) {
      try {
        results.add(f.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("benchmark interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("benchmark task failed: " + e.getCause(), e.getCause());
      }
    }
    return results;
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
