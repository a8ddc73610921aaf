package org.sitrep.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * White-space normalisation shared by all readers, so that an article reads the same whichever
 * format it came in.
 *
 * <p>"Space" here means any Unicode space separator (including the no-break space U+00A0), a tab,
 * and any control character other than the line feed: control characters carry no meaning in prose
 * and would otherwise glue words together or upset later stages.
 */
final class TextNormalizer {

  private TextNormalizer() {}

  /** Whether {@code c} counts as white space inside a line (the line feed does not). */
  static boolean isSpace(char c) {
    if (c == '\n') {
      return false;
    }
    return c <= 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSpaceChar(c);
  }

  /** Whether the text holds nothing but white space and line feeds. */
  static boolean isBlank(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\n' && !isSpace(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The text's lines, split on CRLF, lone CR or LF, with every space character (see {@link
   * #isSpace}) replaced by a plain space so that simple patterns can match them.
   */
  static List<String> lines(String text) {
    String unified = text.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder plain = new StringBuilder(unified.length());
    for (int i = 0; i < unified.length(); i++) {
      char c = unified.charAt(i);
      plain.append(isSpace(c) ? ' ' : c);
    }
    return Arrays.asList(plain.toString().split("\n", -1));
  }

  /** The text on one line: line breaks and runs of white space become one space, ends trimmed. */
  static String oneLine(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean spacePending = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || isSpace(c)) {
        spacePending = out.length() > 0;
      } else {
        if (spacePending) {
          out.append(' ');
          spacePending = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The paragraphs of some lines: blank lines separate paragraphs, the lines of a paragraph are
   * joined on one line (so hard-wrapped text and one-sentence-per-line text both come out as
   * prose). Empty paragraphs are dropped.
   */
  static List<String> paragraphs(List<String> lines) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : lines) {
      if (isBlank(line)) {
        addParagraph(paragraphs, current);
        current.setLength(0);
      } else {
        current.append(line).append('\n');
      }
    }
    addParagraph(paragraphs, current);
    return paragraphs;
  }

  /** The normalised body of some text: its {@link #paragraphs} joined by one blank line. */
  static String body(String text) {
    return joinParagraphs(paragraphs(lines(text)));
  }

  /** Paragraphs joined the way {@link Article#body()} holds them. */
  static String joinParagraphs(List<String> paragraphs) {
    return String.join("\n\n", paragraphs);
  }

  private static void addParagraph(List<String> paragraphs, CharSequence lines) {
    String paragraph = oneLine(lines);
    if (!paragraph.isEmpty()) {
      paragraphs.add(paragraph);
    }
  }
}
