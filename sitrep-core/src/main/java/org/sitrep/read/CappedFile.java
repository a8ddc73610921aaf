package org.sitrep.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * A file's bytes, never more than the read limit: refused by its size before reading, and read
 * to one byte past the limit, which tells a file that grew since (or a gzip that expands past the
 * limit: a small bomb must not fill the heap).
 *
 * @param bytes the bytes, or null when there is a problem
 * @param problem why the file cannot be read, or null
 */
public record CappedFile(byte[] bytes, ReadProblem problem) {

  /** Java arrays stop a little short of {@code Integer.MAX_VALUE}. */
  private static final long LARGEST_ARRAY = Integer.MAX_VALUE - 16;

  /**
   * Reads {@code file}; never throws.
   *
   * @param gunzip whether to decompress it as gzip first
   */
  public static CappedFile read(Path file, ReadLimits limits, boolean gunzip) {
    String origin = file.toString();
    long limit = Math.min(limits.maxFileBytes(), LARGEST_ARRAY);
    try {
      long size = Files.size(file);
      if (size > limit) {
        return problem(ReadProblem.error(origin, ReadMessages.fileTooLarge(size, limit)));
      }
      byte[] bytes;
      try (InputStream raw = Files.newInputStream(file); InputStream in = gunzip ? new GZIPInputStream(raw) : raw) {
        bytes = in.readNBytes((int) limit + 1);
      }
      if (bytes.length > limit) {
        long reported = gunzip ? bytes.length : Math.max(Files.size(file), bytes.length);
        return problem(ReadProblem.error(origin, ReadMessages.fileTooLarge(reported, limit)));
      }
      return new CappedFile(bytes, null);
    } catch (IOException e) {
      return problem(ReadProblem.error(origin, "cannot read: " + ReadMessages.ioReason(e)));
    }
  }

  private static CappedFile problem(ReadProblem problem) {
    return new CappedFile(null, problem);
  }
}
