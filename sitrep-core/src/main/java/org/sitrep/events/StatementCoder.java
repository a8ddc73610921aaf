package org.sitrep.events;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Events a statement makes by what it says, not by its verb:
 *
 * <ul>
 *   <li>an accusation: "Lavrov said NATO expansion had caused the conflict" is an ACCUSE by Lavrov
 *       against NATO (the content clause's predicate blames: {@code blame.tsv});
 *   <li>a demand: "Russia said Sudan must return the helicopter" is a REQUEST by Russia of Sudan
 *       (an obligation a speaker states is the speaker's demand).
 * </ul>
 */
final class StatementCoder {
  private static final String ACCUSATION = "112";
  private static final String DEMAND = "100";
  private static final Set<String> OBLIGATION = Set.of("must", "should");
  /** Verbs that state a position without reporting an event: "declared that China must ...". */
  private static final Set<String> DECLARING = Set.of("declare", "reiterate", "conclude", "remind", "demand", "insist");

  private final CameoBook book = CameoBook.get();
  private final CertaintyCues cues = CertaintyCues.get();

  /** Adds the events the statement headed by {@code verb} makes, if it is one. */
  void code(ClauseView c, int verb, CertaintyReader certainty, List<EventCoder.Coded> out) {
    boolean reporting = cues.cue("reporting", c.lemma(verb)) != null;
    if (reporting) {
      accusationIn(c, verb, certainty, out);
    }
    if (reporting || DECLARING.contains(c.lemma(verb))) {
      obligationIn(c, verb, certainty, out);
    }
  }

  /** Whether a clause states an obligation: "must", "should". */
  static boolean obliges(ClauseView c, int verb) {
    return c.children(verb, "aux").stream().map(c::lower).anyMatch(OBLIGATION::contains);
  }

  /** "X said/asserted that Y caused the conflict": an accusation by X against Y. */
  private void accusationIn(ClauseView c, int verb, CertaintyReader certainty, List<EventCoder.Coded> out) {
    Set<String> speakers = c.speakerOf(verb, lemma -> cues.cue("reporting", lemma) != null);
    if (speakers.isEmpty()) {
      return;
    }
    for (int content : c.children(verb, "ccomp")) {
      boolean blame = cues.isBlame(c.lemma(content));
      for (int x : c.children(content, "xcomp")) {
        blame |= cues.isBlame(c.lemma(x));
      }
      if (!blame) {
        continue;
      }
      Optional<Integer> subject = c.child(content, "nsubj");
      Set<String> accused = subject.map(c::actorsAt).orElse(Set.of());
      for (String speaker : speakers) {
        for (String target : accused) {
          if (!target.equals(speaker)) {
            out.add(new EventCoder.Coded(book.code(ACCUSATION).orElseThrow(), speaker, target, null, verb, certainty.read(verb), EventCoder.negated(c, verb), 0.6));
          }
        }
      }
    }
  }

  /**
   * "Russia said Sudan must return the helicopter": an obligation stated by a speaker is the
   * speaker's demand on the clause's subject.
   */
  private void obligationIn(ClauseView c, int verb, CertaintyReader certainty, List<EventCoder.Coded> out) {
    Set<String> speakers = c.speakerOf(verb, lemma -> cues.cue("reporting", lemma) != null || DECLARING.contains(lemma));
    if (speakers.isEmpty()) {
      return;
    }
    for (int content : c.children(verb, "ccomp")) {
      if (!obliges(c, content)) {
        continue;
      }
      Set<String> obliged = c.child(content, "nsubj").map(c::actorsAt).orElse(Set.of());
      for (String speaker : speakers) {
        String target = obliged.stream().filter(t -> !t.equals(speaker)).findFirst().orElse(null);
        out.add(new EventCoder.Coded(book.code(DEMAND).orElseThrow(), speaker, target, null, verb, certainty.read(verb), false, 0.6));
      }
    }
  }
}
