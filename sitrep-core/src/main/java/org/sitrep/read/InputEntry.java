package org.sitrep.read;

import java.nio.file.Path;

/** One step of reading the inputs: a file to read, or a problem found while finding files. */
sealed interface InputEntry {

  /** A file to read in the given format. */
  record FileToRead(Path file, InputFormat format) implements InputEntry {}

  /** A problem to yield as it is, e.g. a path that does not exist. */
  record Problem(ReadProblem problem) implements InputEntry {}
}
