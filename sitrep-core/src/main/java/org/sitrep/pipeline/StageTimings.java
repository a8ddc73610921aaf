package org.sitrep.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Time spent in each stage, summed over all documents and threads; safe to update concurrently. */
public final class StageTimings {
  private final Map<String, LongAdder> nanos = new LinkedHashMap<>();
  private final LongAdder documents = new LongAdder();

  StageTimings(List<String> stages) {
    stages.forEach(s -> nanos.put(s, new LongAdder()));
  }

  void add(String stage, long elapsedNanos) {
    nanos.get(stage).add(elapsedNanos);
  }

  void countDocument() {
    documents.increment();
  }

  /** Documents fully processed since the last reset. */
  public long documents() {
    return documents.sum();
  }

  /** Mean milliseconds per document for each stage, in stage order. */
  public Map<String, Double> meanMillis() {
    Map<String, Double> mean = new LinkedHashMap<>();
    long n = Math.max(1, documents());
    nanos.forEach((stage, total) -> mean.put(stage, total.sum() / 1e6 / n));
    return mean;
  }

  public void reset() {
    nanos.values().forEach(LongAdder::reset);
    documents.reset();
  }
}
