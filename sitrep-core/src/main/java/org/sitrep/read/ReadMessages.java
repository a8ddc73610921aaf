package org.sitrep.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** Wording of problem reasons: one line, lower-case start, no trailing period. */
final class ReadMessages {

  private static final int MAX_QUOTED_CHARS = 80;

  private ReadMessages() {}

  /** Why a file is too large, e.g. {@code "file is 12.3 MB, over the 10.0 MB limit"}. */
  static String fileTooLarge(long size, long limit) {
    String sizeText = byteSize(size);
    String limitText = byteSize(limit);
    if (sizeText.equals(limitText)) {
      // "10.0 MB, over the 10.0 MB limit" would look like a bug; show the exact counts instead.
      sizeText = size + " bytes";
      limitText = limit + " bytes";
    }
    return "file is " + sizeText + ", over the " + limitText + " limit";
  }

  /** A byte count for people: {@code "512 bytes"}, {@code "3.4 KB"}, {@code "12.3 MB"}. */
  static String byteSize(long bytes) {
    if (bytes < 1024) {
      return bytes == 1 ? "1 byte" : bytes + " bytes";
    }
    String[] units = {"KB", "MB", "GB", "TB", "PB", "EB"};
    double value = bytes;
    int unit = -1;
    // Stop at 1023.95 so that rounding never prints "1024.0 KB" instead of moving up a unit.
    while (value >= 1023.95 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }

  /** A short reason for an I/O failure, without the path (the problem's origin already has it). */
  static String ioReason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof FileSystemLoopException) {
      return "symbolic link loop";
    }
    String text = e.getMessage();
    if (e instanceof FileSystemException fileSystemException
        && fileSystemException.getReason() != null) {
      // getMessage() would repeat the path; the reason alone is what the user needs.
      text = fileSystemException.getReason();
    }
    if (text == null || text.isBlank()) {
      return "i/o error (" + e.getClass().getSimpleName() + ")";
    }
    return lowerFirst(TextNormalizer.oneLine(text));
  }

  /**
   * A value quoted for a message, e.g. {@code 'yesterday'}: on one line and cut short, so a bad
   * value cannot flood the output.
   */
  static String quote(String value) {
    String line = TextNormalizer.oneLine(value);
    if (line.length() > MAX_QUOTED_CHARS) {
      line = line.substring(0, MAX_QUOTED_CHARS) + "…";
    }
    return "'" + line + "'";
  }

  /** The text with a lower-case first letter, unless it starts an acronym such as "UTF". */
  static String lowerFirst(String text) {
    if (text.isEmpty() || (text.length() > 1 && Character.isUpperCase(text.charAt(1)))) {
      return text;
    }
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
