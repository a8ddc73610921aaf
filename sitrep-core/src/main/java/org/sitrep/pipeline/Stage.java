package org.sitrep.pipeline;

import java.util.Set;
import org.sitrep.doc.Document;

/**
 * One step of the analysis: reads the layers it needs from a {@link Document} and adds its own.
 *
 * <p>A stage is built once, loads whatever models it needs in its constructor, and is then used by
 * many threads at once: {@link #process} must be thread-safe.
 */
public interface Stage {

  /** The stage's name, as used in configuration ({@code stages.disabled}) and benchmarks. */
  String name();

  /** Names of the stages whose layers this one reads; they must run before it. */
  default Set<String> requires() {
    return Set.of();
  }

  /** Adds this stage's layers to the document. */
  void process(Document document);
}
