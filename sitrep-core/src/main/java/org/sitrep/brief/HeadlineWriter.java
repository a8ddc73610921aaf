package org.sitrep.brief;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.actors.Actor;
import org.sitrep.actors.ActorKind;
import org.sitrep.data.Tsv;
import org.sitrep.doc.Document;
import org.sitrep.events.Certainty;
import org.sitrep.events.Event;
import org.sitrep.nlp.Token;

/**
 * The brief's one-line headline. When the article has a main event (an actor doing something to
 * something, told as fact or as reported), the headline says it in headline style: "Putin rejects
 * Trump's proposals", "Iran reportedly seizes British tanker". The main event is the (actor, type)
 * pair the article tells most prominently: summed over its events, the salience of their
 * sentences. It makes the headline only when the article leads with it (tells it in its opening
 * sentence, or more than once): on the BBC set, event headlines for every article scored ROUGE-1
 * 20.3 against the first sentence's 20.6, and for leading events only 22.9. Otherwise the headline
 * is the first sentence shortened to its core.
 */
final class HeadlineWriter {
  static final int MAX_LENGTH = 80;
  static final int LEAD_WORDS = 14;
  /** How much an event told inside another clause counts towards being the main event. */
  static final double EMBEDDED_WEIGHT = 0.5;
  private static final Map<String, String> VERB_BY_TYPE = loadVerbs();
  private static final List<String> DETERMINERS = List.of("the ", "a ", "an ", "these ", "this ", "those ", "that ", "its ", "his ", "her ", "their ");

  private final PointRewriter rewriter;

  HeadlineWriter(PointRewriter rewriter) {
    this.rewriter = rewriter;
  }

  String write(Document doc, List<BodySentence> sentences, Optional<MainEvent> mainEvent, List<Actor> actors, WordWeights weights) {
    Optional<String> fromEvent = mainEvent.filter(MainEvent::isLeading).flatMap(m -> say(m.event(), sentences.get(m.sentence()), actors));
    if (fromEvent.isPresent()) {
      return fromEvent.get();
    }
    if (sentences.isEmpty()) {
      return Headlines.cut(doc.text(doc.bodySpan()), MAX_LENGTH);
    }
    // the first sentence, shortened to its core when it can be, else cut to fit
    BodySentence first = sentences.get(0);
    String core = rewriter.shortest(doc, first, actors, LEAD_WORDS, weights).orElse(doc.text(first.sentence().span()));
    return Headlines.cut(stripFullStop(core), MAX_LENGTH);
  }

  /**
   * The article's main event: of the events told as fact or report by a known actor, not negated,
   * the (actor, type) pair whose sentences weigh most, given by its first event and how many times
   * the article tells it.
   */
  record MainEvent(Event event, int sentence, int told) {
    /** Whether the article makes it its news: told in the opening sentence, or told again. */
    boolean isLeading() {
      return sentence == 0 || told >= 2;
    }
  }

  static Optional<MainEvent> mainEvent(List<BodySentence> sentences, double[] salience, List<Event> events) {
    Map<String, Double> weight = new HashMap<>();
    Map<String, Event> firstOf = new LinkedHashMap<>();
    Map<String, java.util.Set<Integer>> told = new HashMap<>();
    for (Event e : events) {
      if (e.source() == null || e.negated() || (e.certainty() != Certainty.ASSERTED && e.certainty() != Certainty.REPORTED)) {
        continue;
      }
      int at = sentenceOf(sentences, e);
      if (at < 0) {
        continue;
      }
      String key = e.source() + " " + e.type();
      weight.merge(key, salience[at] * (isMainClause(sentences.get(at), e) ? 1 : EMBEDDED_WEIGHT), Double::sum);
      firstOf.putIfAbsent(key, e);
      told.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(at);
    }
    return weight.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(w -> firstOf.get(w.getKey()))
        .map(e -> new MainEvent(e, sentenceOf(sentences, e), told.get(e.source() + " " + e.type()).size()));
  }

  /**
   * Whether the event is what its sentence says (its word is the main verb, or the noun a main
   * light verb carries: "filed a complaint"), rather than a detail inside it ("against new EU
   * restrictions on beef").
   */
  private static boolean isMainClause(BodySentence s, Event e) {
    int t = tokenOf(s, e);
    if (t < 0) {
      return false;
    }
    int head = s.dependencies().governor(t);
    return head < 0 || (s.dependencies().governor(head) < 0 && s.dependencies().relation(t).startsWith("obj"));
  }

  private static int tokenOf(BodySentence s, Event e) {
    for (Token t : s.sentence().tokens()) {
      if (t.span().equals(e.trigger())) {
        return t.index();
      }
    }
    return -1;
  }

  private static int sentenceOf(List<BodySentence> sentences, Event e) {
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).sentence().span().contains(e.trigger())) {
        return i;
      }
    }
    return -1;
  }

  /** "Source verb object", or empty when the event has nothing to say it about or it would not fit. */
  private static Optional<String> say(Event e, BodySentence told, List<Actor> actors) {
    Actor source = byId(actors, e.source());
    Actor target = byId(actors, e.target());
    String object = e.object() == null ? null : stripDeterminer(e.object());
    if (object == null) {
      return Optional.empty(); // "Iraq backs Turkey" says too little of what was done
    }
    String what;
    if (target != null && target != source && !object.contains(shortName(target))) {
      what = possessive(shortName(target)) + " " + object;
    } else {
      what = object;
    }
    String hedge = e.certainty() == Certainty.REPORTED ? "reportedly " : "";
    String headline = who(source, actors) + " " + hedge + verb(e, told) + " " + what;
    return headline.length() <= MAX_LENGTH ? Optional.of(headline) : Optional.empty();
  }

  /**
   * The event's own verb in the present tense, agreeing with a plural subject ("Tories dismiss"),
   * or its type's verb when the event was told by a noun.
   */
  private static String verb(Event e, BodySentence s) {
    int at = tokenOf(s, e);
    List<Token> tokens = s.sentence().tokens();
    Token t = at < 0 ? null : tokens.get(at);
    if (t == null || !t.pos().startsWith("VB") || t.lemma() == null) {
      return VERB_BY_TYPE.getOrDefault(e.type(), "acts on");
    }
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    boolean plural = t.pos().equals("VBP")
        || s.dependencies().children(at).stream().anyMatch(c -> s.dependencies().isSubject(c) && tokens.get(c).pos().matches("NNP?S"));
    return plural ? lemma : presentTense(lemma);
  }

  static String presentTense(String lemma) {
    if (lemma.equals("be")) {
      return "is";
    }
    if (lemma.equals("have")) {
      return "has";
    }
    if (lemma.matches(".*(s|sh|ch|x|z|o)")) {
      return lemma + "es";
    }
    if (lemma.matches(".*[^aeiou]y")) {
      return lemma.substring(0, lemma.length() - 1) + "ies";
    }
    return lemma + "s";
  }

  /** A person by country and surname as headlines write them ("Russia's Lavrov"), anything else by its name. */
  private static String who(Actor a, List<Actor> actors) {
    if (a.kind() != ActorKind.PERSON || a.country() == null) {
      return shortName(a);
    }
    return actors.stream()
        .filter(c -> c.kind() == ActorKind.COUNTRY && a.country().equals(c.country()))
        .findFirst()
        .map(c -> possessive(c.name()) + " " + shortName(a))
        .orElse(shortName(a));
  }

  /** A person by surname ("Putin"), anything else by its name. */
  static String shortName(Actor a) {
    if (a.kind() == ActorKind.PERSON) {
      String[] words = a.name().split(" ");
      return words[words.length - 1];
    }
    return a.name();
  }

  private static Actor byId(List<Actor> actors, String id) {
    return id == null ? null : actors.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
  }

  private static String stripDeterminer(String phrase) {
    String p = phrase.trim();
    for (String d : DETERMINERS) {
      if (p.toLowerCase(Locale.ROOT).startsWith(d)) {
        return p.substring(d.length());
      }
    }
    return p;
  }

  private static String stripFullStop(String sentence) {
    return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
  }

  private static Map<String, String> loadVerbs() {
    Map<String, String> verbs = new HashMap<>();
    Tsv.resource("/org/sitrep/brief/headline-verbs.tsv").forEach(row -> verbs.put(row.get("type"), row.get("verb")));
    return verbs;
  }

  /** "Russia's", but "the United States'" and "the Philippines'": names ending in s take the apostrophe alone. */
  static String possessive(String name) {
    return name.endsWith("s") ? name + "'" : name + "'s";
  }
}
