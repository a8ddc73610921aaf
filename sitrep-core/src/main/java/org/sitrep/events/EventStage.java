package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.actors.Actor;
import org.sitrep.actors.Actors;
import org.sitrep.doc.Document;
import org.sitrep.doc.Span;
import org.sitrep.nlp.NlpAnnotations;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.pipeline.Stage;

/**
 * The {@code events} stage: who did what to whom ({@link EventCoder}) and who says what ({@link
 * ClaimExtractor}), in the body's sentences (the title and key points restate the body). Events
 * are coded in text order so that a proposal's proposer is known when a later sentence rejects
 * "the proposal".
 */
public final class EventStage implements Stage {
  public static final String NAME = "events";

  private final EventCoder coder = new EventCoder();
  private final ClaimExtractor claims = new ClaimExtractor();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> requires() {
    return Set.of("nlp", "actors");
  }

  @Override
  public void process(Document document) {
    List<Actor> actors = document.require(Actors.LAYER).actors();
    ActorFacts facts = new ActorFacts(actors);
    List<Event> events = new ArrayList<>();
    List<Claim> found = new ArrayList<>();
    Span body = document.bodySpan();
    NlpAnnotations nlp = document.require(NlpAnnotations.LAYER);
    for (Sentence sentence : nlp.sentences()) {
      if (!body.contains(sentence.span())) {
        continue;
      }
      ClauseView view = new ClauseView(document.text(), sentence, nlp.dependencies(sentence), actorOfTokens(sentence, actors));
      List<EventCoder.Coded> coded = coder.code(view, facts);
      if (learnProposer(view, coded, facts)) {
        coded = coder.code(view, facts); // "opposition to a deal proposed by X": X is known now
      }
      for (EventCoder.Coded e : coded) {
        if (retold(view, e, events, facts)) {
          continue;
        }
        events.add(toEvent("e" + (events.size() + 1), e, view));
        if (e.code().plover().equals("REQUEST")) {
          facts.asked(e.source(), e.target());
        }
        facts.did(view.lemma(e.trigger()), e.source());
      }
      for (ClaimExtractor.Found c : claims.extract(view)) {
        found.add(new Claim("c" + (found.size() + 1), c.speaker(), c.cue(), c.text(), c.certainty(), sentence.span()));
      }
    }
    document.put(EventLayer.LAYER, new EventLayer(events, found));
  }

  /**
   * "Iran's condemnation of the American and British strikes", after a sentence told the strikes:
   * a definite event noun of a type already coded, by the same actor or its country's state, is the
   * same act told again.
   */
  private static boolean retold(ClauseView view, EventCoder.Coded e, List<Event> earlier, ActorFacts facts) {
    return e.source() != null && view.isNoun(e.trigger()) && view.isDefinite(e.trigger())
        && earlier.stream().anyMatch(p -> p.type().equals(e.code().plover()) && !p.evidence().equals(view.sentence.span())
            && (e.source().equals(p.source()) || facts.sameSide(e.source(), p.source())));
  }

  private static boolean learnProposer(ClauseView view, List<EventCoder.Coded> coded, ActorFacts facts) {
    String before = facts.proposer();
    for (EventCoder.Coded e : coded) {
      if (Proposals.PROPOSING.contains(view.lemma(e.trigger())) && e.source() != null) {
        facts.proposedBy(e.source());
      }
    }
    return facts.proposer() != null && !facts.proposer().equals(before);
  }

  private static Event toEvent(String id, EventCoder.Coded e, ClauseView view) {
    CameoBook.Code code = e.code();
    Certainty certainty = e.reading().certainty();
    if (certainty == Certainty.REPORTED && e.source() != null && e.source().equals(e.reading().speaker())) {
      certainty = Certainty.ASSERTED; // a speaker's own accusation or demand is what they did
    }
    return new Event(id, code.plover(), code.code(), code.goldstein(), code.quadClass(), e.source(), e.target(), e.object(),
        certainty, e.negated(), e.reading().speaker(), e.reading().cue(), view.sentence.span(),
        view.token(e.trigger()).span(), e.confidence());
  }

  /** The actor id each token of the sentence belongs to, or null. */
  private static String[] actorOfTokens(Sentence sentence, List<Actor> actors) {
    List<Token> tokens = sentence.tokens();
    String[] owner = new String[tokens.size()];
    for (Actor a : actors) {
      for (Span m : a.mentions()) {
        if (m.end() <= sentence.span().start() || m.start() >= sentence.span().end()) {
          continue;
        }
        for (int i = 0; i < tokens.size(); i++) {
          if (m.contains(tokens.get(i).span())) {
            owner[i] = a.id();
          }
        }
      }
    }
    return owner;
  }
}
