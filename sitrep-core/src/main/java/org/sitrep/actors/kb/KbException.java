package org.sitrep.actors.kb;

/** A knowledge-base file that cannot be used; the message names the file, line and reason. */
public final class KbException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public KbException(String message) {
    super(message);
  }
}
