package org.sitrep.actors;

import java.util.List;
import org.sitrep.actors.kb.KbEntry;
import org.sitrep.actors.kb.Surface;
import org.sitrep.doc.Span;

/**
 * Words of one sentence that name knowledge-base entries: every surface of that exact text (e.g.
 * "Brussels" is Belgium's capital and the EU's seat).
 *
 * @param sentence the sentence's index
 * @param first the first token
 * @param end one past the last token
 * @param span where the words are
 * @param surfaces what they can name, never empty
 */
record KbMatch(int sentence, int first, int end, Span span, List<Surface> surfaces) {

  /** The first surface of the given kind, if any. */
  java.util.Optional<Surface> of(Surface.Kind kind) {
    return surfaces.stream().filter(s -> s.kind() == kind).findFirst();
  }

  /** Whether any surface names a person. */
  boolean namesPerson() {
    return surfaces.stream().anyMatch(s -> s.entry() instanceof KbEntry.Person);
  }
}
