package org.sitrep.read;

import java.nio.file.Path;
import java.util.List;
import org.sitrep.read.html.HtmlArticleReader;

/** Reads a saved web page ({@code .html}, {@code .htm}, or either gzipped) holding one article. */
final class HtmlFileReader {

  private HtmlFileReader() {}

  static List<ReadItem> read(Path file, ReadLimits limits) {
    CappedFile content = CappedFile.read(file, limits, file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz"));
    if (content.problem() != null) {
      return List.of(content.problem());
    }
    return List.of(HtmlArticleReader.read(file.toString(), content.bytes(), null, null, limits));
  }
}
