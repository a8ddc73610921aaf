package org.sitrep.corpus;

/** The store cannot do what was asked; the message names the database file and the reason. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
