package org.sitrep.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.doc.Span;
import org.sitrep.nlp.DependencyIndex;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * One parsed sentence with the actor each token belongs to: the grammar the event coder asks
 * about (subjects, objects, prepositional complements, governors) answered in actors.
 */
final class ClauseView {
  /** How far up the tree a missing subject is looked for: "agreed to ... and to ..." */
  private static final int MAX_CLIMB = 4;
  /** How many "of"/"from" phrases deep an actor is looked for: "tens of thousands of students throughout Indonesia". */
  private static final int OWNER_HOPS = 4;
  /** Nouns that count or gather people: "thousands of refugees", "a group of Yoruba leaders". */
  private static final Set<String> COUNTING_NOUNS =
      Set.of("ten", "hundred", "thousand", "million", "dozen", "score", "group", "number", "crowd", "band", "team", "delegation", "some", "many", "most", "all", "majority", "handful");
  /** People whose place names whom they stand for: "students throughout Indonesia", "protesters in Serbia". */
  private static final Set<String> CIVILIAN_NOUNS = Set.of("student", "protester", "demonstrator", "resident", "villager", "worker", "farmer", "citizen",
      "civilian", "people", "refugee", "activist", "inhabitant", "voter", "teacher", "doctor", "miner", "youth");
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that");
  private static final Set<String> LOCATING_PREPOSITIONS = Set.of("in", "throughout", "across");
  /** Places kept for people, which stand for them when attacked or helped: "a camp for refugees". */
  private static final Set<String> FACILITY_NOUNS = Set.of("camp", "shelter", "school", "hospital", "clinic", "home", "hostel", "centre", "center", "settlement");

  final String text;
  final Sentence sentence;
  final DependencyIndex deps;
  private final String[] actorOfToken;

  ClauseView(String text, Sentence sentence, DependencyIndex deps, String[] actorOfToken) {
    this.text = text;
    this.sentence = sentence;
    this.deps = deps;
    this.actorOfToken = actorOfToken;
  }

  int size() {
    return sentence.tokens().size();
  }

  Token token(int i) {
    return sentence.tokens().get(i);
  }

  String word(int i) {
    return token(i).span().of(text);
  }

  String lower(int i) {
    return word(i).toLowerCase(Locale.ROOT);
  }

  String lemma(int i) {
    String l = token(i).lemma();
    return (l == null ? word(i) : l).toLowerCase(Locale.ROOT);
  }

  boolean isVerb(int i) {
    return token(i).pos().startsWith("VB") || modalNoun(i);
  }

  boolean isNoun(int i) {
    return token(i).pos().startsWith("NN") && !modalNoun(i);
  }

  /** "they would blockade Paris": a word tagged a noun that takes a modal is the verb the tagger missed. */
  private boolean modalNoun(int i) {
    return token(i).pos().startsWith("NN") && deps.children(i).stream().anyMatch(c -> deps.relation(c).equals("aux") && token(c).pos().equals("MD"));
  }

  /** The children of a token with the given relation (prefix match for "obl" and "nmod"). */
  List<Integer> children(int head, String relation) {
    List<Integer> found = new ArrayList<>();
    for (int c : deps.children(head)) {
      String r = deps.relation(c);
      if (r.equals(relation) || r.startsWith(relation + ":")) {
        found.add(c);
      }
    }
    return found;
  }

  Optional<Integer> child(int head, String relation) {
    return children(head, relation).stream().findFirst();
  }

  /** The preposition or subordinator of a complement: its {@code case} or {@code mark} child. */
  String caseOf(int token) {
    for (int c : deps.children(token)) {
      String r = deps.relation(c);
      if (r.equals("case") || r.equals("mark")) {
        return lower(c);
      }
    }
    return "";
  }

  /**
   * The actors a token stands for: its own, else those of its modifiers ("the U.S. proposal",
   * "NATO expansion", "Putin's refusal"), with its conjuncts ("Russia and China").
   */
  Set<String> actorsAt(int token) {
    Set<String> actors = new LinkedHashSet<>();
    collect(token, actors, 0);
    return actors;
  }

  private void collect(int token, Set<String> actors, int depth) {
    if (actorOfToken[token] != null) {
      actors.add(actorOfToken[token]);
    } else if (depth == 0) {
      collectOwner(token, actors, OWNER_HOPS);
      if (actors.isEmpty()) {
        // "Qatar's emir, Sheikh Hamad, launched ...": an apposition names the same one
        children(token, "appos").stream().filter(a -> actorOfToken[a] != null).findFirst().ifPresent(a -> actors.add(actorOfToken[a]));
      }
    }
    if (depth < 3) {
      for (int c : children(token, "conj")) {
        collect(c, actors, depth + 1);
      }
    }
  }

  /**
   * The actor a phrase with no actor of its own belongs to: a modifier or "of" phrase that is one
   * ("boats of the FSB"); through a quantity or group ("thousands of students", "a group of
   * refugees") to the people it counts; where people come from ("activists from the Fatah party",
   * "doctors from two American aid groups"); where civilians act ("students throughout
   * Indonesia"); whom a place is kept for ("a camp for Congolese refugees").
   */
  private void collectOwner(int token, Set<String> actors, int hops) {
    for (int c : deps.children(token)) {
      String r = deps.relation(c);
      boolean owner = r.equals("compound") || r.equals("amod") || r.equals("nmod:poss") || r.equals("flat")
          || r.startsWith("nmod") && caseOf(c).equals("of"); // "boats of the FSB"
      if (owner && actorOfToken[c] != null) {
        collect(c, actors, 1); // with its conjuncts: "the American and British strikes"
        return;
      }
      if (r.equals("amod") && lemma(c).equals("lead")) {
        // "Vietnamese-led forces", "the U.S.-led coalition": whoever leads them
        for (int leader : deps.children(c)) {
          if (actorOfToken[leader] != null && !deps.relation(leader).equals("punct")) {
            collect(leader, actors, 1);
            return;
          }
        }
      }
    }
    if (hops == 0) {
      return;
    }
    for (int c : deps.children(token)) {
      if (!deps.relation(c).startsWith("nmod")) {
        continue;
      }
      String preposition = caseOf(c);
      boolean counted = preposition.equals("of") && (COUNTING_NOUNS.contains(lemma(token)) || token(token).pos().equals("CD"));
      boolean origin = preposition.equals("from") && isNoun(token);
      boolean civilianPlace = LOCATING_PREPOSITIONS.contains(preposition) && (CIVILIAN_NOUNS.contains(lemma(token)) || COUNTING_NOUNS.contains(lemma(token)));
      boolean housing = preposition.equals("for") && FACILITY_NOUNS.contains(lemma(token)); // "a camp for Congolese refugees"
      if (counted || origin || civilianPlace || housing) {
        if (actorOfToken[c] != null) {
          collect(c, actors, 1); // with its conjuncts: "envoys from ECOWAS, the United Nations and the African Union"
        } else {
          collectOwner(c, actors, hops - 1);
        }
        if (!actors.isEmpty()) {
          return;
        }
      }
    }
  }

  /** A noun with "the" or a demonstrative: one the text may have told of before. */
  boolean isDefinite(int noun) {
    return isNoun(noun) && children(noun, "det").stream().map(this::lower).anyMatch(DEFINITE::contains);
  }

  String actorOf(int token) {
    return actorOfToken[token];
  }

  /**
   * "With the signing of a memorandum on the cessation of hostilities, the government and the
   * rebels have agreed ...": the parse may hang a main verb's subject on the opening phrase, as an
   * apposition. The noun phrase right before a subjectless main verb (and its auxiliaries) is then
   * its subject.
   */
  private Set<String> strandedSubject(int verb) {
    if (deps.children(verb).stream().anyMatch(deps::isSubject)) {
      return Set.of();
    }
    int before = verb - 1;
    while (before >= 0 && deps.governor(before) == verb && deps.relation(before).startsWith("aux")) {
      before--;
    }
    int head = before;
    while (head >= 0 && deps.relation(head).equals("conj")) {
      head = deps.governor(head);
    }
    return head >= 0 && deps.relation(head).equals("appos") ? actorsAt(head) : Set.of();
  }

  /** The subject actors of a verb, or of the clause it depends on when it has none of its own. */
  Set<String> subjectActors(int verb) {
    int current = verb;
    boolean activeConjunct = false;
    for (int climb = 0; climb <= MAX_CLIMB && current >= 0; climb++) {
      if (activeConjunct && isPassive(current)) {
        // "has been indicted by the court and will resign": the active conjunct shares the
        // passive's subject, not its agent
        Optional<Integer> patient = passiveSubject(current);
        return patient.map(this::actorsAt).orElse(Set.of());
      }
      Optional<Integer> agent = passiveAgent(current);
      if (agent.isPresent() && !actorsAt(agent.get()).isEmpty()) {
        return actorsAt(agent.get());
      }
      for (int s : deps.children(current)) {
        String r = deps.relation(s);
        if ((r.equals("nsubj") || r.equals("nmod:poss")) && !actorsAt(s).isEmpty()) {
          return actorsAt(s);
        }
        if (r.equals("nsubj") && RELATIVE_PRONOUNS.contains(lower(s)) && deps.relation(current).equals("acl:relcl") && deps.governor(current) >= 0
            && !actorsAt(deps.governor(current)).isEmpty()) {
          return actorsAt(deps.governor(current)); // "Maduro, who broke off relations": the relative's antecedent
        }
        if (r.equals("nsubj") && token(s).pos().startsWith("PRP") && reportedBy(current) >= 0) {
          // "Iraq said it would allow ...": an unresolved pronoun subject is the speaker
          return subjectActors(reportedBy(current));
        }
      }
      String relation = deps.relation(current);
      int governor = deps.governor(current);
      if (governor < 0) {
        return strandedSubject(current);
      }
      if (climb == 0 && relation.equals("amod") && token(current).pos().equals("VBG")) {
        return accusedOfGerund(governor);
      }
      Optional<Integer> misparsed = reportedSubjectAsObject(current, governor);
      if (misparsed.isPresent() && !actorsAt(misparsed.get()).isEmpty()) {
        return actorsAt(misparsed.get());
      }
      boolean gerund = relation.startsWith("obl") && token(current).pos().equals("VBG");
      if ((relation.equals("advcl") || relation.equals("acl") || gerund) && caseOf(current).equals("of")) {
        // "accused Chinese troops of attacking": the accused are the doers
        Optional<Integer> object = child(governor, "obj");
        if (object.isPresent() && !actorsAt(object.get()).isEmpty()) {
          return actorsAt(object.get());
        }
      }
      if (relation.equals("xcomp") && governorControlsObject(governor)) {
        // "urged members to prepare": an object-control verb's object is the doer of the infinitive
        Optional<Integer> object = child(governor, "obj");
        if (object.isPresent() && !actorsAt(object.get()).isEmpty()) {
          return actorsAt(object.get());
        }
      }
      boolean climbs = relation.equals("xcomp") || relation.equals("conj") || relation.equals("advcl") || relation.equals("acl")
          || relation.equals("obj") || relation.startsWith("obl") || relation.startsWith("nmod");
      if (!climbs) {
        break;
      }
      activeConjunct = relation.equals("conj") && !isPassive(current);
      current = governor;
    }
    return Set.of();
  }

  /**
   * "said Russian jets were hitting ...", parsed with the jets as the object of "said" and the
   * verb loosely attached after them: the object between a reporting verb and its subjectless
   * content verb is that verb's subject.
   */
  private Optional<Integer> reportedSubjectAsObject(int verb, int governor) {
    String relation = deps.relation(verb);
    boolean loose = relation.equals("dep") || relation.equals("ccomp") || relation.equals("parataxis");
    if (!loose || !isVerb(governor) || CertaintyCues.get().cue("reporting", lemma(governor)) == null || !children(verb, "nsubj").isEmpty()) {
      return Optional.empty();
    }
    return child(governor, "obj").filter(o -> governor < o && o < verb);
  }

  /**
   * "accused Chinese troops of attacking Indian soldiers", parsed as if "attacking" described the
   * soldiers: when that noun hangs from "of" under an accusation's object (or the accusation
   * itself), the accused are the doers.
   */
  private Set<String> accusedOfGerund(int noun) {
    int holder = deps.governor(noun);
    if (holder < 0 || !caseOf(noun).equals("of")) {
      return Set.of();
    }
    if (isVerb(holder)) {
      return child(holder, "obj").map(this::actorsAt).orElse(Set.of());
    }
    return deps.relation(holder).equals("obj") ? actorsAt(holder) : Set.of();
  }

  /**
   * Who speaks through a reporting verb: its subject, or, for a reporting verb the parse has
   * coordinated into the content of another ("He emphasized that A and asserted that B", parsed
   * with "asserted" under A), the speaker of the reporting verb above.
   */
  Set<String> speakerOf(int verb, java.util.function.Predicate<String> isReporting) {
    for (int s : deps.children(verb)) {
      if (deps.relation(s).equals("nsubj") && !actorsAt(s).isEmpty()) {
        return actorsAt(s);
      }
    }
    if (deps.relation(verb).equals("conj")) {
      int current = deps.governor(verb);
      for (int climb = 0; climb < MAX_CLIMB && current >= 0; climb++) {
        if (isVerb(current) && isReporting.test(lemma(current))) {
          return subjectActors(current);
        }
        current = deps.governor(current);
      }
    }
    return subjectActors(verb);
  }

  /** The reporting verb whose content clause this verb heads, or -1. */
  int reportedBy(int verb) {
    String r = deps.relation(verb);
    int governor = deps.governor(verb);
    boolean content = r.equals("ccomp") || r.equals("parataxis");
    return content && governor >= 0 && isVerb(governor) && CertaintyCues.get().cue("reporting", lemma(governor)) != null ? governor : -1;
  }

  /** The "by" phrase of a passive verb: "was proposed by Trump's team". */
  Optional<Integer> passiveAgent(int verb) {
    Optional<Integer> agent = ownAgent(verb);
    if (agent.isPresent() || !isPassive(verb)) {
      return agent;
    }
    // "vessels were fired on and seized by boats of the FSB": conjoined passives share the agent
    for (int conjunct : children(verb, "conj")) {
      agent = ownAgent(conjunct);
      if (agent.isPresent()) {
        return agent;
      }
    }
    int governor = deps.governor(verb);
    return deps.relation(verb).equals("conj") && governor >= 0 ? ownAgent(governor) : Optional.empty();
  }

  private Optional<Integer> ownAgent(int verb) {
    Optional<Integer> agent = child(verb, "obl:agent");
    if (agent.isPresent() || !isPassive(verb)) {
      return agent;
    }
    return children(verb, "obl").stream().filter(o -> caseOf(o).equals("by")).findFirst();
  }

  /** A passive verb, or a participle conjoined to one ("were fired on and seized"). */
  boolean isPassive(int verb) {
    if (passiveByItself(verb)) {
      return true;
    }
    int governor = deps.governor(verb);
    return deps.relation(verb).equals("conj") && token(verb).pos().equals("VBN") && governor >= 0 && passiveByItself(governor);
  }

  private boolean passiveByItself(int verb) {
    return !children(verb, "aux:pass").isEmpty() || !children(verb, "nsubj:pass").isEmpty();
  }

  /** A passive's subject, the one its conjunct shares included ("vessels were fired on and seized"). */
  Optional<Integer> passiveSubject(int verb) {
    Optional<Integer> own = child(verb, "nsubj:pass");
    if (own.isPresent() || !isPassive(verb) || !deps.relation(verb).equals("conj")) {
      return own;
    }
    return child(deps.governor(verb), "nsubj:pass");
  }

  private boolean governorControlsObject(int verb) {
    String l = lemma(verb);
    return l.equals("urge") || l.equals("ask") || l.equals("tell") || l.equals("order") || l.equals("force") || l.equals("press") || l.equals("push");
  }

  /** The span from a token's leftmost to rightmost dependent within a few tokens: "the U.S. peace proposal". */
  Span phrase(int head) {
    int first = head;
    int last = head;
    for (int c : deps.children(head)) {
      String r = deps.relation(c);
      if ((r.equals("compound") || r.equals("amod") || r.equals("nmod:poss") || r.equals("det")) && c < head && head - c <= 4) {
        first = Math.min(first, c);
      }
    }
    int start = token(first).span().start();
    int end = token(last).span().end();
    if (deps.relation(first).equals("det")) {
      start = token(Math.min(first + 1, head)).span().start();
    }
    return new Span(start, end);
  }

  String textOf(Span span) {
    return span.of(text);
  }
}
