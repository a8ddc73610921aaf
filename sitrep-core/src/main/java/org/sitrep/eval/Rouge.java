package org.sitrep.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * ROUGE as Google's {@code rouge_score} computes it: text lowercased, every run of characters other
 * than {@code a-z0-9} made a space, split on spaces; optionally each token longer than three
 * characters Porter-stemmed. ROUGE-N counts clipped n-gram overlaps; ROUGE-Lsum splits both texts
 * into lines and, for each reference line, takes the union of its longest common subsequences with
 * every candidate line, each token counted at most as often as it occurs on both sides.
 *
 * <p>Stemming uses Snowball's "porter" (the original 1980 algorithm); {@code rouge_score} uses
 * NLTK's variant of it, which stems a few rare word shapes differently.
 */
public final class Rouge {
  /** Precision, recall and F-measure, each 0–1. */
  public record Score(double precision, double recall, double f) {
    static Score of(int hits, int candidateCount, int referenceCount) {
      double p = candidateCount == 0 ? 0 : (double) hits / candidateCount;
      double r = referenceCount == 0 ? 0 : (double) hits / referenceCount;
      return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
  }

  private final boolean stem;

  public Rouge(boolean stem) {
    this.stem = stem;
  }

  /** The tokens of a text as the scorer sees them. */
  public List<String> tokens(String text) {
    String cleaned = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    List<String> tokens = new ArrayList<>();
    if (cleaned.isEmpty()) {
      return tokens;
    }
    PorterStemmer stemmer = stem ? new PorterStemmer() : null;
    for (String token : cleaned.split(" ")) {
      if (stemmer != null && token.length() > 3) {
        stemmer.setCurrent(token);
        stemmer.stem();
        token = stemmer.getCurrent();
      }
      tokens.add(token);
    }
    return tokens;
  }

  /** ROUGE-N of a candidate against a reference. */
  public Score rougeN(String candidate, String reference, int n) {
    Map<List<String>, Integer> candidateGrams = ngrams(tokens(candidate), n);
    Map<List<String>, Integer> referenceGrams = ngrams(tokens(reference), n);
    int hits = 0;
    for (Map.Entry<List<String>, Integer> gram : candidateGrams.entrySet()) {
      hits += Math.min(gram.getValue(), referenceGrams.getOrDefault(gram.getKey(), 0));
    }
    return Score.of(hits, total(candidateGrams), total(referenceGrams));
  }

  /** ROUGE-Lsum: summary-level LCS over the texts' lines ({@code \n}-separated). */
  public Score rougeLsum(String candidate, String reference) {
    List<List<String>> candidateLines = lines(candidate);
    List<List<String>> referenceLines = lines(reference);
    int candidateCount = candidateLines.stream().mapToInt(List::size).sum();
    int referenceCount = referenceLines.stream().mapToInt(List::size).sum();
    if (candidateCount == 0 || referenceCount == 0) {
      return new Score(0, 0, 0);
    }
    Map<String, Integer> candidateLeft = counts(candidateLines);
    Map<String, Integer> referenceLeft = counts(referenceLines);
    int hits = 0;
    for (List<String> referenceLine : referenceLines) {
      TreeSet<Integer> union = new TreeSet<>();
      for (List<String> candidateLine : candidateLines) {
        union.addAll(lcsPositions(referenceLine, candidateLine));
      }
      for (int position : union) {
        String token = referenceLine.get(position);
        if (candidateLeft.getOrDefault(token, 0) > 0 && referenceLeft.getOrDefault(token, 0) > 0) {
          hits++;
          candidateLeft.merge(token, -1, Integer::sum);
          referenceLeft.merge(token, -1, Integer::sum);
        }
      }
    }
    return Score.of(hits, candidateCount, referenceCount);
  }

  private List<List<String>> lines(String text) {
    List<List<String>> lines = new ArrayList<>();
    for (String line : text.split("\n")) {
      List<String> tokens = tokens(line);
      if (!tokens.isEmpty()) {
        lines.add(tokens);
      }
    }
    return lines;
  }

  private static Map<String, Integer> counts(List<List<String>> lines) {
    Map<String, Integer> counts = new HashMap<>();
    lines.forEach(line -> line.forEach(t -> counts.merge(t, 1, Integer::sum)));
    return counts;
  }

  /**
   * Positions in {@code reference} of one longest common subsequence with {@code candidate}, found
   * by walking the LCS table back from the end, preferring to drop a candidate token on ties the way
   * {@code rouge_score} does (so both pick the same subsequence).
   */
  static List<Integer> lcsPositions(List<String> reference, List<String> candidate) {
    int rows = reference.size();
    int cols = candidate.size();
    int[][] table = new int[rows + 1][cols + 1];
    for (int i = 1; i <= rows; i++) {
      for (int j = 1; j <= cols; j++) {
        table[i][j] = reference.get(i - 1).equals(candidate.get(j - 1)) ? table[i - 1][j - 1] + 1 : Math.max(table[i - 1][j], table[i][j - 1]);
      }
    }
    List<Integer> positions = new ArrayList<>();
    int i = rows;
    int j = cols;
    while (i > 0 && j > 0) {
      if (reference.get(i - 1).equals(candidate.get(j - 1))) {
        positions.add(0, i - 1);
        i--;
        j--;
      } else if (table[i][j - 1] > table[i - 1][j]) {
        j--;
      } else {
        i--;
      }
    }
    return positions;
  }

  private static Map<List<String>, Integer> ngrams(List<String> tokens, int n) {
    Map<List<String>, Integer> grams = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      grams.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
    }
    return grams;
  }

  private static int total(Map<List<String>, Integer> grams) {
    return grams.values().stream().mapToInt(Integer::intValue).sum();
  }
}
