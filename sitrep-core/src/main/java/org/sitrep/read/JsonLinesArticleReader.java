package org.sitrep.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Reads a JSON Lines file, one record a line (see {@link JsonArticleParser}), streaming: it holds
 * one line at a time, so files of any length can be read.
 *
 * <p>A bad line yields one error and reading goes on with the next line; only bytes that are not
 * UTF-8 (or a NUL) stop the file, since what follows them is most likely not text at all.
 */
final class JsonLinesArticleReader implements Iterator<ReadItem>, Closeable {

  /** Room on a line for JSON syntax, escapes and fields we ignore, beyond the article itself. */
  private static final long LINE_OVERHEAD_CHARS = 65_536;

  private final String fileOrigin;
  private final ReadLimits limits;
  private final Utf8LineReader lines;
  private final Deque<ReadItem> ready = new ArrayDeque<>();
  private boolean finished;
  private boolean yieldedAnything;

  private JsonLinesArticleReader(Path file, ReadLimits limits, Utf8LineReader lines) {
    this.fileOrigin = file.toString();
    this.limits = limits;
    this.lines = lines;
  }

  /**
   * Opens {@code file} for reading; the caller must {@link #close} the reader unless it reads to
   * the end.
   */
  static JsonLinesArticleReader open(Path file, ReadLimits limits) throws IOException {
    InputStream in = Files.newInputStream(file);
    return new JsonLinesArticleReader(file, limits, new Utf8LineReader(in, maxLineChars(limits)));
  }

  /** The longest line kept in memory; longer lines are skipped with an error. */
  static int maxLineChars(ReadLimits limits) {
    long chars = limits.maxArticleChars() * 2L + LINE_OVERHEAD_CHARS;
    return (int) Math.min(chars, Integer.MAX_VALUE - 16);
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty() && !finished) {
      readLine();
    }
    return !ready.isEmpty();
  }

  @Override
  public ReadItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ReadItem item = ready.removeFirst();
    yieldedAnything = true;
    return item;
  }

  @Override
  public void close() {
    finished = true;
    try {
      lines.close();
    } catch (IOException e) {
      // Nothing was written, so a failure to close loses nothing worth reporting.
    }
  }

  private void readLine() {
    Utf8LineReader.Line line;
    try {
      line = lines.next();
    } catch (CharacterCodingException e) {
      stopWith(lineOrigin(lines.currentLineNumber()), "not valid UTF-8 (binary file?)");
      return;
    } catch (IOException e) {
      stopWith(lineOrigin(lines.currentLineNumber()), "cannot read: " + ReadMessages.ioReason(e));
      return;
    }
    if (line == null) {
      if (!yieldedAnything) {
        ready.add(ReadProblem.error(fileOrigin, "empty file"));
      }
      close();
      return;
    }
    String origin = lineOrigin(line.number());
    if (line.containsNul()) {
      stopWith(origin, "not valid UTF-8 (binary file?)");
    } else if (line.tooLong()) {
      ready.add(ReadProblem.error(origin, "line is over the size limit"));
    } else if (!TextNormalizer.isBlank(line.text())) {
      ready.addAll(JsonArticleParser.parse(origin, line.text(), limits));
    }
  }

  private void stopWith(String origin, String reason) {
    ready.add(ReadProblem.error(origin, reason));
    close();
  }

  private String lineOrigin(int lineNumber) {
    return fileOrigin + ":" + lineNumber;
  }
}
