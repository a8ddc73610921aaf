package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.sitrep.brief.TermVectors;

/**
 * The TextRank baseline (Mihalcea and Tarau 2004) in its common extractive form: sentences are
 * nodes, edges weigh the TF-IDF cosine of their words, PageRank (damping 0.85) ranks them.
 */
public final class TextRank {
  static final double DAMPING = 0.85;
  static final int ITERATIONS = 50;

  private final Rouge tokenizer = new Rouge(false);

  /** The sentences' indices, best first. */
  public List<Integer> rank(List<String> sentences) {
    int n = sentences.size();
    List<Map<String, Double>> vectors = vectors(sentences);
    double[][] weight = new double[n][n];
    double[] outSum = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j) {
          weight[i][j] = TermVectors.cosine(vectors.get(i), vectors.get(j));
          outSum[i] += weight[i][j];
        }
      }
    }
    double[] score = new double[n];
    java.util.Arrays.fill(score, 1.0 / Math.max(1, n));
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      double[] next = new double[n];
      for (int j = 0; j < n; j++) {
        double in = 0;
        for (int i = 0; i < n; i++) {
          if (outSum[i] > 0) {
            in += weight[i][j] / outSum[i] * score[i];
          }
        }
        next[j] = (1 - DAMPING) / n + DAMPING * in;
      }
      score = next;
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    double[] finalScore = score;
    order.sort(Comparator.comparingDouble((Integer i) -> -finalScore[i]).thenComparingInt(i -> i));
    return order;
  }

  /** The best {@code k} sentences in the article's order. */
  public List<String> top(List<String> sentences, int k) {
    List<Integer> best = new ArrayList<>(rank(sentences).subList(0, Math.min(k, sentences.size())));
    best.sort(Integer::compare);
    return best.stream().map(sentences::get).toList();
  }

  private List<Map<String, Double>> vectors(List<String> sentences) {
    List<List<String>> tokens = sentences.stream().map(tokenizer::tokens).toList();
    Map<String, Integer> df = new HashMap<>();
    tokens.forEach(ts -> new HashSet<>(ts).forEach(t -> df.merge(t, 1, Integer::sum)));
    List<Map<String, Double>> vectors = new ArrayList<>();
    for (List<String> ts : tokens) {
      Map<String, Double> v = new HashMap<>();
      ts.forEach(t -> v.merge(t, 1.0, Double::sum));
      v.replaceAll((t, tf) -> tf * Math.log((double) sentences.size() / df.get(t) + 1));
      vectors.add(v);
    }
    return vectors;
  }
}
