package org.sitrep.nlp;

/**
 * A Universal Dependencies relation between two tokens of one sentence.
 *
 * @param governor the head's token index, or {@link #ROOT} for the sentence root
 * @param dependent the dependent's token index
 * @param relation the relation name, e.g. {@code nsubj}, {@code obj}, {@code nmod:poss}
 */
public record Dependency(int governor, int dependent, String relation) {
  /** The governor index of the root relation. */
  public static final int ROOT = -1;
}
