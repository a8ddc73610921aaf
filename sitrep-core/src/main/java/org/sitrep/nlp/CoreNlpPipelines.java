package org.sitrep.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CoreNLP pipelines, built once per process for each set of properties: loading the models takes
 * seconds and hundreds of megabytes, so every stage, benchmark and test shares them.
 * {@link StanfordCoreNLP#annotate} is safe to call from many threads at once on one pipeline.
 */
public final class CoreNlpPipelines {
  private static final Map<String, StanfordCoreNLP> PIPELINES = new ConcurrentHashMap<>();

  private CoreNlpPipelines() {}

  /** The shared pipeline for these properties, loading its models on first use. */
  public static StanfordCoreNLP get(Properties properties) {
    String key = new TreeMap<>(properties).toString();
    return PIPELINES.computeIfAbsent(key, k -> new StanfordCoreNLP(properties));
  }
}
