package org.sitrep.corpus;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Document frequencies of terms and actors, for inverse document frequency: a word or actor many
 * stories share (Russia, "said") tells stories apart less than a rare one. Terms are counted for
 * every article read, before it is clustered; actors, which only the analysis finds, when it is
 * clustered. The counts grow as articles arrive, so a fresh corpus weighs its first articles with
 * little knowledge: the price of clustering online.
 */
public final class TermStatistics {

  private final Map<String, Integer> documentFrequency;
  private long documents;

  public TermStatistics(Map<String, Integer> documentFrequency, long documents) {
    this.documentFrequency = new HashMap<>(documentFrequency);
    this.documents = documents;
  }

  public static TermStatistics empty() {
    return new TermStatistics(Map.of(), 0);
  }

  /** Counts one more document containing {@code terms}. */
  public void countDocument(Set<String> terms) {
    documents++;
    countKeys(terms);
  }

  /** Counts keys (actor keys) of a document already counted. */
  public void countKeys(Set<String> keys) {
    for (String key : keys) {
      documentFrequency.merge(key, 1, Integer::sum);
    }
  }

  /** Smoothed inverse document frequency: never zero, highest for a term never seen. */
  public double idf(String term) {
    return Math.log((documents + 1.0) / (documentFrequency.getOrDefault(term, 0) + 1.0)) + 1.0;
  }

  public long documents() {
    return documents;
  }
}
