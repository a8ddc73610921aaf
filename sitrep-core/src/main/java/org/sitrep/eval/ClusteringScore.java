package org.sitrep.eval;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How well a clustering matches gold clusters: pairwise precision and recall (of the item pairs
 * put together, how many belong together; of those that belong together, how many were put
 * together) and B-cubed (the same per item, averaged over items).
 */
public record ClusteringScore(
    int items, int goldClusters, int predictedClusters,
    double pairPrecision, double pairRecall, double bcubedPrecision, double bcubedRecall) {

  public double pairF1() {
    return f1(pairPrecision, pairRecall);
  }

  public double bcubedF1() {
    return f1(bcubedPrecision, bcubedRecall);
  }

  /**
   * Scores {@code predicted} against {@code gold}; both map every item to its cluster label.
   *
   * @throws IllegalArgumentException when they do not label the same items
   */
  public static <T> ClusteringScore of(Map<T, String> gold, Map<T, String> predicted) {
    if (!gold.keySet().equals(predicted.keySet())) {
      throw new IllegalArgumentException("gold and predicted clusterings must label the same items");
    }
    Map<String, Integer> goldSizes = new HashMap<>();
    Map<String, Integer> predictedSizes = new HashMap<>();
    Map<String, Integer> overlap = new HashMap<>();
    for (T item : gold.keySet()) {
      String g = gold.get(item);
      String p = Objects.requireNonNull(predicted.get(item));
      goldSizes.merge(g, 1, Integer::sum);
      predictedSizes.merge(p, 1, Integer::sum);
      overlap.merge(g + "\u0000" + p, 1, Integer::sum);
    }
    long together = 0;
    for (int n : overlap.values()) {
      together += pairs(n);
    }
    long predictedPairs = predictedSizes.values().stream().mapToLong(ClusteringScore::pairs).sum();
    long goldPairs = goldSizes.values().stream().mapToLong(ClusteringScore::pairs).sum();
    double bPrecision = 0;
    double bRecall = 0;
    for (T item : gold.keySet()) {
      int shared = overlap.get(gold.get(item) + "\u0000" + predicted.get(item));
      bPrecision += (double) shared / predictedSizes.get(predicted.get(item));
      bRecall += (double) shared / goldSizes.get(gold.get(item));
    }
    int n = gold.size();
    return new ClusteringScore(n, goldSizes.size(), predictedSizes.size(),
        predictedPairs == 0 ? 1 : (double) together / predictedPairs,
        goldPairs == 0 ? 1 : (double) together / goldPairs,
        n == 0 ? 0 : bPrecision / n, n == 0 ? 0 : bRecall / n);
  }

  private static long pairs(long n) {
    return n * (n - 1) / 2;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
