package org.sitrep.corpus;

import java.time.Duration;

/**
 * How stories are formed (config keys {@code stories.*}).
 *
 * @param threshold the score from which an article joins a story
 * @param mergeThreshold centroid similarity from which two stories an article joins both of are merged
 * @param window how long a story stays open without a new article
 * @param decayDays days over which the score of a story decays by a factor e
 * @param termWeight weight of the tf-idf cosine
 * @param actorWeight weight of the actor cosine
 * @param eventWeight weight of the event cosine
 */
public record ClusteringSettings(
    double threshold, double mergeThreshold, Duration window, double decayDays, double termWeight, double actorWeight, double eventWeight) {

  public static final ClusteringSettings DEFAULTS = new ClusteringSettings(0.27, 0.45, Duration.ofDays(10), 7, 0.8, 0.2, 0.1);

  public ClusteringSettings {
    if (!(threshold > 0 && threshold < 1) || !(mergeThreshold > 0 && mergeThreshold <= 1)) {
      throw new IllegalArgumentException("thresholds must lie between 0 and 1");
    }
    if (window.isNegative() || window.isZero() || !(decayDays > 0)) {
      throw new IllegalArgumentException("window and decay must be positive");
    }
    if (termWeight <= 0 || actorWeight < 0 || eventWeight < 0) {
      throw new IllegalArgumentException("weights must not be negative, the term weight positive");
    }
  }

  /** These settings with another threshold. */
  public ClusteringSettings withThreshold(double value) {
    return new ClusteringSettings(value, mergeThreshold, window, decayDays, termWeight, actorWeight, eventWeight);
  }
}
