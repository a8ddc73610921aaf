package org.sitrep.events;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where an event's target is: the complement the lexicon names ("obj", "obl:with", "nmod:to"),
 * else the object or a prepositional complement that names an actor; for nouns, the first actor
 * among their dependents ("demands aimed at dismantling the Ukrainian government"). What the
 * event is about, when not an actor, is its object ("the plan").
 */
final class TargetFinder {
  private static final int NOUN_WINDOW = 10;
  private static final Set<String> RELATIVES = Set.of("that", "which", "who", "whom");
  private static final List<String> FALLBACK_PREPOSITIONS = List.of("against", "on", "with", "to", "at", "from", "toward", "towards", "for");

  /** The target actor (or null) and the object words (or null). */
  record Found(String actor, String object) {}

  private TargetFinder() {}

  static Found find(ClauseView c, int head, String spec, Set<String> sources, ActorFacts facts) {
    Optional<Integer> complement = complement(c, head, spec);
    if (complement.isEmpty() && c.isVerb(head)) {
      complement = c.child(head, "nsubj:pass"); // "the plan was rejected by Russia"
      if (complement.isPresent() && RELATIVES.contains(c.lower(complement.get())) && c.deps.relation(head).startsWith("acl")) {
        complement = Optional.of(c.deps.governor(head)); // "a deal that was proposed by ...": the deal
      }
    }
    String object = complement.filter(t -> c.actorsAt(t).isEmpty()).map(t -> c.textOf(c.phrase(t))).orElse(null);
    String actor = complement.map(t -> first(c.actorsAt(t), sources)).orElse(null);
    if (actor == null && complement.isPresent()) {
      String lemma = c.lemma(complement.get());
      if (EventCoder.memberNoun(lemma)) {
        actor = sources.stream().map(facts::organizationOf).filter(o -> o != null && !sources.contains(o)).findFirst().orElse(null);
      } else if (Proposals.NOUNS.contains(lemma) && facts.proposer() != null && !sources.contains(facts.proposer())) {
        actor = facts.proposer(); // rejecting "the proposal" targets whoever proposed it
      }
    }
    if (actor == null) {
      actor = fallback(c, head, sources);
    }
    return new Found(actor, object);
  }

  private static Optional<Integer> complement(ClauseView c, int head, String spec) {
    if (spec.equals("none")) {
      return Optional.empty();
    }
    if (spec.equals("obj") || spec.equals("iobj")) {
      return c.child(head, spec);
    }
    int colon = spec.indexOf(':');
    String relation = colon < 0 ? spec : spec.substring(0, colon);
    String preposition = colon < 0 ? "" : spec.substring(colon + 1);
    for (int child : c.children(head, relation)) {
      if (preposition.isEmpty() || c.caseOf(child).equals(preposition)) {
        return Optional.of(child);
      }
    }
    return Optional.empty();
  }

  /** An actor among the head's objects and prepositional complements, or a noun's dependents. */
  private static String fallback(ClauseView c, int head, Set<String> sources) {
    for (int child : c.deps.children(head)) {
      String r = c.deps.relation(child);
      boolean candidate = r.equals("obj") || r.equals("iobj")
          || ((r.startsWith("obl") || r.startsWith("nmod")) && !r.equals("nmod:poss") && FALLBACK_PREPOSITIONS.contains(c.caseOf(child)));
      if (candidate) {
        String a = first(c.actorsAt(child), sources);
        if (a != null) {
          return a;
        }
      }
    }
    if (c.isNoun(head)) {
      String near = nextActor(c, head, sources);
      if (near != null) {
        return near;
      }
      for (int child : c.deps.children(head)) {
        String r = c.deps.relation(child);
        if (r.equals("acl") || r.startsWith("nmod") && !r.equals("nmod:poss")) {
          String a = firstActorBelow(c, child, sources, 0);
          if (a != null) {
            return a;
          }
        }
      }
    }
    return null;
  }

  /** The first actor in the words right after an event noun: "demands aimed at dismantling the government". */
  private static String nextActor(ClauseView c, int noun, Set<String> sources) {
    for (int i = noun + 1; i < Math.min(c.size(), noun + NOUN_WINDOW); i++) {
      if (c.word(i).equals(",") || c.word(i).equals(";") || c.token(i).pos().startsWith("VBZ") || c.token(i).pos().startsWith("VBD")) {
        break;
      }
      String a = c.actorOf(i);
      if (a != null && !sources.contains(a)) {
        return a;
      }
    }
    return null;
  }

  private static String firstActorBelow(ClauseView c, int token, Set<String> sources, int depth) {
    String a = first(c.actorsAt(token), sources);
    if (a != null || depth > 3) {
      return a;
    }
    for (int child : c.deps.children(token)) {
      a = firstActorBelow(c, child, sources, depth + 1);
      if (a != null) {
        return a;
      }
    }
    return null;
  }

  private static String first(Set<String> actors, Set<String> exclude) {
    return actors.stream().filter(a -> !exclude.contains(a)).findFirst().orElse(null);
  }
}
