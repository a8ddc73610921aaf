package org.sitrep.events;

import java.util.Locale;

/** How sure the text is that something happened, as the contract names it. */
public enum Certainty {
  /** Stated as fact by the narrator. */
  ASSERTED,
  /** Attributed to someone: "X said", "according to", "reportedly". */
  REPORTED,
  /** Claimed against someone: "allegedly", "accused of". */
  ALLEGED,
  /** Not confirmed: leaks, "not formally confirmed", "unverified". */
  UNCONFIRMED,
  /** Denied by a party: "denied that ...". */
  DENIED,
  /** Not (yet) real: would/could/may/might, plans to, if, threatened to. */
  HYPOTHETICAL;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Certainty of(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT));
  }
}
