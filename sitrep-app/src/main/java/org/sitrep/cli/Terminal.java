package org.sitrep.cli;

/** Facts about where output goes. */
final class Terminal {
  private Terminal() {}

  /**
   * Whether standard error is a terminal. Java cannot ask for stderr alone, so the {@code sitrep}
   * launcher tells (it sets {@code SITREP_STDERR_TTY=1} when {@code [ -t 2 ]}).
   */
  static boolean stderrIsTerminal() {
    return "1".equals(System.getenv("SITREP_STDERR_TTY"));
  }
}
