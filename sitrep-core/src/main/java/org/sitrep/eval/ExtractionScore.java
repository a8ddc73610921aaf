package org.sitrep.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ScrapingHub's article-extraction score. Tokens are {@code \w+} matches (Unicode); shingles are
 * windows of four tokens (a shorter text is one shingle); per page, true and false positives and
 * negatives are the multiset overlap of the shingles. Precision is the mean over pages of
 * tp/(tp+fp), recall of tp/(tp+fn), F1 their harmonic mean.
 */
public final class ExtractionScore {

  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int SHINGLE = 4;

  private double precisionSum;
  private int precisionPages;
  private double recallSum;
  private int recallPages;

  /** One page's precision and recall (NaN when undefined). */
  public record PageScore(double precision, double recall) {
    public double f1() {
      return precision + recall == 0 || Double.isNaN(precision) || Double.isNaN(recall) ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  /** Adds one page: the extracted text against the expected one. */
  public PageScore add(String extracted, String expected) {
    Map<List<String>, Integer> predicted = shingles(extracted);
    Map<List<String>, Integer> gold = shingles(expected);
    long tp = 0;
    long fp = 0;
    for (Map.Entry<List<String>, Integer> e : predicted.entrySet()) {
      int shared = Math.min(e.getValue(), gold.getOrDefault(e.getKey(), 0));
      tp += shared;
      fp += e.getValue() - shared;
    }
    long goldTotal = gold.values().stream().mapToLong(Integer::longValue).sum();
    long fn = goldTotal - tp;
    double precision = Double.NaN;
    double recall = Double.NaN;
    if (fp == 0 && fn == 0) {
      precision = 1;
      recall = 1;
    } else {
      if (tp + fp > 0) {
        precision = (double) tp / (tp + fp);
      }
      if (tp + fn > 0) {
        recall = (double) tp / (tp + fn);
      }
    }
    if (!Double.isNaN(precision)) {
      precisionSum += precision;
      precisionPages++;
    }
    if (!Double.isNaN(recall)) {
      recallSum += recall;
      recallPages++;
    }
    return new PageScore(precision, recall);
  }

  public double precision() {
    return precisionPages == 0 ? 0 : precisionSum / precisionPages;
  }

  public double recall() {
    return recallPages == 0 ? 0 : recallSum / recallPages;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    Map<List<String>, Integer> counts = new HashMap<>();
    if (tokens.size() < SHINGLE) {
      counts.put(List.copyOf(tokens), 1);
      return counts;
    }
    for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
      counts.merge(List.copyOf(tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
    }
    return counts;
  }
}
