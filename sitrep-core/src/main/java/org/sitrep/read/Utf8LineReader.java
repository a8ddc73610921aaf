package org.sitrep.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnmappableCharacterException;

/**
 * Reads lines of strict UTF-8 from a stream, one at a time, keeping at most a bounded number of
 * characters of any line.
 *
 * <p>It decodes by itself rather than through an {@code InputStreamReader} for two reasons: that
 * reader throws on bad bytes without handing over the good characters decoded just before them
 * (so the articles preceding a bad byte would be lost), and {@code BufferedReader.readLine} keeps
 * a whole line in memory however long it is.
 *
 * <p>Lines end at LF, CRLF or a lone CR. A byte-order mark at the start is dropped.
 */
final class Utf8LineReader implements Closeable {

  /**
   * One line of input.
   *
   * @param number 1-based line number
   * @param text the line without its terminator; only its first {@code maxLineChars} characters
   *     when {@code tooLong}
   * @param tooLong whether the line was longer than {@code maxLineChars}
   * @param containsNul whether the line contains a NUL character, the mark of a binary file
   */
  record Line(int number, String text, boolean tooLong, boolean containsNul) {}

  private final InputStream in;
  private final int maxLineChars;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).flip();
  private final CharBuffer chars = CharBuffer.allocate(8 * 1024).flip();
  private boolean bytesEnded;
  private boolean charsEnded;
  private CharacterCodingException decodingError;
  private boolean atStart = true;
  private boolean afterCr;
  private int completedLines;

  Utf8LineReader(InputStream in, int maxLineChars) {
    if (maxLineChars <= 0) {
      throw new IllegalArgumentException("maxLineChars must be > 0, got " + maxLineChars);
    }
    this.in = in;
    this.maxLineChars = maxLineChars;
  }

  /**
   * The next line, or null at the end of the input.
   *
   * @throws CharacterCodingException when the input is not valid UTF-8 at this point; the lines
   *     before it have all been returned
   */
  Line next() throws IOException {
    StringBuilder text = new StringBuilder();
    boolean tooLong = false;
    boolean containsNul = false;
    boolean sawAnything = false;
    while (true) {
      if (!chars.hasRemaining() && !fill()) {
        if (!sawAnything) {
          return null;
        }
        completedLines++;
        return new Line(completedLines, text.toString(), tooLong, containsNul);
      }
      char c = chars.get();
      if (afterCr) {
        afterCr = false;
        if (c == '\n') {
          continue;
        }
      }
      if (atStart) {
        atStart = false;
        if (c == '\uFEFF') {
          continue;
        }
      }
      if (c == '\n' || c == '\r') {
        afterCr = c == '\r';
        completedLines++;
        return new Line(completedLines, text.toString(), tooLong, containsNul);
      }
      sawAnything = true;
      containsNul |= c == '\0';
      if (text.length() < maxLineChars) {
        text.append(c);
      } else {
        tooLong = true;
      }
    }
  }

  /** The number of the line being read, or of the next one to read: for error messages. */
  int currentLineNumber() {
    return completedLines + 1;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** Decodes more characters into {@code chars}; false at the end of the input. */
  private boolean fill() throws IOException {
    if (charsEnded) {
      return false;
    }
    chars.clear();
    try {
      while (true) {
        if (decodingError != null) {
          // Hand over the good characters first; throw once they have been read.
          if (chars.position() > 0) {
            break;
          }
          throw decodingError;
        }
        CoderResult result = decoder.decode(bytes, chars, bytesEnded);
        if (result.isError()) {
          decodingError =
              result.isMalformed()
                  ? new MalformedInputException(result.length())
                  : new UnmappableCharacterException(result.length());
        } else if (result.isOverflow() || chars.position() > 0) {
          break;
        } else if (bytesEnded) {
          decoder.flush(chars);
          charsEnded = true;
          break;
        } else {
          readBytes();
        }
      }
    } finally {
      chars.flip();
    }
    return chars.hasRemaining();
  }

  private void readBytes() throws IOException {
    bytes.compact();
    int count = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
    if (count < 0) {
      bytesEnded = true;
    } else {
      bytes.position(bytes.position() + count);
    }
    bytes.flip();
  }
}
