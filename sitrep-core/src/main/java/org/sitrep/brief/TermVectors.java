package org.sitrep.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.nlp.Token;

/** TF-IDF vectors of sentences' content words, within one article (or one set of articles). */
public final class TermVectors {
  /** Verbs too common to say what a sentence is about. */
  private static final Set<String> LIGHT_LEMMAS = Set.of("be", "have", "do", "say", "will", "would", "can", "could", "may", "might", "shall", "should", "must", "get", "make", "take");

  private TermVectors() {}

  /** The lowercased lemmas of a sentence's nouns, verbs, adjectives and numbers. */
  static List<String> contentTerms(List<Token> tokens) {
    List<String> terms = new ArrayList<>();
    for (Token t : tokens) {
      String pos = t.pos();
      if (pos.startsWith("NN") || pos.startsWith("VB") || pos.startsWith("JJ") || pos.equals("CD")) {
        String lemma = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
        if (!LIGHT_LEMMAS.contains(lemma) && Character.isLetterOrDigit(lemma.charAt(0))) {
          terms.add(lemma);
        }
      }
    }
    return terms;
  }

  /** One TF-IDF vector per term list, IDF counted over the lists themselves (smoothed). */
  static List<Map<String, Double>> tfidf(List<List<String>> termLists) {
    Map<String, Integer> documentFrequency = new HashMap<>();
    for (List<String> terms : termLists) {
      new HashSet<>(terms).forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
    }
    int n = termLists.size();
    List<Map<String, Double>> vectors = new ArrayList<>(n);
    for (List<String> terms : termLists) {
      Map<String, Double> vector = new HashMap<>();
      terms.forEach(t -> vector.merge(t, 1.0, Double::sum));
      vector.replaceAll((t, tf) -> tf * (Math.log((n + 1.0) / (documentFrequency.get(t) + 1.0)) + 1.0));
      vectors.add(vector);
    }
    return vectors;
  }

  /** The sum of vectors: the centroid's direction. */
  static Map<String, Double> sum(List<Map<String, Double>> vectors) {
    Map<String, Double> total = new HashMap<>();
    vectors.forEach(v -> v.forEach((t, w) -> total.merge(t, w, Double::sum)));
    return total;
  }

  /** The cosine of two term-weight vectors (0 when either is empty). */
  public static double cosine(Map<String, Double> a, Map<String, Double> b) {
    return a.isEmpty() || b.isEmpty() ? 0 : cosine(a, norm(a), b, norm(b));
  }

  /** The cosine of two term-weight vectors whose norms are known; iterates over the smaller one. */
  public static double cosine(Map<String, Double> a, double normA, Map<String, Double> b, double normB) {
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

  /** The Euclidean norm of a term-weight vector. */
  public static double norm(Map<String, Double> v) {
    double s = 0;
    for (double w : v.values()) {
      s += w * w;
    }
    return Math.sqrt(s);
  }
}
