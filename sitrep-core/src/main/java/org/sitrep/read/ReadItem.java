package org.sitrep.read;

/** What a reader yields for each input: an {@link Article}, or a {@link ReadProblem} saying why not. */
public sealed interface ReadItem permits Article, ReadProblem {

  /** Where the item came from: a file path, or {@code path:line}. */
  String origin();
}
