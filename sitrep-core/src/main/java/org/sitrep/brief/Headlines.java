package org.sitrep.brief;

/** Making a one-line headline fit. */
public final class Headlines {
  /** Longest headline the contract allows. */
  public static final int MAX_LENGTH = 120;

  private Headlines() {}

  /**
   * The text cut at a word boundary to at most {@code max} characters, with an ellipsis when cut.
   */
  public static String cut(String text, int max) {
    String line = text.replaceAll("\\s+", " ").trim();
    if (line.length() <= max) {
      return line;
    }
    int cut = line.lastIndexOf(' ', max - 1);
    if (cut < max / 2) {
      cut = max - 1;
    }
    return line.substring(0, cut).stripTrailing() + "…";
  }
}
