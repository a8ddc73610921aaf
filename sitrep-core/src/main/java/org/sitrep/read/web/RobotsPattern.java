package org.sitrep.read.web;

import java.nio.charset.StandardCharsets;

/**
 * The path pattern of one robots.txt Allow or Disallow line (RFC 9309): a prefix of the URL's path
 * and query, where {@code *} matches any run of characters and a final {@code $} anchors the
 * pattern to the end.
 */
final class RobotsPattern {

  private final String text;
  private final String[] literals;
  private final boolean anchored;

  RobotsPattern(String pattern) {
    this.text = percentEncodeNonAscii(pattern);
    this.anchored = text.endsWith("$");
    String body = anchored ? text.substring(0, text.length() - 1) : text;
    this.literals = body.split("\\*", -1);
  }

  /** The pattern's length: of the rules matching a path, the longest (most specific) wins. */
  int length() {
    return text.length();
  }

  boolean matches(String pathAndQuery) {
    String first = literals[0];
    if (!pathAndQuery.startsWith(first)) {
      return false;
    }
    if (literals.length == 1) {
      return !anchored || pathAndQuery.length() == first.length();
    }
    int position = first.length();
    // Between stars, the leftmost occurrence of each literal is the best choice: it leaves the
    // most text for the literals after it.
    for (int i = 1; i < literals.length - 1; i++) {
      int found = pathAndQuery.indexOf(literals[i], position);
      if (found < 0) {
        return false;
      }
      position = found + literals[i].length();
    }
    String last = literals[literals.length - 1];
    if (anchored) {
      return pathAndQuery.endsWith(last) && pathAndQuery.length() - last.length() >= position;
    }
    return pathAndQuery.indexOf(last, position) >= 0;
  }

  @Override
  public String toString() {
    return text;
  }

  // URLs are matched in their percent-encoded form, and RFC 9309 says a pattern's non-ASCII
  // characters must be encoded the same way before comparing.
  private static String percentEncodeNonAscii(String pattern) {
    StringBuilder encoded = new StringBuilder(pattern.length());
    for (int i = 0; i < pattern.length(); ) {
      int codePoint = pattern.codePointAt(i);
      if (codePoint < 0x80) {
        encoded.append((char) codePoint);
      } else {
        for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
          encoded.append('%').append(String.format("%02X", b & 0xff));
        }
      }
      i += Character.charCount(codePoint);
    }
    return encoded.toString();
  }
}
