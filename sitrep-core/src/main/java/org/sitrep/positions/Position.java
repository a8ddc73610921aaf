package org.sitrep.positions;

import java.util.List;
import org.sitrep.doc.Span;

/**
 * A proposal or issue an article discusses, its terms, and where each party stands on it.
 *
 * @param id unique within the document, e.g. {@code p1}
 * @param issue what it is, e.g. "peace deal"
 * @param terms what it would do, each with the words that say so
 * @param stances who stands where
 */
public record Position(String id, String issue, List<Term> terms, List<Stance> stances) {

  /** One term of a proposal: "a two-decade postponement of Ukraine's NATO membership". */
  public record Term(String text, Span evidence) {}

  /**
   * One party's stance.
   *
   * @param actor the actor's id
   * @param stance proposes, supports, rejects, demands, conditions or neutral
   * @param evidence the sentence that shows it
   */
  public record Stance(String actor, String stance, Span evidence) {}

  public Position {
    terms = List.copyOf(terms);
    stances = List.copyOf(stances);
  }
}
