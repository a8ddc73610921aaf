package org.sitrep.corpus;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.sitrep.brief.TermVectors;

/**
 * A story as the clusterer holds it: when it was first and last seen, how many articles it has,
 * and the centroids of its articles' term, actor and event vectors (sums of unit vectors, the
 * term centroid capped to its heaviest terms so that a long story stays cheap to score).
 */
public final class Story {

  /** The terms a story's centroid keeps. */
  static final int CENTROID_TERMS = 300;

  private final long id;
  private Instant first;
  private Instant last;
  private int articles;
  private final Map<String, Double> terms;
  private final Map<String, Double> actors;
  private final Map<String, Double> events;
  /** The centroids' norms, computed when first needed after a change: scoring reads them for every candidate. */
  private double termNorm = -1;
  private double actorNorm = -1;
  private double eventNorm = -1;

  Story(long id, Instant first, Instant last, int articles, Map<String, Double> terms, Map<String, Double> actors, Map<String, Double> events) {
    this.id = id;
    this.first = first;
    this.last = last;
    this.articles = articles;
    this.terms = new HashMap<>(terms);
    this.actors = new HashMap<>(actors);
    this.events = new HashMap<>(events);
  }

  /** A new story of one article. */
  static Story startedBy(long id, WeightedDocument doc) {
    Story story = new Story(id, doc.time(), doc.time(), 0, Map.of(), Map.of(), Map.of());
    story.add(doc);
    return story;
  }

  void add(WeightedDocument doc) {
    changed();
    articles++;
    widen(doc.time(), doc.time());
    addTo(terms, doc.terms());
    addTo(actors, doc.actors());
    addTo(events, doc.events());
    capTerms();
  }

  /** Takes in every article of {@code other} (the merge of two stories that turned out to be one). */
  void absorb(Story other) {
    changed();
    articles += other.articles;
    widen(other.first, other.last);
    addTo(terms, other.terms);
    addTo(actors, other.actors);
    addTo(events, other.events);
    capTerms();
  }

  private static void addTo(Map<String, Double> sum, Map<String, Double> vector) {
    vector.forEach((key, weight) -> sum.merge(key, weight, Double::sum));
  }

  private void changed() {
    termNorm = -1;
    actorNorm = -1;
    eventNorm = -1;
  }

  double termNorm() {
    if (termNorm < 0) {
      termNorm = TermVectors.norm(terms);
    }
    return termNorm;
  }

  double actorNorm() {
    if (actorNorm < 0) {
      actorNorm = TermVectors.norm(actors);
    }
    return actorNorm;
  }

  double eventNorm() {
    if (eventNorm < 0) {
      eventNorm = TermVectors.norm(events);
    }
    return eventNorm;
  }

  private void widen(Instant from, Instant to) {
    if (from.isBefore(first)) {
      first = from;
    }
    if (to.isAfter(last)) {
      last = to;
    }
  }

  private void capTerms() {
    if (terms.size() <= CENTROID_TERMS * 2) {
      return;
    }
    // Trimming only at twice the cap keeps the sort rare.
    terms.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .limit(terms.size() - CENTROID_TERMS)
        .map(Map.Entry::getKey)
        .toList()
        .forEach(terms::remove);
  }

  public long id() {
    return id;
  }

  public Instant first() {
    return first;
  }

  public Instant last() {
    return last;
  }

  public int articles() {
    return articles;
  }

  Map<String, Double> terms() {
    return terms;
  }

  Map<String, Double> actors() {
    return actors;
  }

  Map<String, Double> events() {
    return events;
  }

  /** The state to store, and to load into a later run's clusterer. */
  public StoryState state() {
    return new StoryState(id, first.getEpochSecond(), last.getEpochSecond(), articles, Map.copyOf(terms), Map.copyOf(actors), Map.copyOf(events));
  }

  /** The story a stored state describes. */
  public static Story of(StoryState state) {
    return new Story(state.id(), Instant.ofEpochSecond(state.firstSecond()), Instant.ofEpochSecond(state.lastSecond()), state.articles(), state.terms(), state.actors(), state.events());
  }

  /** A story's stored state, times in epoch seconds. */
  public record StoryState(
      long id, long firstSecond, long lastSecond, int articles, Map<String, Double> terms, Map<String, Double> actors, Map<String, Double> events) {}
}
