package org.sitrep.cli;

import java.util.function.Consumer;
import org.sitrep.pipeline.BatchRunner;
import org.sitrep.read.ReadProblem;

/** Counts what happened to the inputs of a batch and reports each problem in one line. */
final class BatchTally {
  private long analysed;
  private long failed;

  /** Counts one outcome; a problem or failure is passed to {@code report} as one line. */
  void count(BatchRunner.Outcome<?> outcome, Consumer<String> report) {
    if (outcome instanceof BatchRunner.Analysed<?>) {
      analysed++;
    } else if (outcome instanceof BatchRunner.Unreadable<?> unreadable) {
      count(unreadable.problem(), report);
    } else if (outcome instanceof BatchRunner.Failed<?> failure) {
      failed++;
      report.accept("sitrep: " + failure.origin() + ": " + failure.reason());
    }
  }

  void count(ReadProblem problem, Consumer<String> report) {
    if (problem.isError()) {
      failed++;
    }
    report.accept("sitrep: " + problem);
  }

  long analysed() {
    return analysed;
  }

  long failed() {
    return failed;
  }

  int exitCode() {
    return ExitCode.of(analysed, failed);
  }
}
