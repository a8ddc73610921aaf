package org.sitrep.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Reads a text or Markdown file holding one article (see {@link TextArticleParser}). */
final class TextArticleReader {

  private TextArticleReader() {}

  /** The article in {@code file} and its warnings, or the problem that prevents reading it; never throws. */
  static List<ReadItem> read(Path file, ReadLimits limits) {
    String origin = file.toString();
    CappedFile content = CappedFile.read(file, limits, false);
    if (content.problem() != null) {
      return List.of(content.problem());
    }
    byte[] bytes = content.bytes();
    String text;
    try {
      text = decode(bytes);
    } catch (CharacterCodingException e) {
      return List.of(ReadProblem.error(origin, "not UTF-8 text (binary file?)"));
    }
    return TextArticleParser.parse(origin, text, limits);
  }

  /**
   * Decodes strictly: a NUL byte or a byte sequence that is not UTF-8 means the file is binary (or
   * in another encoding), and guessing would feed garbage to the analysis.
   */
  private static String decode(byte[] bytes) throws CharacterCodingException {
    for (byte b : bytes) {
      if (b == 0) {
        throw new CharacterCodingException();
      }
    }
    String text =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
