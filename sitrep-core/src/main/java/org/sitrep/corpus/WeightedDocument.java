package org.sitrep.corpus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.brief.TermVectors;

/**
 * An article's features as unit vectors: terms and actors weighted by sublinear tf-idf, terms cut
 * to the {@value #TERMS} heaviest, events by sublinear counts.
 *
 * @param indexKeys the keys the article is looked up by: its heaviest terms and actors, and its events
 */
record WeightedDocument(
    Map<String, Double> terms, Map<String, Double> actors, Map<String, Double> events, List<String> indexKeys, Instant time) {

  static final int TERMS = 150;
  static final int INDEX_TERMS = 20;
  static final int INDEX_ACTORS = 10;
  static final int INDEX_EVENTS = 10;

  static WeightedDocument of(DocumentFeatures features, TermStatistics statistics) {
    Map<String, Double> terms = new HashMap<>();
    features.terms().forEach((term, tf) -> terms.put(term, (1 + Math.log(tf)) * statistics.idf(term)));
    Map<String, Double> topTerms = heaviest(terms, TERMS);
    Map<String, Double> actors = new HashMap<>();
    features.actors().forEach((actor, n) -> actors.put(actor, (1 + Math.log(n)) * statistics.idf(actorTerm(actor))));
    List<String> keys = new ArrayList<>();
    heaviest(topTerms, INDEX_TERMS).keySet().forEach(t -> keys.add("t:" + t));
    heaviest(actors, INDEX_ACTORS).keySet().forEach(a -> keys.add("a:" + a));
    features.events().keySet().stream().sorted().limit(INDEX_EVENTS).forEach(e -> keys.add("e:" + e));
    return new WeightedDocument(unit(topTerms), unit(actors), unit(sublinear(features.events())), List.copyOf(keys), features.time());
  }

  /** How an actor key is counted among the document frequencies. */
  static String actorTerm(String actorKey) {
    return "@" + actorKey;
  }

  private static Map<String, Double> sublinear(Map<String, Integer> counts) {
    Map<String, Double> weights = new HashMap<>();
    counts.forEach((key, n) -> weights.put(key, 1 + Math.log(n)));
    return weights;
  }

  /** The {@code n} heaviest entries, ties broken by key so that results do not depend on map order. */
  static Map<String, Double> heaviest(Map<String, Double> weights, int n) {
    Map<String, Double> top = new HashMap<>();
    weights.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(n)
        .forEach(e -> top.put(e.getKey(), e.getValue()));
    return top;
  }

  private static Map<String, Double> unit(Map<String, Double> vector) {
    double norm = TermVectors.norm(vector);
    Map<String, Double> unit = new HashMap<>();
    vector.forEach((k, w) -> unit.put(k, w / norm));
    return unit;
  }
}
