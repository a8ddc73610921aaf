package org.sitrep.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads a text or Markdown file holding one article (see {@link TextArticleParser}). */
final class TextArticleReader {

  /** Java arrays stop a little short of {@code Integer.MAX_VALUE}. */
  private static final long LARGEST_ARRAY = Integer.MAX_VALUE - 16;

  private TextArticleReader() {}

  /** The article in {@code file} and its warnings, or the problem that prevents reading it; never throws. */
  static List<ReadItem> read(Path file, ReadLimits limits) {
    String origin = file.toString();
    long limit = Math.min(limits.maxFileBytes(), LARGEST_ARRAY);
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > limit) {
        return List.of(ReadProblem.error(origin, ReadMessages.fileTooLarge(size, limit)));
      }
      try (InputStream in = Files.newInputStream(file)) {
        // One byte over the limit tells us the file grew since we looked at its size.
        bytes = in.readNBytes((int) limit + 1);
      }
      if (bytes.length > limit) {
        long grownSize = Math.max(Files.size(file), bytes.length);
        return List.of(ReadProblem.error(origin, ReadMessages.fileTooLarge(grownSize, limit)));
      }
    } catch (IOException e) {
      return List.of(ReadProblem.error(origin, "cannot read: " + ReadMessages.ioReason(e)));
    }
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
