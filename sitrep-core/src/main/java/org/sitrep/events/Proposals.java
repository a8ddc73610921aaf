package org.sitrep.events;

import java.util.Set;

/** The words that name proposals, propose them, and state their terms. */
public final class Proposals {
  /** Nouns that name a proposal: rejecting one targets whoever proposed it. */
  public static final Set<String> NOUNS = Set.of("proposal", "plan", "deal", "offer", "initiative", "draft", "framework", "blueprint", "roadmap", "peace plan");
  /** Words whose event is a proposal by its source. */
  public static final Set<String> PROPOSING = Set.of("propose", "proposal", "offer", "plan", "draft", "present", "table", "unveil");
  /** Verbs whose objects are a proposal's terms: "the plan included A and B". */
  public static final Set<String> TERM_VERBS = Set.of("include", "envisage", "envision", "involve", "foresee", "contain", "provide", "require", "entail", "stipulate", "propose");

  private Proposals() {}
}
