package org.sitrep.events;

import org.sitrep.doc.Span;

/**
 * An attributed statement or a hedged report: who says what, and how sure.
 *
 * @param id unique within the document, e.g. {@code c1}
 * @param speaker the speaker's actor id, or null when unnamed ("officials", "leaks")
 * @param cue the reporting word ("said", "according to", "reportedly")
 * @param text what is claimed
 * @param certainty how sure
 * @param evidence the sentence it is in
 */
public record Claim(String id, String speaker, String cue, String text, Certainty certainty, Span evidence) {}
