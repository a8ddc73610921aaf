package org.sitrep.pipeline;

/** A stage threw while processing one document; the batch goes on without that document. */
public final class StageFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StageFailure(String stage, Throwable cause) {
    super("stage '" + stage + "' failed: " + cause, cause);
  }
}
