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
  private static final Set<String> REQUEST_NOUNS = Set.of("call", "appeal", "request", "demand", "plea", "ultimatum", "offer", "invitation");
  private static final Set<String> RELATIVES = Set.of("that", "which", "who", "whom");
  private static final Set<String> LOCATIVES = Set.of("in", "into", "inside", "throughout", "across", "within");
  /** "in defiance of X", "in protest at X", "in retaliation for X": the act answers X. */
  private static final Set<String> STANCE_NOUNS = Set.of("defiance", "protest", "retaliation", "response", "reprisal", "solidarity", "support", "opposition");
  /** "despite Israel's wish": what the act goes ahead in spite of is not whom it acts on. */
  private static final Set<String> CONCESSIVE = Set.of("despite", "notwithstanding");
  private static final List<String> FALLBACK_PREPOSITIONS = List.of("against", "on", "with", "to", "at", "from", "toward", "towards", "for");

  /**
   * The target actors (one event each: "detained soldiers and judges"), first of them as {@code
   * actor}, and the object words (or null).
   */
  record Found(List<String> actors, String object) {
    String actor() {
      return actors.isEmpty() ? null : actors.get(0);
    }
  }

  private TargetFinder() {}

  /**
   * "Syria offered its troops to Lebanon", "Israel strengthened its forces": the source's own
   * forces or officials, named through its possessive, are what it acts with, not whom it acts on.
   */
  private static boolean ownInstrument(ClauseView c, int noun, Set<String> sources, ActorFacts facts) {
    boolean possessed = c.children(noun, "nmod:poss").stream().anyMatch(p -> c.token(p).pos().equals("PRP$"));
    Set<String> actors = c.actorsAt(noun);
    return possessed && !actors.isEmpty() && actors.stream().allMatch(a -> sources.stream().anyMatch(src -> src.equals(a) || facts.sameSide(src, a)));
  }

  /** "at Lukashenko's request": what occasioned the act, whose asker is no target of it. */
  private static boolean occasion(ClauseView c, int token) {
    return REQUEST_NOUNS.contains(c.lemma(token)) && c.caseOf(token).equals("at");
  }

  /**
   * "declined to resign despite pressure from the commission": what is done despite a demand
   * answers whoever made it, unlike what is done despite an objection.
   */
  private static boolean pressing(ClauseView c, int noun) {
    return noun >= 0 && (REQUEST_NOUNS.contains(c.lemma(noun)) || c.lemma(noun).equals("pressure"));
  }

  /** Nouns that name a request or appeal: "the call", "his appeal", "the demand". */
  static boolean isRequestNoun(String lemma) {
    return REQUEST_NOUNS.contains(lemma);
  }

  /**
   * @param objectIsInstrument whether the head's object is what the source acts with, never whom
   *     it acts on ("deployed troops", "formed a reserve of police officers")
   */
  static Found find(ClauseView c, int head, String spec, Set<String> sources, ActorFacts facts, boolean objectIsInstrument) {
    Optional<Integer> complement = complement(c, head, spec);
    if (complement.isEmpty() && c.isVerb(head)) {
      complement = c.passiveSubject(head); // "the plan was rejected by Russia"
    }
    if (complement.isPresent() && c.isVerb(head) && RELATIVES.contains(c.lower(complement.get())) && c.deps.relation(head).startsWith("acl")) {
      // "a deal that was proposed by ...": the deal; "Gülen, a cleric whom the government accuses": Gülen
      int antecedent = c.deps.governor(head);
      if (c.actorsAt(antecedent).isEmpty() && c.deps.relation(antecedent).equals("appos")) {
        antecedent = c.deps.governor(antecedent);
      }
      complement = Optional.of(antecedent);
    }
    complement = complement.filter(t -> !ownInstrument(c, t, sources, facts));
    String object = complement.filter(t -> c.actorsAt(t).isEmpty()).map(t -> c.textOf(c.phrase(t))).orElse(null);
    List<String> all = complement.map(t -> c.actorsAt(t).stream().filter(a -> !sources.contains(a)).toList()).orElse(List.of());
    if (all.size() > 1) {
      return new Found(all, object);
    }
    String actor = all.isEmpty() ? null : all.get(0);
    if (actor == null && complement.isPresent() && c.isNoun(complement.get())) {
      // "investigating crimes by Croatian extremists against Serb civilians": an act judged is
      // aimed at whoever did it, not at whom it was done to
      List<String> doers = c.children(complement.get(), "nmod").stream().filter(n -> c.caseOf(n).equals("by"))
          .flatMap(n -> c.actorsAt(n).stream()).filter(a -> !sources.contains(a)).toList();
      if (!doers.isEmpty()) {
        return new Found(doers, object);
      }
    }
    if (actor == null && complement.isPresent()) {
      String lemma = c.lemma(complement.get());
      if (EventCoder.memberNoun(lemma)) {
        actor = sources.stream().map(facts::organizationOf).filter(o -> o != null && !sources.contains(o)).findFirst().orElse(null);
      } else if (Proposals.NOUNS.contains(lemma) && facts.proposer() != null && !sources.contains(facts.proposer())) {
        actor = facts.proposer(); // rejecting "the proposal" targets whoever proposed it
      } else if (REQUEST_NOUNS.contains(lemma) && facts.asker() != null && !sources.contains(facts.asker())) {
        actor = facts.asker(); // "dismissed the call" answers whoever made it
      } else if (c.isDefinite(complement.get()) && facts.doerOf(lemma) != null && !sources.contains(facts.doerOf(lemma))) {
        actor = facts.doerOf(lemma); // "welcomed the pause": whoever paused, told before
      }
    }
    if (actor == null && c.isNoun(head) && c.deps.relation(head).startsWith("obl") && occasion(c, head)) {
      // "formed a reserve at Lukashenko's request": the request was made to whoever acted on it
      int acted = c.deps.governor(head);
      actor = first(c.subjectActors(acted), sources);
    }
    if (actor == null) {
      return new Found(fallback(c, head, sources, facts, objectIsInstrument), object);
    }
    return new Found(List.of(actor), object);
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
    // "obl:about|over": any of the prepositions, in the order given
    List<String> prepositions = colon < 0 ? List.of("") : List.of(spec.substring(colon + 1).split("\\|"));
    for (String preposition : prepositions) {
      for (int child : c.children(head, relation)) {
        if (preposition.isEmpty() || c.caseOf(child).equals(preposition)) {
          return Optional.of(child);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * An actor among the head's objects and prepositional complements, or a noun's dependents; else
   * the nearest actor down its complements ("agreed to provide aid for Romania", "demanded that
   * the US cancel ...", "offered to hand over to Britain"), breadth first, never in its subject.
   */
  private static List<String> fallback(ClauseView c, int head, Set<String> sources, ActorFacts facts, boolean objectIsInstrument) {
    List<String> direct = directFallback(c, head, sources, facts, objectIsInstrument);
    if (!direct.isEmpty()) {
      return direct;
    }
    List<String> below = downComplements(c, head, sources, facts, objectIsInstrument);
    if (!below.isEmpty()) {
      return below;
    }
    // the parse may have lost the object: the first actor right after the verb
    String next = c.isVerb(head) && !objectIsInstrument ? nextActor(c, head, sources) : null;
    if (next != null) {
      return List.of(next);
    }
    int carrier = c.deps.governor(head);
    boolean carried = c.isNoun(head) && carrier >= 0 && c.isVerb(carrier) && c.deps.relation(head).startsWith("obl");
    // "arrived in Amman on a visit": a carried event noun happens where its verb does
    String place = countryWhere(c, carried ? carrier : head, sources, facts, 0);
    return place == null ? List.of() : List.of(place);
  }

  /**
   * Last, the country where the act happens, which it befalls when no one else is named:
   * "reimposed blockades in the West Bank", "strengthened its forces in Lebanon", "threatened a
   * curfew in Algiers". Found in the head's locative complements, or their own, a few levels down.
   */
  private static String countryWhere(ClauseView c, int token, Set<String> sources, ActorFacts facts, int depth) {
    for (int child : c.deps.children(token)) {
      String r = c.deps.relation(child);
      if ((r.startsWith("obl") || r.startsWith("nmod")) && LOCATIVES.contains(c.caseOf(child))) {
        String country = c.actorsAt(child).stream().filter(a -> !sources.contains(a) && facts.isCountry(a)).findFirst().orElse(null);
        if (country != null) {
          return country;
        }
      }
    }
    if (depth >= 2) {
      return null;
    }
    for (int child : c.deps.children(token)) {
      String r = c.deps.relation(child);
      boolean down = r.equals("obj") || r.equals("xcomp") || r.equals("conj") || r.startsWith("acl") || r.startsWith("obl") || r.startsWith("nmod") && !r.equals("nmod:poss");
      // not into what the act is for: "mobilised reservists for the war in Ukraine" happens in
      // Russia; but what a call is for is what it asks ("a call for troops to be deployed in ...")
      boolean purpose = c.caseOf(child).equals("for") && !REQUEST_NOUNS.contains(c.lemma(token));
      if (down && !purpose) {
        String found = countryWhere(c, child, sources, facts, depth + 1);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /**
   * Deep in the complements, an actor of the source's own side is not its target:
   * "Putin warned that Russia could use ...".
   */
  private static List<String> downComplements(ClauseView c, int head, Set<String> sources, ActorFacts facts, boolean objectIsInstrument) {
    java.util.ArrayDeque<int[]> queue = new java.util.ArrayDeque<>();
    queue.add(new int[] {head, 0});
    while (!queue.isEmpty()) {
      int[] next = queue.poll();
      for (int child : c.deps.children(next[0])) {
        String r = c.deps.relation(child);
        boolean down = r.equals("obj") || r.equals("iobj") || r.equals("xcomp") || r.equals("ccomp") || r.startsWith("obl") || r.startsWith("nmod")
            || (next[1] > 0 && (r.equals("nsubj") || r.equals("nsubj:pass") || r.equals("conj")));
        boolean instrument = objectIsInstrument && next[1] == 0 && (r.equals("obj") || r.equals("iobj"));
        if (!down || instrument || r.equals("nmod:poss") && next[1] == 0 || occasion(c, child) || CONCESSIVE.contains(c.caseOf(child)) && !pressing(c, child)) {
          continue;
        }
        // each conjunct: "retaliate against American and British interests"
        List<String> found = c.actorsAt(child).stream()
            .filter(a -> !sources.contains(a) && sources.stream().noneMatch(src -> facts.sameSide(src, a))).toList();
        if (!found.isEmpty()) {
          return found;
        }
        if (next[1] < 3) {
          queue.add(new int[] {child, next[1] + 1});
        }
      }
    }
    return List.of();
  }

  /** The actors of the first object or complement that names some, each of its conjuncts ("to the United States and Australia"). */
  private static List<String> directFallback(ClauseView c, int head, Set<String> sources, ActorFacts facts, boolean objectIsInstrument) {
    for (int child : c.deps.children(head)) {
      String r = c.deps.relation(child);
      boolean candidate = (r.equals("obj") || r.equals("iobj")) && !objectIsInstrument
          || ((r.startsWith("obl") || r.startsWith("nmod")) && !r.equals("nmod:poss") && FALLBACK_PREPOSITIONS.contains(c.caseOf(child)));
      if ((r.startsWith("obl") || r.startsWith("nmod")) && c.caseOf(child).equals("in") && STANCE_NOUNS.contains(c.lemma(child))) {
        // "blocked streets in defiance of Chinese authorities", "in retaliation for Israel's raid"
        String a = firstActorBelow(c, child, sources, 0);
        if (a != null) {
          return List.of(a);
        }
      }
      if (candidate && !occasion(c, child) && !ownInstrument(c, child, sources, facts)) {
        List<String> found = c.actorsAt(child).stream().filter(a -> !sources.contains(a)).toList();
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    if (c.isNoun(head)) {
      String near = nextActor(c, head, sources);
      if (near != null) {
        return List.of(near);
      }
      for (int child : c.deps.children(head)) {
        String r = c.deps.relation(child);
        if (r.equals("acl") || r.startsWith("nmod") && !r.equals("nmod:poss")) {
          String a = firstActorBelow(c, child, sources, 0);
          if (a != null) {
            return List.of(a);
          }
        }
      }
    }
    return List.of();
  }

  /** The first actor in the words right after an event noun: "demands aimed at dismantling the government". */
  private static String nextActor(ClauseView c, int noun, Set<String> sources) {
    for (int i = noun + 1; i < Math.min(c.size(), noun + NOUN_WINDOW); i++) {
      boolean concession = CONCESSIVE.contains(c.lower(i)) && !pressing(c, c.deps.governor(i));
      if (c.word(i).equals(",") || c.word(i).equals(";") || c.token(i).pos().startsWith("VBZ") || c.token(i).pos().startsWith("VBD") || concession) {
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
