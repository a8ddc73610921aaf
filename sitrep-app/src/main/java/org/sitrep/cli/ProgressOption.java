package org.sitrep.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** The {@code --progress} option of the commands that work through many articles. */
final class ProgressOption {

  @Option(names = "--progress", negatable = true, description = "Show progress on stderr (default: when stderr is a terminal).")
  Boolean progress;

  /** The progress line on {@code err}, shown when asked for, else when stderr is a terminal. */
  ProgressLine line(PrintWriter err) {
    return new ProgressLine(err, progress != null ? progress : Terminal.stderrIsTerminal());
  }
}
