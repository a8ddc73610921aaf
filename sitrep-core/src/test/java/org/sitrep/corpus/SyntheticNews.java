package org.sitrep.corpus;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A stream of synthetic article features with a news-like shape, for measuring clustering cost at
 * scales no hand-written set reaches: words and actors drawn from Zipf distributions (a few very
 * common, a long tail), stories born at a steady rate that live a few days, each with its own
 * topic words, actors and events, articles arriving in time order at a steady rate per day.
 */
final class SyntheticNews {

  /** One generated article and the story it was generated from. */
  record Item(DocumentFeatures features, int story) {}

  private static final int VOCABULARY = 30_000;
  private static final int ACTORS = 3_000;
  private static final int WORDS_PER_ARTICLE = 260;
  private static final double TOPIC_SHARE = 0.35;

  private final SplittableRandom random;
  private final int articlesPerDay;
  private final double[] wordCdf = zipfCdf(VOCABULARY, 1.05);
  private final double[] actorCdf = zipfCdf(ACTORS, 1.0);
  private final List<LiveStory> live = new ArrayList<>();
  private Instant clock = Instant.parse("2026-01-01T00:00:00Z");
  private int nextStory;

  private record LiveStory(int id, int[] topicWords, int[] actors, String[] events, Instant ends) {}

  SyntheticNews(long seed, int articlesPerDay) {
    this.random = new SplittableRandom(seed);
    this.articlesPerDay = articlesPerDay;
  }

  /** The next article, a little later than the last. */
  Item next() {
    clock = clock.plus(Duration.ofMillis(Math.round(86_400_000.0 / articlesPerDay)));
    live.removeIf(s -> s.ends().isBefore(clock));
    // About one article in twelve starts a story: stories of twelve articles on average.
    if (live.isEmpty() || random.nextInt(12) == 0) {
      live.add(newStory());
    }
    LiveStory story = live.get(random.nextInt(live.size()));
    Map<String, Integer> terms = new HashMap<>();
    for (int i = 0; i < WORDS_PER_ARTICLE; i++) {
      int word = random.nextDouble() < TOPIC_SHARE ? story.topicWords()[random.nextInt(story.topicWords().length)] : draw(wordCdf);
      terms.merge("w" + word, 1, Integer::sum);
    }
    Map<String, Integer> actors = new HashMap<>();
    for (int actor : story.actors()) {
      if (random.nextInt(4) != 0) {
        actors.merge("person:a" + actor, 1 + random.nextInt(4), Integer::sum);
      }
    }
    for (int i = 0; i < 3; i++) {
      actors.merge("country:a" + draw(actorCdf), 1, Integer::sum);
    }
    Map<String, Integer> events = new HashMap<>();
    for (String event : story.events()) {
      if (random.nextInt(3) == 0) {
        events.merge(event, 1, Integer::sum);
      }
    }
    return new Item(new DocumentFeatures(terms, actors, events, clock), story.id());
  }

  private LiveStory newStory() {
    int[] topic = new int[20];
    for (int i = 0; i < topic.length; i++) {
      topic[i] = 500 + random.nextInt(VOCABULARY - 500);
    }
    int[] actors = new int[4];
    for (int i = 0; i < actors.length; i++) {
      actors[i] = draw(actorCdf);
    }
    String[] events = {"REJECT|person:a" + actors[0] + "|-", "CONSULT|person:a" + actors[1] + "|person:a" + actors[2]};
    Duration life = Duration.ofHours(6 + random.nextInt(24 * 5));
    return new LiveStory(nextStory++, topic, actors, events, clock.plus(life));
  }

  private int draw(double[] cdf) {
    double u = random.nextDouble();
    int lo = 0;
    int hi = cdf.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cdf[mid] < u) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static double[] zipfCdf(int n, double exponent) {
    double[] cdf = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += 1 / Math.pow(i + 1, exponent);
      cdf[i] = sum;
    }
    for (int i = 0; i < n; i++) {
      cdf[i] /= sum;
    }
    return cdf;
  }
}
