package org.sitrep.actors.kb;

/**
 * One way the text can name a knowledge-base entry.
 *
 * @param text the words, as written in the KB
 * @param entry what they name
 * @param kind how they name it
 */
public record Surface(String text, KbEntry entry, Kind kind) {

  /** How a surface names its entry. */
  public enum Kind {
    /** The canonical name or an alias. */
    NAME,
    /** A country's or region's demonym ("Russian"). */
    DEMONYM,
    /** A country's capital, which may stand for its government ("Moscow said"). */
    CAPITAL,
    /** An organisation's seat, which may stand for it ("Brussels") where the text names it. */
    SEAT
  }

  /** Whether the surface must match letter case exactly: acronyms ("US", "UN", "EU"). */
  public boolean exactCase() {
    return text.length() <= 4 && text.equals(text.toUpperCase(java.util.Locale.ROOT));
  }
}
