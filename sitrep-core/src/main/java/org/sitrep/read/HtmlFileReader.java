package org.sitrep.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.sitrep.read.html.HtmlArticleReader;

/** Reads a saved web page ({@code .html}, {@code .htm}, or either gzipped) holding one article. */
final class HtmlFileReader {

  private HtmlFileReader() {}

  static List<ReadItem> read(Path file, ReadLimits limits) {
    String origin = file.toString();
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > limits.maxFileBytes()) {
        return List.of(ReadProblem.error(origin, ReadMessages.fileTooLarge(size, limits.maxFileBytes())));
      }
      try (InputStream raw = Files.newInputStream(file);
          InputStream in = origin.toLowerCase(java.util.Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
        // A gzipped page is capped after decompression too: a small bomb must not fill the heap.
        bytes = in.readNBytes((int) Math.min(limits.maxFileBytes(), Integer.MAX_VALUE - 16) + 1);
      }
    } catch (IOException e) {
      return List.of(ReadProblem.error(origin, "cannot read: " + ReadMessages.ioReason(e)));
    }
    if (bytes.length > limits.maxFileBytes()) {
      return List.of(ReadProblem.error(origin, ReadMessages.fileTooLarge(bytes.length, limits.maxFileBytes())));
    }
    return List.of(HtmlArticleReader.read(origin, bytes, null, null, limits));
  }
}
