package org.sitrep.corpus;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.sitrep.brief.TermVectors;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Assigns articles to stories one at a time, as a live stream arrives.
 *
 * <p>Candidates come from an inverted index from each open story's heaviest terms, actors and
 * events to the story, never from all stories; a story closes (leaves the index) when nothing has joined it
 * for the settings' window. Each candidate is scored by the cosine of the article's tf-idf vector
 * with the story's centroid, of their actor vectors and of their event vectors, weighted, times a
 * decay in the days between the article and the story. The article joins the best story scoring
 * at least the threshold, else starts one. When it also clears the threshold for another story
 * whose centroid is close to the chosen one's, the two were one story told twice and are merged.
 */
public final class StoryClusterer {

  /** How many index-sharing stories are scored, the most shared keys first. */
  static final int CANDIDATES = 12;

  /** Open stories from which a key is too common to look candidates up by. */
  static final int COMMON_KEY = 200;

  /** Closed stories are swept from the index every this many articles. */
  private static final int SWEEP_EVERY = 500;

  private final ClusteringSettings settings;
  private final TermStatistics statistics;
  private final LongSupplier newStoryId;
  private final Map<Long, OpenStory> open = new HashMap<>();
  private final Map<String, Set<Long>> postings = new HashMap<>();
  private Instant clock = Instant.MIN;
  private long assigned;

  /** Where an article went. */
  public record Assignment(Story story, boolean started, List<Long> mergedIn, double score) {}

  /**
   * @param statistics document frequencies; the caller counts each article's terms before
   *     assigning it, the clusterer counts its actors
   * @param newStoryId the id for each new story
   */
  public StoryClusterer(ClusteringSettings settings, TermStatistics statistics, LongSupplier newStoryId) {
    this.settings = settings;
    this.statistics = statistics;
    this.newStoryId = newStoryId;
  }

  /** Opens stories a previous run stored, so that new articles can join them. */
  public void reopen(Collection<Story> stories) {
    for (Story story : stories) {
      open(story, indexKeysOf(story));
      if (story.last().isAfter(clock)) {
        clock = story.last();
      }
    }
  }

  /** Assigns one article. */
  public Assignment assign(DocumentFeatures features) {
    WeightedDocument doc = WeightedDocument.of(features, statistics);
    statistics.countKeys(features.actors().keySet().stream().map(WeightedDocument::actorTerm).collect(java.util.stream.Collectors.toSet()));
    if (doc.time().isAfter(clock)) {
      clock = doc.time();
    }
    if (++assigned % SWEEP_EVERY == 0) {
      closeIdleStories();
    }

    List<Scored> passing = new ArrayList<>();
    for (OpenStory candidate : candidates(doc)) {
      double score = score(doc, candidate.story);
      if (score >= settings.threshold()) {
        passing.add(new Scored(candidate, score));
      }
    }
    if (passing.isEmpty()) {
      Story story = Story.startedBy(newStoryId.getAsLong(), doc);
      open(story, new LinkedHashSet<>(doc.indexKeys()));
      return new Assignment(story, true, List.of(), 0);
    }
    passing.sort(Comparator.comparingDouble((Scored s) -> -s.score).thenComparingLong(s -> s.open.story.id()));
    OpenStory best = passing.get(0).open;
    List<Long> merged = new ArrayList<>();
    for (Scored other : passing.subList(1, passing.size())) {
      if (similarity(best.story, other.open.story) >= settings.mergeThreshold()) {
        OpenStory kept = best.story.articles() >= other.open.story.articles() ? best : other.open;
        OpenStory gone = kept == best ? other.open : best;
        kept.story.absorb(gone.story);
        close(gone);
        addKeys(kept, gone.keys);
        merged.add(gone.story.id());
        best = kept;
      }
    }
    best.story.add(doc);
    addKeys(best, doc.indexKeys());
    return new Assignment(best.story, false, merged, passing.get(0).score);
  }

  /** The open stories in the time window sharing index keys with the article, the most shared first. */
  private List<OpenStory> candidates(WeightedDocument doc) {
    Map<Long, Integer> shared = new HashMap<>();
    for (String key : doc.indexKeys()) {
      Set<Long> ids = postings.getOrDefault(key, Set.of());
      // A key most open stories share (a superpower, "government") finds nothing in particular,
      // and scanning its list would make each article cost more the more stories are open.
      if (ids.size() <= COMMON_KEY) {
        for (long id : ids) {
          shared.merge(id, 1, Integer::sum);
        }
      }
    }
    Instant earliest = doc.time().minus(settings.window());
    Instant latest = doc.time().plus(settings.window());
    // The best CANDIDATES by shared keys (then id), kept in a heap whose head is the worst of them.
    Comparator<Map.Entry<Long, Integer>> better = Map.Entry.<Long, Integer>comparingByValue().thenComparing(Map.Entry::getKey, Comparator.reverseOrder());
    PriorityQueue<Map.Entry<Long, Integer>> best = new PriorityQueue<>(better);
    for (Map.Entry<Long, Integer> entry : shared.entrySet()) {
      Story story = open.get(entry.getKey()).story;
      if (story.last().isBefore(earliest) || story.first().isAfter(latest)) {
        continue;
      }
      if (best.size() < CANDIDATES) {
        best.add(entry);
      } else if (better.compare(entry, best.peek()) > 0) {
        best.poll();
        best.add(entry);
      }
    }
    List<Map.Entry<Long, Integer>> ranked = new ArrayList<>(best);
    ranked.sort(better.reversed());
    return ranked.stream().map(e -> open.get(e.getKey())).toList();
  }

  /**
   * The weighted mean of the term and actor cosines (the actor one only when the article has
   * actors), plus the event cosine as a bonus: few events repeat word for word across outlets,
   * so their absence must not count against a story. Times the time decay.
   */
  private double score(WeightedDocument doc, Story story) {
    // The article's vectors are unit vectors.
    double weighted = settings.termWeight() * TermVectors.cosine(doc.terms(), 1, story.terms(), story.termNorm());
    double weights = settings.termWeight();
    if (!doc.actors().isEmpty()) {
      weighted += settings.actorWeight() * TermVectors.cosine(doc.actors(), 1, story.actors(), story.actorNorm());
      weights += settings.actorWeight();
    }
    double eventBonus = settings.eventWeight() * TermVectors.cosine(doc.events(), 1, story.events(), story.eventNorm());
    return (weighted / weights + eventBonus) * decay(doc.time(), story);
  }

  /** Similarity of two stories' centroids, for the merge rule. */
  private double similarity(Story a, Story b) {
    double weights = settings.termWeight() + settings.actorWeight();
    return (settings.termWeight() * TermVectors.cosine(a.terms(), a.termNorm(), b.terms(), b.termNorm())
        + settings.actorWeight() * TermVectors.cosine(a.actors(), a.actorNorm(), b.actors(), b.actorNorm())) / weights;
  }

  /** 1 within a day of the story's span, then falling by a factor e every {@code decayDays}. */
  private double decay(Instant time, Story story) {
    Instant nearest = time.isBefore(story.first()) ? story.first() : time.isAfter(story.last()) ? story.last() : time;
    double days = Math.abs(Duration.between(nearest, time).toMinutes()) / (24 * 60.0);
    return Math.exp(-Math.max(0, days - 1) / settings.decayDays());
  }

  private void open(Story story, Set<String> keys) {
    OpenStory entry = new OpenStory(story, new HashSet<>());
    open.put(story.id(), entry);
    addKeys(entry, keys);
  }

  private void addKeys(OpenStory entry, Collection<String> keys) {
    for (String key : keys) {
      if (entry.keys.add(key)) {
        postings.computeIfAbsent(key, k -> new HashSet<>()).add(entry.story.id());
      }
    }
  }

  private void close(OpenStory entry) {
    open.remove(entry.story.id());
    for (String key : entry.keys) {
      Set<Long> ids = postings.get(key);
      if (ids != null) {
        ids.remove(entry.story.id());
        if (ids.isEmpty()) {
          postings.remove(key);
        }
      }
    }
  }

  private void closeIdleStories() {
    Instant cutoff = clock.minus(settings.window());
    for (OpenStory entry : List.copyOf(open.values())) {
      if (entry.story.last().isBefore(cutoff)) {
        close(entry);
      }
    }
  }

  /** The stories currently open, for tests and reports. */
  public int openStories() {
    return open.size();
  }

  /** A reopened story's index keys: its heaviest centroid terms, actors and events. */
  private static Set<String> indexKeysOf(Story story) {
    Set<String> keys = new LinkedHashSet<>();
    WeightedDocument.heaviest(story.terms(), WeightedDocument.INDEX_TERMS * 4).keySet().forEach(t -> keys.add("t:" + t));
    WeightedDocument.heaviest(story.actors(), WeightedDocument.INDEX_ACTORS * 4).keySet().forEach(a -> keys.add("a:" + a));
    WeightedDocument.heaviest(story.events(), WeightedDocument.INDEX_EVENTS * 4).keySet().forEach(e -> keys.add("e:" + e));
    return keys;
  }

  private record OpenStory(Story story, Set<String> keys) {}

  private record Scored(OpenStory open, double score) {}
}

