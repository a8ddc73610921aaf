package org.sitrep.cli;

/** What {@code sitrep} exits with. */
public final class ExitCode {
  /** Every input was processed. */
  public static final int OK = 0;
  /** Some inputs failed; the others were processed. */
  public static final int PARTIAL = 1;
  /** Nothing was processed, or the command line was wrong. */
  public static final int NOTHING_DONE = 2;

  private ExitCode() {}

  /** The exit code of a batch with these counts. */
  public static int of(long done, long failed) {
    if (done == 0) {
      return NOTHING_DONE;
    }
    return failed == 0 ? OK : PARTIAL;
  }
}
