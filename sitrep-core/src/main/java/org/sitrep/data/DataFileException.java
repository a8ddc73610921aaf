package org.sitrep.data;

/** A data file (knowledge base, lexicon) that cannot be used; the message names the file, line and reason. */
public final class DataFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DataFileException(String message) {
    super(message);
  }
}
