package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Codes the events of one sentence from its dependency parse and the event lexicon.
 *
 * <ul>
 *   <li>Verbs: "Russia rejected the plan"; passives take their source from the "by" agent ("was
 *       rejected by Russia"); a verb without a subject takes its clause's ("agreed to meet and
 *       to ...") or, after "urge"/"ask", the object's ("urged members to prepare").
 *   <li>Nouns: "Putin's refusal", "Lavrov's opposition to the plan", "the proposal by Trump's
 *       team"; without a possessor, the subject of the clause they belong to ("Lavrov expressed
 *       opposition to ...").
 *   <li>Coordinated subjects give one event each ("Russia and China condemned ...").
 *   <li>Accusations and demands made as statements ({@link StatementCoder}).
 *   <li>"warned members to prepare" urges, not threatens: a threat verb with an object and an
 *       infinitive is a REQUEST.
 * </ul>
 *
 * Certainty and attribution come from {@link CertaintyReader}. An event needs a source or a
 * target, and never has the same actor as both.
 */
final class EventCoder {
  private static final String APPEAL = "020";
  private static final String PHONE_CALL = "041";
  private static final String OBJECT_SENSE = "obj=";
  private static final String CARRIER_SENSE = "via=";
  /** Measures whose "of" phrase says what the object is: "700 kg of medicine". */
  private static final Set<String> MEASURES = Set.of("kg", "kilogram", "ton", "tonne", "pound", "litre", "liter", "gallon", "worth", "load",
      "truckload", "shipload", "consignment", "shipment", "batch", "million", "billion", "amount", "quantity");
  private static final String INTENT_TO_COOPERATE = "030";
  private static final String THREAT = "130";
  /** Material conflict: what a pledge to do makes a threat. */
  private static final Set<String> CONFLICT_TYPES = Set.of("ASSAULT", "COERCE", "SANCTION", "MOBILIZE");
  private static final Set<String> FUTURE = Set.of("will", "would", "'ll", "shall");
  private static final Set<String> POSSIBLE = Set.of("may", "might", "could");
  /** Conflict verbs whose coordinated subjects act on each other. */
  private static final Set<String> RECIPROCAL = Set.of("clash", "exchange", "fight", "battle", "skirmish", "work");
  private static final String REFUSAL = "120";
  private static final Set<String> WILLING = Set.of("willing", "ready", "prepared", "eager", "determined");

  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
  /** Nouns that name an organisation's members as targets: "urged members to ...". */
  private static final Set<String> MEMBER_NOUNS = Set.of("member", "ally", "partner", "state");

  /** How far up a noun event looks for whose it is: "his unwillingness to compromise on previous demands". */
  private static final int NOUN_CLIMB = 4;
  private static final int POSSESSIVE_WINDOW = 8;
  /** Prepositions through which a light verb carries an event noun: "engaged in fighting", "arrived on a visit". */
  private static final Set<String> CARRYING_PREPOSITIONS = Set.of("in", "on");

  private final EventLexicon lexicon = EventLexicon.get();
  private final CameoBook book = CameoBook.get();
  private final CertaintyCues cues = CertaintyCues.get();
  private final StatementCoder statements = new StatementCoder();

  /** An event before ids are given. */
  record Coded(CameoBook.Code code, String source, String target, String object, int trigger, CertaintyReader.Reading reading, boolean negated, double confidence) {}

  List<Coded> code(ClauseView c, ActorFacts facts) {
    List<Coded> events = new ArrayList<>();
    CertaintyReader certainty = new CertaintyReader(c);
    for (int i = 0; i < c.size(); i++) {
      Optional<EventLexicon.Entry> entry = c.isVerb(i) ? sense(c, i, lexicon.verb(c.lemma(i))) : c.isNoun(i) ? sense(c, i, nounSenses(c, i)) : Optional.empty();
      if (entry.isPresent()) {
        codeAt(c, facts, i, entry.get(), certainty, events);
      }
      if (c.isVerb(i)) {
        statements.code(c, i, certainty, events);
      }
    }
    return withoutEchoes(events);
  }

  /**
   * One sentence often names one act twice ("struck ... in strikes that ..."): an event with no
   * target is dropped when the sentence has the same type of event by the same source with one.
   */
  private static List<Coded> withoutEchoes(List<Coded> events) {
    List<Coded> kept = new ArrayList<>(events.size());
    for (Coded e : events) {
      boolean echo = e.target() == null && events.stream().anyMatch(o -> o != e && o.target() != null
          && o.code().plover().equals(e.code().plover()) && java.util.Objects.equals(o.source(), e.source()));
      if (!echo) {
        kept.add(e);
      }
    }
    return kept;
  }

  /** The senses of a noun, a two-word one first: "hunger strike" before "strike". */
  private List<EventLexicon.Entry> nounSenses(ClauseView c, int noun) {
    if (noun > 0 && c.deps.relation(noun - 1).equals("compound") || noun > 0 && c.deps.relation(noun - 1).equals("amod")) {
      List<EventLexicon.Entry> two = lexicon.noun(c.lemma(noun - 1) + " " + c.lemma(noun));
      if (!two.isEmpty()) {
        return two;
      }
    }
    return lexicon.noun(c.lemma(noun));
  }

  /** The sense whose particle the word has; else the sense that needs none. */
  /** What a measure counts: "700 kg of medicine" is medicine, "25,000 tons of food aid" aid. */
  private static int measured(ClauseView c, int object) {
    if (!MEASURES.contains(c.lemma(object))) {
      return object;
    }
    for (int child : c.deps.children(object)) {
      if (c.deps.relation(child).startsWith("nmod") && c.caseOf(child).equals("of")) {
        return child;
      }
    }
    return object;
  }

  private Optional<EventLexicon.Entry> sense(ClauseView c, int i, List<EventLexicon.Entry> entries) {
    EventLexicon.Entry plain = null;
    for (EventLexicon.Entry e : entries) {
      if (e.particle().isEmpty()) {
        plain = plain == null ? e : plain;
      } else if (hasParticle(c, i, e.particle())) {
        return Optional.of(e);
      }
    }
    return Optional.ofNullable(plain);
  }

  private static boolean hasParticle(ClauseView c, int head, String particle) {
    if (particle.contains("&")) {
      // "off&obj=strike": the particle and the object both ("called off the strike")
      for (String part : particle.split("&")) {
        if (!hasParticle(c, head, part)) {
          return false;
        }
      }
      return true;
    }
    if (particle.startsWith(CARRIER_SENSE)) {
      // "via=lodge|file": the light verb carrying the noun decides ("lodged a protest" complains officially)
      Set<String> carriers = Set.of(particle.substring(CARRIER_SENSE.length()).split("\\|"));
      int governor = c.deps.governor(head);
      // "began collecting signatures": the parse may make the carrier's participle a modifier
      boolean modifier = c.children(head, "amod").stream().anyMatch(m -> c.token(m).pos().equals("VBG") && carriers.contains(c.lemma(m)));
      return modifier || governor >= 0 && c.deps.relation(head).equals("obj") && carriers.contains(c.lemma(governor));
    }
    if (particle.startsWith(OBJECT_SENSE)) {
      // "obj=road|street": the sense its object decides ("blocked roads" obstructs passage)
      Set<String> objects = Set.of(particle.substring(OBJECT_SENSE.length()).split("\\|"));
      return c.child(head, "obj").map(o -> objects.contains(c.lemma(measured(c, o)))).orElse(false);
    }
    List<Integer> candidates = new ArrayList<>(c.deps.children(head));
    // "shared evidence with the U.S.": the parse may hang the preposition's phrase off the object;
    // "held exercises with U.S. forces": or off the light verb carrying an event noun
    c.child(head, "obj").ifPresent(o -> candidates.addAll(c.deps.children(o)));
    int governor = c.deps.governor(head);
    if (c.isNoun(head) && governor >= 0 && c.deps.relation(head).equals("obj") && CertaintyCues.get().isLightVerb(c.lemma(governor))) {
      candidates.addAll(c.deps.children(governor));
    }
    for (int child : candidates) {
      String r = c.deps.relation(child);
      if (r.equals("compound:prt") && c.lower(child).equals(particle)) {
        return true;
      }
      // after the word: "With the memorandum signed, X agreed" opens with an adverbial, not "agree with"
      if ((r.startsWith("obl") || r.startsWith("nmod") || r.equals("xcomp") || r.equals("advcl") || r.equals("ccomp")) && c.caseOf(child).equals(particle) && child > head) {
        return true;
      }
    }
    return false;
  }

  private void codeAt(ClauseView c, ActorFacts facts, int i, EventLexicon.Entry entry, CertaintyReader certainty, List<Coded> out) {
    if (c.isVerb(i) && cues.cue("intent", c.lemma(i)) != null && c.child(i, "xcomp").isPresent()) {
      return; // "seeks to shift", "plans to impose": intent, which hedges the infinitive's event
    }
    if (c.isVerb(i) && entry.cameo().equals(PHONE_CALL) && naming(c, i)) {
      return; // "called the incident an accident": naming, not a phone call
    }
    if (c.isVerb(i) && askedOrRefused(c, i)) {
      return; // "urged Russia to release the crews", "refused to hold talks": the demand or refusal is the event
    }
    if (c.isVerb(i) && cues.isLightVerb(c.lemma(i)) && c.child(i, "obj").filter(o -> !nounSenses(c, o).isEmpty()).isPresent()) {
      return; // "imposed sanctions": the noun is the event, the verb only carries it
    }
    String cameo = entry.cameo();
    if (cameo.startsWith("13") && c.child(i, "obj").isPresent() && c.child(i, "xcomp").isPresent()) {
      cameo = APPEAL; // "warned members to prepare" urges them
    }
    int targetHead = i;
    String targetSpec = entry.target();
    Optional<Integer> pledged = c.isVerb(i) && cues.cue("commit", c.lemma(i)) != null ? c.child(i, "xcomp") : Optional.empty();
    Optional<EventLexicon.Entry> force = pledged.flatMap(x -> lexicon.verb(c.lemma(x)).stream()
        .filter(e -> book.code(e.cameo()).map(CameoBook.Code::plover).filter(CONFLICT_TYPES::contains).isPresent()).findFirst());
    if (cameo.startsWith("03") && force.isPresent()) {
      // "vowed to fight on", "swore to retaliate": a pledge of force is a threat, against whomever
      // the force is
      cameo = THREAT;
      targetHead = pledged.get();
      targetSpec = force.get().target();
    }
    Optional<CameoBook.Code> code = book.code(cameo);
    if (code.isEmpty() || code.get().plover() == null) {
      return;
    }
    Set<String> sources = sourcesOf(c, i);
    if (c.isNoun(i) && sources.isEmpty()) {
      return; // an event noun nobody is said to own is a topic ("the deal", "hostilities"), not an event
    }
    // a force posture (15) is shown with what it moves, towards whom it is directed
    TargetFinder.Found target = TargetFinder.find(c, targetHead, targetSpec, sources, facts, code.get().code().startsWith("15"));
    if (target.actors().isEmpty() && code.get().plover().equals("REJECT") && facts.askee() != null
        && sources.stream().anyMatch(src -> src.equals(facts.askee()) || facts.sameSide(src, facts.askee())) && !sources.contains(facts.asker())) {
      // "The opposition demanded his resignation. Pashinyan refused to step down.": a refusal with
      // no one named answers the latest demand made of its source (or of its state: Kerry for the US)
      target = new TargetFinder.Found(List.of(facts.asker()), target.object());
    }
    if (sources.isEmpty() && target.actor() == null) {
      return;
    }
    CertaintyReader.Reading reading = certainty.read(i);
    boolean negated = negated(c, i);
    if (insideObligation(c, i)) {
      return; // "Sudan must return the helicopter" is the speaker's demand, coded on the speaker
    }
    boolean cooperative = code.get().quadClass() <= 2;
    // "plans to impose restrictions": a noun's intent is announced on the light verb carrying it
    int carrier = c.isVerb(i) ? i : carrierOf(c, i);
    if (carrier >= 0 && announcesIntent(c, carrier)) {
      // "Syria says it is willing to withdraw": the statement is an intent to cooperate (03) or a
      // threat (13), which happened; "will not accept" refuses (12). The announced act itself is
      // coded too, as hypothetical (unless it is refused).
      Optional<CameoBook.Code> intent = book.code(negated && cooperative ? REFUSAL : cooperative && !conditional(c, carrier) ? INTENT_TO_COOPERATE : THREAT);
      CertaintyReader.Reading asserted = new CertaintyReader.Reading(Certainty.ASSERTED, reading.speaker(), reading.cue());
      int report = c.reportedBy(carrier);
      boolean warned = report >= 0 && senses(c, report).anyMatch(type -> type.equals("THREATEN")) && intent.orElseThrow().plover().equals("THREATEN");
      if (!warned) { // "the EU warned that it would suspend ...": the warning is the threat, coded once
        emit(c, i, intent.orElseThrow(), sources, target, asserted, false, cooperative, out);
      }
      if (negated) {
        return;
      }
      reading = new CertaintyReader.Reading(CertaintyCues.stronger(reading.certainty(), Certainty.HYPOTHETICAL), reading.speaker(), reading.cue());
    } else if (negated && cooperative && failsOrRefuses(c, i)) {
      code = book.code(REFUSAL);
      negated = false;
    }
    emit(c, i, code.get(), sources, target, reading, negated, cooperative, out);
  }

  /** The light verb whose object an event noun is ("impose" for "impose restrictions"), or -1. */
  private int carrierOf(ClauseView c, int noun) {
    int governor = c.deps.governor(noun);
    return governor >= 0 && c.deps.relation(noun).equals("obj") && cues.isLightVerb(c.lemma(governor)) ? governor : -1;
  }

  /** One event per source and target; coordinated sources of a reciprocal act code both ways. */
  private void emit(ClauseView c, int i, CameoBook.Code code, Set<String> sources, TargetFinder.Found target,
      CertaintyReader.Reading reading, boolean negated, boolean cooperative, List<Coded> out) {
    double confidence = sources.isEmpty() ? 0.5 : 0.8;
    List<String> targets = target.actors();
    boolean reciprocal = RECIPROCAL.contains(c.lemma(i));
    if (sources.size() > 1 && (reciprocal || targets.isEmpty() && cooperative)) {
      // "India and China agreed to ...", "Hezbollah and Israeli troops exchanged fire": each side
      // acts towards the other
      for (String source : sources) {
        for (String other : sources) {
          if (!other.equals(source)) {
            out.add(new Coded(code, source, other, target.object(), i, reading, negated, confidence));
          }
        }
      }
      return;
    }
    for (String source : sources.isEmpty() ? java.util.Collections.<String>singleton(null) : sources) {
      for (String t : targets.isEmpty() ? java.util.Collections.<String>singletonList(null) : targets) {
        String tt = t != null && t.equals(source) ? null : t;
        if (source != null || tt != null) {
          out.add(new Coded(code, source, tt, target.object(), i, reading, negated, confidence));
        }
      }
    }
  }

  /**
   * Whether an event is announced as an intent: a future in the main clause or a reported one
   * ("Finland will give", "Syria said it will withdraw"), or after "willing/ready/prepared to".
   */
  private boolean announcesIntent(ClauseView c, int verb) {
    // "may halt mediation if cooperation founders": a possibility the actor makes conditional is
    // announced as much as a future is
    boolean future = c.children(verb, "aux").stream().map(c::lower).anyMatch(a -> FUTURE.contains(a) || POSSIBLE.contains(a) && conditional(c, verb));
    String relation = c.deps.relation(verb);
    if (future) {
      return relation.equals("root") || c.reportedBy(verb) >= 0;
    }
    int governor = c.deps.governor(verb);
    return relation.equals("xcomp") && governor >= 0 && (WILLING.contains(c.lemma(governor)) || cues.cue("intent", c.lemma(governor)) != null);
  }

  /** "will withdraw ... unless", "may halt mediation if": a conditional intent is a threat. */
  private static boolean conditional(ClauseView c, int verb) {
    for (int child : c.children(verb, "advcl")) {
      String mark = c.caseOf(child);
      if (mark.equals("unless") || mark.equals("if")) {
        return true;
      }
    }
    return false;
  }

  private static boolean insideObligation(ClauseView c, int verb) {
    return c.isVerb(verb) && StatementCoder.obliges(c, verb) && c.deps.relation(verb).equals("ccomp");
  }

  /** A negated cooperation that is a refusal: "will not accept", "did not agree". */
  private static boolean failsOrRefuses(ClauseView c, int verb) {
    return c.children(verb, "aux").stream().map(c::lower).anyMatch(a -> FUTURE.contains(a) || a.equals("did") || a.equals("does") || a.equals("do"));
  }



  private Set<String> sourcesOf(ClauseView c, int i) {
    return c.isNoun(i) ? nounSources(c, i) : c.subjectActors(i);
  }

  /**
   * Whose an event noun is: its possessor or "by" agent ("Putin's refusal", "the proposal by
   * Trump's team"); the subject of a light verb carrying it ("Lavrov expressed opposition"); or a
   * possessor up the noun phrase it belongs to ("his unwillingness to compromise on previous
   * demands"). A noun that is another event's object ("dismissed the proposals") owns nothing.
   */
  private Set<String> nounSources(ClauseView c, int noun) {
    int above = c.deps.governor(noun);
    if (above >= 0 && c.deps.relation(noun).equals("obj") && c.isVerb(above) && answersOrAsks(c, above, noun)) {
      return Set.of(); // "demanded Pashinyan's resignation", "dismissed his appeal": asked for, or told before
    }
    int current = noun;
    for (int climb = 0; climb <= NOUN_CLIMB && current >= 0; climb++) {
      for (int child : c.deps.children(current)) {
        String r = c.deps.relation(child);
        boolean owner = r.equals("nmod:poss") || (climb == 0 && (r.equals("compound") || r.equals("amod")))
            || (r.startsWith("nmod") && c.caseOf(child).equals("by"));
        if (owner && !c.actorsAt(child).isEmpty()) {
          return c.actorsAt(child);
        }
        if (climb == 0 && r.equals("nmod:poss") && c.token(child).pos().equals("PRP$")) {
          // "Bosnian Serbs said their forces had completed their withdrawal": a possessive no
          // actor explains, in reported speech, is the speaker's, as an unresolved subject is
          int verb = c.deps.governor(noun);
          int report = verb >= 0 && c.isVerb(verb) ? c.reportedBy(verb) : -1;
          if (report >= 0 && !c.subjectActors(report).isEmpty()) {
            return c.subjectActors(report);
          }
        }
      }
      String relation = c.deps.relation(current);
      int governor = c.deps.governor(current);
      if (governor < 0) {
        break;
      }
      if (relation.equals("conj") && c.isNoun(governor)) {
        current = governor; // "launched artillery, mortar and rocket fire": a conjunct stands where its head does
        continue;
      }
      // "engaged in ethnic cleansing", "arrived on a visit"
      boolean carried = relation.equals("obj") || relation.startsWith("obl") && CARRYING_PREPOSITIONS.contains(c.caseOf(current));
      if (carried && cues.isLightVerb(c.lemma(governor))) {
        Set<String> subject = c.subjectActors(governor);
        Optional<Integer> passiveSubject = c.child(governor, "nsubj:pass");
        // "Serb forces were engaged in ethnic cleansing": the state passive's subject is the doer
        return subject.isEmpty() && !relation.equals("obj") && passiveSubject.isPresent() ? c.actorsAt(passiveSubject.get()) : subject;
      }
      boolean eventAbove = c.isVerb(governor) && !lexicon.verb(c.lemma(governor)).isEmpty()
          || c.isNoun(governor) && !lexicon.noun(c.lemma(governor)).isEmpty();
      boolean climbs = relation.startsWith("nmod") || relation.startsWith("obl") || relation.equals("acl") || relation.equals("xcomp")
          || relation.equals("compound"); // "launched a mediation effort": the effort is the mediation's
      if (eventAbove && relation.equals("obj") && c.isVerb(governor)) {
        return Set.of(); // "ease restrictions": the restrictions are what the easing is about, nobody's new act
      }
      if (!climbs || eventAbove) {
        break; // "opposition to a deal": the deal is what the opposition is about, not an event
      }
      current = governor;
    }
    return possessivePronounBefore(c, noun);
  }

  /**
   * For a noun the parse leaves ownerless, the actor of a possessive pronoun a few words before it
   * in the same phrase: "his unwillingness to compromise on previous demands".
   */
  private static Set<String> possessivePronounBefore(ClauseView c, int noun) {
    for (int i = noun - 1; i >= Math.max(0, noun - POSSESSIVE_WINDOW); i--) {
      if (c.token(i).pos().equals("PRP$") && c.actorOf(i) != null) {
        return Set.of(c.actorOf(i));
      }
      if (c.word(i).equals(",") || c.word(i).equals(";")) {
        break;
      }
    }
    return Set.of();
  }

  static boolean negated(ClauseView c, int i) {
    int governor = c.deps.governor(i);
    if (c.isNoun(i) && governor >= 0 && c.deps.relation(i).equals("obj") && CertaintyCues.get().isLightVerb(c.lemma(governor)) && negated(c, governor)) {
      return true; // "failed to reach agreement", "did not impose sanctions": the verb carrying the noun is negated
    }
    if (governor >= 0 && c.deps.relation(i).equals("xcomp") && c.lemma(governor).equals("fail")) {
      return true; // "failed to agree on a timetable": the agreement did not happen
    }
    for (int child : c.deps.children(i)) {
      String r = c.deps.relation(child);
      if ((r.equals("advmod") || r.equals("det") || r.equals("neg")) && NEGATIONS.contains(c.lower(child))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a verb is what a demand, appeal or refusal is about: its infinitive ("urged X to
   * release", "refused to hold talks") or, for a demand, its content clause ("demanded that Israel
   * ease restrictions"), which has not happened.
   */
  private boolean askedOrRefused(ClauseView c, int verb) {
    int governor = c.deps.governor(verb);
    String relation = governor < 0 ? "" : c.deps.relation(verb);
    boolean content = relation.equals("ccomp") || relation.equals("acl");
    if (governor < 0 || !relation.equals("xcomp") && !content) {
      return false;
    }
    if (content) {
      return senses(c, governor).anyMatch(type -> type.equals("REQUEST"));
    }
    return senses(c, governor).anyMatch(type -> type.equals("REQUEST") || type.equals("REJECT"));
  }

  /** The PLOVER types a word's lexicon senses code. */
  private java.util.stream.Stream<String> senses(ClauseView c, int word) {
    List<EventLexicon.Entry> senses = c.isVerb(word) ? lexicon.verb(c.lemma(word)) : lexicon.noun(c.lemma(word));
    return senses.stream().map(e -> book.code(e.cameo()).map(CameoBook.Code::plover).orElse(""));
  }

  /**
   * "call" names rather than phones when its object is no actor or a second phrase says what the
   * object is called ("calls the aid a political stunt", "calling them illegal").
   */
  private static boolean naming(ClauseView c, int verb) {
    if (!c.lemma(verb).equals("call")) {
      return false;
    }
    Optional<Integer> object = c.child(verb, "obj");
    boolean named = object.isPresent() && !c.actorsAt(object.get()).isEmpty();
    boolean predicate = c.child(verb, "xcomp").isPresent() || object.isPresent() && c.children(object.get(), "dep").size() > 0;
    boolean smallClause = c.child(verb, "xcomp").filter(x -> c.child(x, "nsubj").isPresent()).isPresent(); // "calling them illegal"
    return smallClause || object.isPresent() && (!named || predicate);
  }

  /**
   * Whether a verb's object noun is no new act: what a demand asks for ("demanded his
   * resignation": it has not happened), talks that are halted, or the request a rejection answers ("dismissed his appeal":
   * coded where it was made). A rejected proposal still tells who proposed it.
   */
  private boolean answersOrAsks(ClauseView c, int verb, int noun) {
    if (senses(c, verb).anyMatch(type -> type.equals("REQUEST"))) {
      return true;
    }
    if (senses(c, verb).anyMatch(type -> type.equals("SANCTION")) && senses(c, noun).anyMatch(type -> type.equals("CONSULT"))) {
      return true; // "would suspend Turkey's membership talks": the talks are what stops
    }
    String lemma = c.lemma(noun);
    return senses(c, verb).anyMatch(type -> type.equals("REJECT")) && TargetFinder.isRequestNoun(lemma);
  }

  /** Whether a noun names an organisation's members ("members", "member states", "allies"). */
  static boolean memberNoun(String lemma) {
    return MEMBER_NOUNS.contains(lemma);
  }
}
