package org.sitrep.actors;

import java.util.Locale;

/** What an actor is, as the contract's {@code kind} names it. */
public enum ActorKind {
  PERSON,
  COUNTRY,
  ORGANIZATION,
  GROUP;

  /** The contract's spelling: {@code person}, {@code country}, ... */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
