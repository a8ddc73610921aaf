package org.sitrep.positions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.doc.Document;
import org.sitrep.doc.Span;
import org.sitrep.events.Event;
import org.sitrep.events.EventLayer;
import org.sitrep.events.Proposals;
import org.sitrep.nlp.DependencyIndex;
import org.sitrep.nlp.NlpAnnotations;
import org.sitrep.nlp.Sentence;
import org.sitrep.pipeline.Stage;

/**
 * The {@code positions} stage: the proposal an article discusses, its terms, and every party's
 * stance on it.
 *
 * <ol>
 *   <li>The issue is the first proposal noun of the body ("a reported peace deal"); later ones
 *       ("this proposal", "the plan") are taken to be the same proposal.
 *   <li>Terms are the objects of a verb like "include" whose subject is the proposal ("This
 *       proposal purportedly included A and B"): one term per conjunct.
 *   <li>Stances come from the events: whoever proposes it proposes; a rejection, support or
 *       demand about it (its object is the proposal, or its target the proposer) rejects, supports
 *       or demands.
 * </ol>
 */
public final class PositionStage implements Stage {
  public static final String NAME = "positions";
  private static final Set<String> EDGES = Set.of("conj", "cc", "punct");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> requires() {
    return Set.of("nlp", "events");
  }

  @Override
  public void process(Document document) {
    Span body = document.bodySpan();
    String text = document.text();
    String issue = null;
    List<Position.Term> terms = new ArrayList<>();
    NlpAnnotations nlp = document.require(NlpAnnotations.LAYER);
    for (Sentence s : nlp.sentencesWithin(body)) {
      DependencyIndex deps = nlp.dependencies(s);
      for (int i = 0; i < s.tokens().size(); i++) {
        if (isProposal(s, i)) {
          if (issue == null) {
            issue = label(text, s, deps, i);
          }
          termsOf(text, s, deps, i, terms);
        }
      }
    }
    List<Position> positions = new ArrayList<>();
    if (issue != null) {
      List<Position.Stance> stances = stances(document, document.require(EventLayer.LAYER).events());
      if (!stances.isEmpty() || !terms.isEmpty()) {
        positions.add(new Position("p1", issue, terms, stances));
      }
    }
    document.put(Positions.LAYER, new Positions(positions));
  }

  private static boolean isProposal(Sentence s, int i) {
    return s.tokens().get(i).pos().startsWith("NN") && Proposals.NOUNS.contains(lemma(s, i));
  }

  private static String lemma(Sentence s, int i) {
    String l = s.tokens().get(i).lemma();
    return (l == null ? s.tokens().get(i).word() : l).toLowerCase(Locale.ROOT);
  }

  /** "peace deal": the proposal noun with the nouns compounded before it. */
  private static String label(String text, Sentence s, DependencyIndex deps, int head) {
    int first = head;
    for (int c : deps.children(head)) {
      if (deps.relation(c).equals("compound") && c < head && s.tokens().get(c).pos().startsWith("NN") && Character.isLowerCase(s.tokens().get(c).word().charAt(0))) {
        first = Math.min(first, c);
      }
    }
    return text.substring(s.tokens().get(first).span().start(), s.tokens().get(head).span().end()).toLowerCase(Locale.ROOT);
  }

  /** The objects of "include" (and the like) when the proposal is its subject. */
  private static void termsOf(String text, Sentence s, DependencyIndex deps, int proposal, List<Position.Term> terms) {
    if (!deps.relation(proposal).startsWith("nsubj")) {
      return;
    }
    int verb = deps.governor(proposal);
    if (verb < 0 || !Proposals.TERM_VERBS.contains(lemma(s, verb))) {
      return;
    }
    for (int object : deps.children(verb)) {
      if (!deps.relation(object).equals("obj")) {
        continue;
      }
      List<Integer> items = new ArrayList<>();
      items.add(object);
      for (int c : deps.children(object)) {
        if (deps.relation(c).equals("conj")) {
          items.add(c);
        }
      }
      for (int item : items) {
        Span span = subtree(s, deps, item);
        terms.add(new Position.Term(span.of(text), span));
      }
    }
  }

  /** A term's words: the item and what hangs off it, not its conjuncts. */
  private static Span subtree(Sentence s, DependencyIndex deps, int item) {
    int[] range = deps.subtreeRange(item, EDGES);
    return new Span(s.tokens().get(range[0]).span().start(), s.tokens().get(range[1]).span().end());
  }

  private static List<Position.Stance> stances(Document document, List<Event> events) {
    String proposer = null;
    for (Event e : events) {
      if (proposer == null && e.source() != null && isProposingTrigger(document, e)) {
        proposer = e.source();
      }
    }
    Map<String, Position.Stance> stances = new LinkedHashMap<>();
    if (proposer != null) {
      for (Event e : events) {
        if (proposer.equals(e.source()) && isProposingTrigger(document, e)) {
          stances.putIfAbsent(proposer + "/proposes", new Position.Stance(proposer, "proposes", e.evidence()));
        }
      }
    }
    for (Event e : events) {
      if (e.source() == null || e.source().equals(proposer)) {
        continue;
      }
      boolean aboutProposal = e.object() != null && Proposals.NOUNS.stream().anyMatch(n -> e.object().toLowerCase(Locale.ROOT).contains(n))
          || proposer != null && proposer.equals(e.target());
      String stance = switch (e.type()) {
        case "REJECT" -> "rejects";
        case "SUPPORT", "AGREE" -> "supports";
        case "REQUEST" -> "demands";
        default -> null;
      };
      if (aboutProposal && stance != null) {
        stances.putIfAbsent(e.source() + "/" + stance, new Position.Stance(e.source(), stance, e.evidence()));
      }
    }
    return new ArrayList<>(stances.values());
  }

  private static boolean isProposingTrigger(Document document, Event e) {
    String word = document.text(e.trigger()).toLowerCase(Locale.ROOT);
    return Proposals.PROPOSING.stream().anyMatch(word::startsWith);
  }
}
