package org.sitrep.corpus;

import java.util.Map;

/** Sparse vectors as maps from key to weight. */
final class Vectors {
  private Vectors() {}

  static void addTo(Map<String, Double> sum, Map<String, Double> vector) {
    vector.forEach((key, weight) -> sum.merge(key, weight, Double::sum));
  }

  static double norm(Map<String, Double> vector) {
    double squares = 0;
    for (double w : vector.values()) {
      squares += w * w;
    }
    return Math.sqrt(squares);
  }

  /** Cosine similarity; 0 when either is empty. Iterates over the smaller map. */
  static double cosine(Map<String, Double> a, Map<String, Double> b) {
    return a.isEmpty() || b.isEmpty() ? 0 : cosine(a, norm(a), b, norm(b));
  }

  /** Cosine similarity of vectors whose norms are known. */
  static double cosine(Map<String, Double> a, double normA, Map<String, Double> b, double normB) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    return dot == 0 ? 0 : dot / (normA * normB);
  }
}
