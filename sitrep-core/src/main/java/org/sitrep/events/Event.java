package org.sitrep.events;

import org.sitrep.doc.Span;

/**
 * One political event: who did what to whom, how sure the text is, and the words that prove it.
 *
 * @param id unique within the document, e.g. {@code e1}
 * @param type PLOVER type
 * @param cameo CAMEO code
 * @param goldstein Goldstein conflict–cooperation score of the code
 * @param quadClass CAMEO quad class 1–4
 * @param source the acting actor's id, or null
 * @param target the actor acted upon, or null
 * @param object what it is about, e.g. "peace proposal", or null
 * @param certainty how sure
 * @param negated whether the text says it did not happen ("did not reject")
 * @param speaker the actor id of who reports it, or null when the narrator does
 * @param cue the reporting or hedging word ("said", "reportedly"), or null
 * @param evidence the sentence that proves it
 * @param trigger the word the event was coded from
 * @param confidence how much to trust the coding, 0–1
 */
public record Event(
    String id,
    String type,
    String cameo,
    double goldstein,
    int quadClass,
    String source,
    String target,
    String object,
    Certainty certainty,
    boolean negated,
    String speaker,
    String cue,
    Span evidence,
    Span trigger,
    double confidence) {

  /** The contract's sixteen PLOVER event types, cooperative to conflictual. */
  public static final java.util.List<String> PLOVER_TYPES = java.util.List.of(
      "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
      "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");
}
