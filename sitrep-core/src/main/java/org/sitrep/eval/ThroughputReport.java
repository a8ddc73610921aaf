package org.sitrep.eval;

import java.util.List;
import java.util.Map;

/**
 * What {@link ThroughputBenchmark} measured. Times are wall-clock seconds summed over the measured
 * rounds; both runs used the same texts, threads and CoreNLP pipeline.
 *
 * @param articles articles per round
 * @param tokens tokens per round
 * @param threads worker threads
 * @param modelLoadSeconds time to build the pipeline (model loading), not in the rates
 * @param pipelineRounds seconds of each measured pass of the whole Sitrep pipeline, JSON output
 *     included
 * @param bareRounds seconds of each measured pass of CoreNLP alone, same annotators and properties
 * @param stageMeanMillis mean milliseconds per article in each stage (per thread)
 * @param peakHeapBytes highest used heap seen during the run
 */
public record ThroughputReport(
    int articles,
    long tokens,
    int threads,
    double modelLoadSeconds,
    List<Double> pipelineRounds,
    List<Double> bareRounds,
    Map<String, Double> stageMeanMillis,
    long peakHeapBytes) {

  public ThroughputReport {
    pipelineRounds = List.copyOf(pipelineRounds);
    bareRounds = List.copyOf(bareRounds);
    stageMeanMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageMeanMillis));
  }

  public int rounds() {
    return pipelineRounds.size();
  }

  public double pipelineSeconds() {
    return pipelineRounds.stream().mapToDouble(Double::doubleValue).sum();
  }

  public double bareSeconds() {
    return bareRounds.stream().mapToDouble(Double::doubleValue).sum();
  }

  public double articlesPerSecond() {
    return articles * rounds() / pipelineSeconds();
  }

  public double tokensPerSecond() {
    return tokens * rounds() / pipelineSeconds();
  }

  public double bareArticlesPerSecond() {
    return articles * rounds() / bareSeconds();
  }

  /** Pipeline time over bare CoreNLP time: the cost of everything Sitrep adds. */
  public double ratio() {
    return pipelineSeconds() / bareSeconds();
  }
}
